import pytest

from search import searching
from search.query import parse


@pytest.fixture
def corpus(make_report):
    return {
        "fj23": make_report(
            "福建甲", [("一、", "执法")], code="350700", year=2023, doc_type="annual"
        ),
        "fj22": make_report(
            "福建乙", [("一、", "执法")], code="350700", year=2022, doc_type="plan"
        ),
        "hb23": make_report(
            "湖北甲", [("一、", "执法")], code="420200", year=2023, doc_type="annual"
        ),
        "none": make_report("不详", [("一、", "执法")], code=None, year=None, doc_type="news"),
    }


def _run(**filters):
    return searching.run(parse("执法"), filters=filters)


@pytest.mark.django_db
def test_it_counts_each_facet_value_once_per_report(corpus):
    facets = _run().facets
    assert dict(facets["province"]) == {"福建省": 2, "湖北省": 1, "地区不详": 1}
    assert dict(facets["year"]) == {"2023": 2, "2022": 1}
    assert dict(facets["doc_type"]) == {"annual": 2, "plan": 1, "news": 1}


@pytest.mark.django_db
def test_it_combines_values_of_one_facet_with_or_and_facets_with_and(corpus):
    both = _run(province=["福建省", "湖北省"])
    assert set(both.ids) == {corpus[k].pk for k in ("fj23", "fj22", "hb23")}
    narrowed = _run(province=["福建省", "湖北省"], year=["2023"])
    assert set(narrowed.ids) == {corpus["fj23"].pk, corpus["hb23"].pk}
    # A facet's own counts ignore its own selection (so other values stay addable) ...
    assert dict(narrowed.facets["province"]) == {"福建省": 1, "湖北省": 1}
    # ... and apply every other facet's.
    assert dict(narrowed.facets["year"]) == {"2023": 2, "2022": 1}
    assert dict(narrowed.facets["doc_type"]) == {"annual": 2}


@pytest.mark.django_db
def test_it_links_facet_values_that_add_and_remove_them(client, corpus):
    page = client.get("/search/", {"q": "执法", "province": "福建省"}).content.decode()
    assert (
        "?q=%E6%89%A7%E6%B3%95&amp;province=%E7%A6%8F%E5%BB%BA%E7%9C%81&amp;province=%E6%B9%96%E5%8C%97%E7%9C%81"
        in page
    )
    assert 'class="chip" href="/search/?q=%E6%89%A7%E6%B3%95"' in page
