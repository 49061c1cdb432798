"""/browse/: provinces with counts → a jurisdiction page at any level → its reports by year."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def fujian(make_report):
    """Fujian: one provincial, one city, one county and one department report."""
    return {
        "province": make_report(title="福建省2023年法治政府建设情况", jurisdiction_code="350000"),
        "city": make_report(title="南平市2022年报告", jurisdiction_code="350700", year=2022),
        "county": make_report(title="邵武市2023年报告", jurisdiction_code="350781"),
        "dept": make_report(
            title="南平市司法局2023年报告",
            jurisdiction_code="350700",
            subunit="南平市司法局",
            level="department",
        ),
        "town": make_report(
            title="邵武市水北镇2023年报告",
            jurisdiction_code="350781",
            subunit="水北镇",
            level="township",
        ),
    }


def test_it_lists_all_34_provinces_by_code_with_counts(client, fujian, make_report):
    make_report(title="地区不详的报告", jurisdiction_code=None)
    html = client.get("/browse/").content.decode()

    provinces = re.findall(r'<a href="/browse/(\d{6})/">', html)
    assert len(provinces) == 34
    assert provinces == sorted(provinces)
    assert re.search(
        r'<li class="">\s*<a href="/browse/350000/">福建省</a>\s*<span class="count">5<', html
    )
    # A province without reports is listed, muted.
    assert re.search(
        r'<li class="is-empty">\s*<a href="/browse/110000/">北京市</a>\s*<span class="count">0<',
        html,
    )
    assert "共收录 <strong>6</strong> 份报告" in html
    assert "另有 1 份报告地区不详" in html


def test_it_shows_a_provinces_children_subunits_and_years(client, fujian):
    html = client.get("/browse/350000/").content.decode()

    assert "<h1>福建省</h1>" in html
    assert "共 <strong>5</strong> 份报告" in html
    # 南平市 counts its own, its department's and its counties' reports.
    assert re.search(r'<a href="/browse/350700/">南平市</a> <span class="count">4<', html)
    assert re.search(r'<li class="is-empty"><a href="/browse/350100/">福州市</a>', html)
    # Departments and townships, by subunit, linking to the unit's own list.
    assert '<h2 id="subunits-1">部门</h2>' in html
    assert (
        '/browse/350700/?subunit=%E5%8D%97%E5%B9%B3%E5%B8%82%E5%8F%B8%E6%B3%95%E5%B1%80">南平市司法局</a>'
        in html
    )
    assert "乡镇/街道" in html and "水北镇" in html
    # Years link to the search, filtered by the province's full name.
    assert (
        '<a href="/search/?province=%E7%A6%8F%E5%BB%BA%E7%9C%81&amp;year=2023">2023年</a> '
        '<span class="count">4</span>'
    ) in html
    # The province's own reports are listed; the city's are one click away.
    assert f'href="/reports/{fujian["province"].pk}/"' in html
    assert f'href="/reports/{fujian["city"].pk}/"' not in html


def test_it_lists_a_prefectures_reports_by_year(client, fujian):
    html = client.get("/browse/350700/").content.decode()

    assert re.search(r'<a href="/browse/350781/">邵武市</a> <span class="count">2<', html)
    y2023 = html[html.index('id="y2023"') : html.index('id="y2022"')]
    for key in ("county", "dept", "town"):
        assert f'href="/reports/{fujian[key].pk}/"' in y2023
    y2022 = html[html.index('id="y2022"') :]
    assert f'href="/reports/{fujian["city"].pk}/"' in y2022
    assert f'href="/reports/{fujian["province"].pk}/"' not in html
    # Years jump to their group on the page: the search cannot filter by city.
    assert '<a href="#y2023">2023年</a>' in html


def test_it_has_breadcrumbs_up_the_hierarchy(client, fujian):
    html = client.get("/browse/350781/").content.decode()
    crumbs = html[
        html.index('<nav class="crumbs"') : html.index("</nav>", html.index('<nav class="crumbs"'))
    ]

    assert re.findall(r'<a href="([^"]+)"', crumbs) == [
        "/browse/",
        "/browse/350000/",
        "/browse/350700/",
        "/browse/350781/",
    ]
    assert '<a href="/browse/350781/" aria-current="page">邵武市</a>' in crumbs


def test_it_filters_a_jurisdiction_by_subunit(client, fujian):
    html = client.get("/browse/350700/", {"subunit": "南平市司法局"}).content.decode()

    assert "<h1>南平市 · 南平市司法局</h1>" in html
    assert f'href="/reports/{fujian["dept"].pk}/"' in html
    assert f'href="/reports/{fujian["city"].pk}/"' not in html
    assert '<span aria-current="page">南平市司法局</span>' in html


def test_it_rejects_an_overlong_subunit_with_a_400_page(client, db):
    response = client.get("/browse/350700/", {"subunit": "长" * 101})
    assert response.status_code == 400
    assert "部门/乡镇名称无效" in response.content.decode()


@pytest.mark.parametrize(
    "code", ["999999", "000000", "35070", "3507000", "abc", "35070a", "%3Cscript%3E"]
)
def test_it_answers_unknown_or_malformed_codes_with_a_chinese_404(client, db, code):
    response = client.get(f"/browse/{code}/")
    assert response.status_code == 404
    assert "没有找到该行政区划代码对应的地区" in response.content.decode()


def test_it_shows_an_empty_county_without_errors(client, db):
    html = client.get("/browse/110101/").content.decode()
    assert "<h1>东城区</h1>" in html and "暂无报告" in html


def test_it_builds_a_jurisdiction_page_in_a_fixed_number_of_queries(
    client, fujian, make_report, django_assert_max_num_queries
):
    for i in range(10):
        make_report(title=f"延平区报告{i}", jurisdiction_code="350702", year=2015 + i)
    # place, child counts, children, total, years, subunits, report list
    with django_assert_max_num_queries(7):
        html = client.get("/browse/350700/").content.decode()
    assert html.count('href="/reports/') == 14
