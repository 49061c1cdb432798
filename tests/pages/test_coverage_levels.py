"""/browse/coverage/<code>/<year>/: which prefectures and counties of a province have their
own annual report of that year and which do not, from the divisions table."""

from __future__ import annotations

from datetime import date

import pytest

from reports.models import Jurisdiction
from reports.views.coverage_levels import coverage_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def fujian(make_report):
    return {
        "nanping": make_report(jurisdiction_code="350700", year=2023),
        "shaowu": make_report(jurisdiction_code="350781", year=2023, level="county"),
        # Not the county's own report, another year, not annual: none counts for 2023.
        "dept": make_report(jurisdiction_code="350783", year=2023, subunit="建瓯市司法局"),
        "old": make_report(jurisdiction_code="350783", year=2022),
        "reply": make_report(jurisdiction_code="350784", year=2023, doc_type="reply"),
    }


def test_it_counts_each_level_against_the_divisions_table(fujian):
    province = Jurisdiction.objects.get(code="350000")
    counts = {r["level"]: r for r in coverage_of(province, 2023).level_counts()}
    prefectures = Jurisdiction.objects.filter(parent=province, level="prefecture").count()
    counties = Jurisdiction.objects.filter(parent__parent=province, level="county").count()
    counties += Jurisdiction.objects.filter(parent=province, level="county").count()
    assert prefectures == 9
    assert (counts["province"]["total"], counts["province"]["covered"]) == (1, 0)
    assert (counts["prefecture"]["total"], counts["prefecture"]["covered"]) == (prefectures, 1)
    assert (counts["county"]["total"], counts["county"]["covered"]) == (counties, 1)
    assert counts["county"]["missing"] == counties - 1


def test_it_lists_who_has_a_report_and_who_does_not(client, fujian):
    response = client.get("/browse/coverage/350000/2023/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "福建省 2023 年度：哪些地方有年度报告" in page
    nanping = page.split('">南平市</a></h2>')[1].split("</section>")[0]
    assert f'href="/reports/{fujian["nanping"].pk}/"' in nanping  # 南平市本级: 有
    shaowu, jianou = nanping.split("邵武市</a>")[1], nanping.split("建瓯市</a>")[1]
    assert shaowu.split("</tr>")[0].count('class="status-yes"') == 1
    assert jianou.split("</tr>")[0].count('class="status-no"') == 1  # a department's only
    assert "<caption" in page


def test_it_lists_only_the_missing_when_asked(client, fujian):
    page = client.get("/browse/coverage/350000/2023/", {"show": "missing"}).content.decode()
    assert "建瓯市</a>" in page
    assert "邵武市</a>" not in page
    bad = client.get("/browse/coverage/350000/2023/", {"show": "<b>x</b>"})
    assert bad.status_code == 400 and "<b>x</b>" not in bad.content.decode()


def test_it_works_for_a_prefecture_and_for_a_municipality_without_prefectures(client, fujian):
    page = client.get("/browse/coverage/350700/2023/").content.decode()
    assert "南平市 2023 年度" in page and "邵武市</a>" in page
    beijing = client.get("/browse/coverage/110000/2023/").content.decode()
    assert "朝阳区</a>" in beijing  # districts directly under the municipality


@pytest.mark.parametrize(
    "url",
    [
        "/browse/coverage/999999/2023/",
        "/browse/coverage/350781/2023/",
        "/browse/coverage/350000/1800/",
        "/browse/coverage/abc/2023/",
    ],
)
def test_it_answers_404_for_unknown_places_counties_and_years(client, url):
    assert client.get(url).status_code == 404


def test_it_redirects_the_picker_to_the_place_and_year(client):
    response = client.get("/browse/coverage/missing/", {"province": "350000", "year": "2023"})
    assert response.status_code == 302
    assert response["Location"] == "/browse/coverage/350000/2023/"
    assert (
        client.get("/browse/coverage/missing/", {"province": "x", "year": "2023"}).status_code
        == 400
    )


def test_it_shows_the_published_date_of_a_report(client, make_report):
    make_report(jurisdiction_code="350700", year=2023, published=date(2024, 2, 21))
    page = client.get("/browse/coverage/350700/2023/").content.decode()
    assert "（2024-02-21）" in page


def test_it_is_linked_from_the_province_page_by_year(client, fujian):
    page = client.get("/browse/350000/").content.decode()
    assert 'href="/browse/coverage/350000/2023/"' in page
    assert 'href="/browse/coverage/350000/2022/"' in page
    county = client.get("/browse/350781/").content.decode()
    assert "/browse/coverage/350781/" not in county  # a county has nothing below it
