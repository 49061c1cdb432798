"""/browse/timeliness/: per province and year, annual reports on time / late / unknown, each
count a link to the search filtered by timeliness, province and year."""

from __future__ import annotations

from datetime import date

import pytest

from reports.views.timeliness_summary import summary_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def reports(make_report, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # indexed, for the links' check
        return [
            make_report(jurisdiction_code="350700", year=2023, published=date(2024, 2, 21)),
            make_report(jurisdiction_code="350781", year=2023, published=date(2024, 4, 2)),
            make_report(jurisdiction_code="350781", year=2022, published=None),
            make_report(jurisdiction_code="420200", year=2023, published=date(2024, 2, 28)),
            # Not annual reports: not counted.
            make_report(jurisdiction_code="350700", year=2023, doc_type="reply", published=None),
        ]


def test_it_counts_annual_reports_per_province_and_year(reports):
    rows, years = summary_rows()
    table = {(r.province, r.year): dict(r.counts) for r in rows}
    assert table == {
        ("福建省", 2023): {"on_time": 1, "late": 1},
        ("福建省", 2022): {"unknown": 1},
        ("湖北省", 2023): {"on_time": 1},
    }
    assert {r.year: dict(r.counts) for r in years} == {
        2023: {"on_time": 2, "late": 1},
        2022: {"unknown": 1},
    }


def test_it_links_each_count_to_the_filtered_search(client, reports):
    page = client.get("/browse/timeliness/").content.decode()
    fujian_late = "/search/?province=%E7%A6%8F%E5%BB%BA%E7%9C%81&amp;year=2023&amp;timeliness=late"
    assert f'<a href="{fujian_late}">1</a>' in page
    assert '<a href="/search/?year=2023&amp;timeliness=on_time">2</a>' in page
    assert "<caption" in page and "第二十四条" in page
    # The link answers what the cell says.
    search = client.get(
        "/api/search", {"province": "福建省", "year": "2023", "timeliness": "late"}
    ).json()
    assert [r["id"] for r in search["results"]] == [reports[1].pk]


def test_it_narrows_to_one_year_and_refuses_a_bad_one(client, reports):
    page = client.get("/browse/timeliness/", {"year": "2022"}).content.decode()
    assert "湖北省" not in page.split('<caption id="timeliness-caption">')[1]
    assert "福建省" in page
    bad = client.get("/browse/timeliness/", {"year": "<script>"})
    assert bad.status_code == 400
    assert "年度无效" in bad.content.decode()
    assert "<script>" not in bad.content.decode()
