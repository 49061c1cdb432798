"""Property-based: the query translator, the search form and the search views take anything.

Arbitrary text (any Unicode, control characters, Whoosh syntax mixed in) and arbitrary
parameter lists must never raise past the view: the translator always yields a Whoosh
query that the real index can run, the form either cleans or raises BadParameter, and
the API answers 200 or 400 with JSON.
"""

from __future__ import annotations

import re

import pytest
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import query as wq

from search import searching
from search.forms import MAX_PAGE, MAX_Q, BadParameter, SearchForm
from search.highlight import highlight_html
from search.query import MAX_TERMS, parse, piece_queries_of
from tests.hostile.conftest import is_readable_chinese

SYNTAX = [*'*?~^:()[]{}"\\/-+!', "AND", "OR", "NOT", "TO", " ", "行政", "复议", "法治"]
# Text as it arrives: anything Unicode, and text stitched from syntax and real words.
query_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(SYNTAX), max_size=40).map("".join),
    st.lists(st.sampled_from(SYNTAX) | st.text(max_size=4), max_size=30).map(" ".join),
)
PARAMS = ["q", "province", "year", "level", "type", "sort", "page", "x"]
param_value = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["福建省", "湖北省", "2023", "二〇二三", "county", "annual", "newest", "0", "-1"]
    ),
    st.integers(-(10**20), 10**20).map(str),
)
param_lists = st.lists(st.tuples(st.sampled_from(PARAMS), param_value), max_size=12)
SLOW_DB = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _query_dict(pairs: list[tuple[str, str]]) -> QueryDict:
    qd = QueryDict(mutable=True)
    for key, value in pairs:
        qd.appendlist(key, value)
    return qd


@settings(max_examples=400, deadline=None)
@given(query_text)
def test_it_translates_any_text_into_a_bounded_whoosh_query(q):
    parsed = parse(q)

    assert len(parsed.groups) + len(parsed.excluded) <= MAX_TERMS
    for term in [*parsed.terms, *parsed.excluded]:
        assert re.search(r"\w", term) and term == term.strip()
    assert all(isinstance(query, wq.Query) for query in piece_queries_of(parsed))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.lists(st.text(max_size=8), max_size=5))
def test_it_highlights_only_with_our_own_mark_and_escapes_everything_else(text, terms):
    from django.utils.html import escape

    html = str(highlight_html(text, terms))

    assert html.replace("<mark>", "").replace("</mark>", "") == escape(text)


@pytest.mark.django_db
@settings(max_examples=250, deadline=None)
@given(param_lists)
def test_it_cleans_any_parameters_or_refuses_them_with_bad_parameter(pairs):
    form = SearchForm(_query_dict(pairs))
    try:
        form.validate()
    except BadParameter as error:
        assert is_readable_chinese(str(error))
        return
    data = form.cleaned_data
    assert len(data["q"]) <= MAX_Q and data["q"] == data["q"].strip()
    assert 1 <= data["page"] <= MAX_PAGE
    assert data["sort"] in {"relevance", "newest", "year"}
    for param in ("province", "year", "level", "type"):
        known = {str(k) for k, _ in form.fields[param].choices}
        assert set(data[param]) <= known
        assert len(data[param]) == len(set(data[param]))


@SLOW_DB
@given(q=query_text)
def test_it_runs_any_translated_query_against_the_real_index(indexed_seeds, q):
    outcome = searching.run(parse(q), filters={}, sort="relevance", page=1)

    assert 0 <= outcome.count <= len(indexed_seeds)
    assert set(outcome.ids) <= {r.pk for r in indexed_seeds}


@SLOW_DB
@given(pairs=param_lists)
def test_it_answers_any_api_search_with_200_or_400_json(client, indexed_seeds, pairs):
    response = client.get("/api/search", _query_dict(pairs))

    assert response.status_code in (200, 400)
    data = response.json()
    if response.status_code == 400:
        assert is_readable_chinese(data["error"])
    else:
        assert set(r["id"] for r in data["results"]) <= {r.pk for r in indexed_seeds}


@SLOW_DB
@given(pairs=param_lists)
def test_it_answers_any_search_page_with_200_or_400_html(client, indexed_seeds, pairs):
    response = client.get("/search/", _query_dict(pairs))

    assert response.status_code in (200, 400)
    body = response.content.decode()
    assert "Traceback" not in body
    assert "<script>" not in body.split("</main>")[0].split("<main")[-1]
