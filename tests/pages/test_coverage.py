"""/browse/coverage/: province × year counts, shaded by bucket, each cell a search link."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db

FUJIAN_2023 = "/search/?province=%E7%A6%8F%E5%BB%BA%E7%9C%81&amp;year=2023"


def _row(html: str, name: str) -> str:
    start = html.index(f">{name}<", html.index("<tbody>"))
    return html[start : html.index("</tr>", start)]


def _cells(row: str) -> list[str]:
    return re.findall(r"<td class=\"(c\d|total)\">(.*?)</td>", row)


def test_it_counts_a_county_report_under_its_province_and_links_the_cell(client, make_report):
    make_report(jurisdiction_code="350781", year=2023)  # a county: province is two levels up
    html = client.get("/browse/coverage/").content.decode()

    assert f'<td class="c1"><a href="{FUJIAN_2023}">1</a></td>' in html
    years = re.findall(r'<th scope="col">(\d{4})</th>', html)
    assert years == [str(y) for y in range(2019, 2026)]
    cells = _cells(_row(html, "福建省"))
    assert [text for _, text in cells[:-1]] == [
        "0",
        "0",
        "0",
        "0",
        f'<a href="{FUJIAN_2023}">1</a>',
        "0",
        "0",
    ]


def test_it_lists_every_province_and_unplaced_reports_in_their_own_row(client, make_report):
    make_report(jurisdiction_code=None, year=2021)
    make_report(title="省本级", jurisdiction_code="350000", year=2021)
    make_report(title="市级", jurisdiction_code="350700", year=2021)
    html = client.get("/browse/coverage/").content.decode()

    assert len(re.findall(r'<th scope="row"><a href="/browse/\d{6}/">', html)) == 34
    unknown = _cells(_row(html, "地区不详"))
    assert unknown[2] == ("c1", "1")  # 2021, not a link: the search cannot ask for "no place"
    fujian = _cells(_row(html, "福建省"))
    assert fujian[2][0] == "c2" and ">2</a>" in fujian[2][1]
    assert "共 <strong>3</strong> 份" in html


def test_it_adds_years_outside_the_default_range_and_an_unknown_year_column(client, make_report):
    make_report(jurisdiction_code="350700", year=2016)
    make_report(title="年度不详", jurisdiction_code="350700", year=None)
    html = client.get("/browse/coverage/").content.decode()

    years = re.findall(r'<th scope="col">(\d{4})</th>', html)
    assert years[0] == "2016" and years[-1] == "2025"
    assert '<th scope="col">年度不详</th>' in html


def test_it_shades_cells_by_bucket(client, make_report):
    for i in range(12):
        make_report(title=f"报告{i}", jurisdiction_code="350700", year=2020)
    for i in range(6):
        make_report(title=f"乙{i}", jurisdiction_code="330424", year=2020)
    html = client.get("/browse/coverage/").content.decode()

    assert _cells(_row(html, "福建省"))[1][0] == "c4"
    assert _cells(_row(html, "浙江省"))[1][0] == "c3"
    assert _cells(_row(html, "北京市"))[1][0] == "c0"


def test_it_aggregates_in_one_query_whatever_the_number_of_reports(
    client, make_report, django_assert_num_queries
):
    for i, code in enumerate(["350000", "350700", "350781", "110101", "330424"]):
        make_report(title=f"报告{i}", jurisdiction_code=code, year=2019 + i)
    # one aggregate + the province list
    with django_assert_num_queries(2):
        response = client.get("/browse/coverage/")
    assert response.status_code == 200


def test_it_scrolls_the_table_inside_its_own_labelled_region(client, db):
    html = client.get("/browse/coverage/").content.decode()
    assert (
        '<div class="table-scroll" role="region" aria-labelledby="coverage-caption" tabindex="0">'
        in html
    )
    assert '<caption id="coverage-caption">' in html
