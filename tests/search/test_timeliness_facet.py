"""The `timeliness` facet and filter (on_time / late / unknown; annual reports only), through
the search facade so that it holds on both engines."""

from __future__ import annotations

from datetime import date

import pytest

from search import searching
from search.query import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(make_report):
    sections = [("一、", "执法")]
    return {
        "on_time": make_report(
            "南平甲", sections, code="350700", year=2023, published=date(2024, 2, 21)
        ),
        "late": make_report(
            "南平乙", sections, code="350700", year=2022, published=date(2023, 5, 4)
        ),
        "unknown": make_report("湖北甲", sections, code="420200", year=2023, published=None),
        "reply": make_report(
            "答复函", sections, code="350700", year=2023, doc_type="reply", published=None
        ),
    }


def _run(**filters):
    return searching.run(parse("执法"), filters=filters)


def test_it_counts_each_annual_report_under_its_timeliness(corpus):
    facets = _run().facets
    # The reply letter has no timeliness: no value, so it is in none of the counts.
    assert dict(facets["timeliness"]) == {"on_time": 1, "late": 1, "unknown": 1}


def test_it_filters_by_timeliness_and_combines_with_other_facets(corpus):
    late = _run(timeliness=["late"])
    assert late.ids == [corpus["late"].pk]
    either = _run(timeliness=["on_time", "unknown"])
    assert set(either.ids) == {corpus["on_time"].pk, corpus["unknown"].pk}
    fujian = _run(timeliness=["on_time", "unknown"], province=["福建省"])
    assert fujian.ids == [corpus["on_time"].pk]
    # Disjunctive: the timeliness counts ignore its own selection, apply the province's.
    assert dict(fujian.facets["timeliness"]) == {"on_time": 1, "late": 1}


def test_it_lists_the_facet_with_chinese_labels_and_links_on_the_page(client, corpus):
    page = client.get("/search/", {"q": "执法", "timeliness": "late"}).content.decode()
    assert "公开时效" in page
    assert "按时公开" in page and "逾期公开" in page
    assert "公开时效：逾期公开" in page  # the chip of the chosen value
    assert "共 1 份" in page


def test_it_answers_the_facet_in_the_api(client, corpus):
    data = client.get("/api/search", {"q": "执法", "timeliness": "on_time"}).json()
    assert [r["id"] for r in data["results"]] == [corpus["on_time"].pk]
    assert data["facets"]["timeliness"] == [["on_time", 1], ["late", 1], ["unknown", 1]]


def test_it_rejects_a_bad_value_with_400_on_the_api_and_a_notice_on_the_page(client, corpus):
    response = client.get("/api/search", {"q": "执法", "timeliness": "soon"})
    assert response.status_code == 400
    assert "公开时效" in response.json()["error"]
    page = client.get("/search/", {"q": "执法", "timeliness": "<b>soon</b>"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "已忽略无法识别的公开时效" in html
    assert "<b>soon</b>" not in html
