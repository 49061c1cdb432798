"""Drill-down: a province shows its prefectures (and counties directly under it), a
prefecture its counties; counts are disjunctive like the other facets."""

import pytest

from search import searching
from search.query import parse


@pytest.fixture
def places(make_report):
    codes = {
        "nanping": "350700",
        "yanping": "350702",
        "yanping2": "350702",
        "shunchang": "350721",
        "gulou": "350102",
        "province": "350000",
        "dongcheng": "110101",
        "jiyuan": "419001",  # 济源市: a county-level city directly under 河南省
        "luoning": "410328",
    }
    return {k: make_report(k, [("一、", "执法")], code=c) for k, c in codes.items()}


def _facets(**filters):
    return searching.run(parse("执法"), filters=filters).facets


@pytest.mark.django_db
def test_it_lists_no_places_below_the_province_until_one_is_chosen(places):
    facets = _facets()
    assert facets["prefecture"] == [] and facets["county"] == []
    assert dict(facets["province"])["福建省"] == 6


@pytest.mark.django_db
def test_it_lists_a_provinces_prefectures_once_it_is_chosen(places):
    facets = _facets(province=["福建省"])
    assert dict(facets["prefecture"]) == {"南平市": 4, "福州市": 1}
    assert facets["county"] == []  # every Fujian county here lies under a prefecture
    henan = _facets(province=["河南省"])
    assert dict(henan["prefecture"]) == {"洛阳市": 1}
    assert dict(henan["county"]) == {"济源市": 1}  # the province's own county-level child
    beijing = _facets(province=["北京市"])
    assert beijing["prefecture"] == [] and dict(beijing["county"]) == {"东城区": 1}


@pytest.mark.django_db
def test_it_lists_a_prefectures_counties_once_it_is_chosen(places):
    facets = _facets(province=["福建省"], prefecture=["南平市"])
    assert dict(facets["county"]) == {"延平区": 2, "顺昌县": 1}
    # Disjunctive: the prefecture list ignores its own selection, keeps the province's.
    assert dict(facets["prefecture"]) == {"南平市": 4, "福州市": 1}
    chosen = _facets(province=["福建省"], prefecture=["南平市"], county=["延平区"])
    assert dict(chosen["county"]) == {"延平区": 2, "顺昌县": 1}
    assert dict(chosen["prefecture"]) == {"南平市": 2}
    assert dict(chosen["province"]) == {"福建省": 2}
    assert dict(_facets(codes=["350700"])["county"]) == {"延平区": 2, "顺昌县": 1}
    # A province's code is the province: its prefectures, and only its own county-level places.
    assert dict(_facets(codes=["410000"])["county"]) == {"济源市": 1}
    assert dict(_facets(codes=["410000"])["prefecture"]) == {"洛阳市": 1}


@pytest.mark.django_db
def test_it_shows_the_drill_down_on_the_page_and_in_the_api(client, places):
    page = client.get("/search/", {"q": "执法"}).content.decode()
    assert "{#" not in page and "{%" not in page  # no template comment leaks into the page
    assert 'id="facet-prefecture"' not in page and 'id="facet-county"' not in page
    page = client.get("/search/", {"q": "执法", "province": "福建省"}).content.decode()
    assert '<h3 id="facet-prefecture">地级行政区</h3>' in page
    assert "prefecture=%E5%8D%97%E5%B9%B3%E5%B8%82" in page  # the link that adds 南平市
    assert 'id="facet-county"' not in page
    data = client.get(
        "/api/search", {"q": "执法", "province": "福建省", "prefecture": "南平市"}
    ).json()
    assert data["count"] == 4
    assert data["facets"]["prefecture"] == [["南平市", 4], ["福州市", 1]]
    assert data["facets"]["county"] == [["延平区", 2], ["顺昌县", 1]]
    page = client.get("/search/", {"q": "执法", "prefecture": "南平市"}).content.decode()
    assert '<h3 id="facet-county">县级行政区</h3>' in page
