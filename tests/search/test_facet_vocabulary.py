"""One vocabulary (issue 12): every facet and filter is defined once, in search/facets.py,
and the form, the pages, the API, both engines' schemas and queries, the documents and the
facet order all agree with it. A facet added in one place only fails here."""

from __future__ import annotations

from datetime import date

import pytest
from django.http import QueryDict
from haystack import connections

from search import facet_order, facets, views
from search.documents import FINGERPRINTED, build_document, reports_for_indexing
from search.elasticsearch_backend import chinese_mapping
from search.es_query import facet_aggs, read_response
from search.forms import SearchForm
from search.whoosh_backend import build_whoosh_schema

pytestmark = pytest.mark.django_db

PARAMS = [f.param for f in facets.FACETS]
FIELDS = [f.field for f in facets.FACETS]
LISTED_PARAMS = [f.param for f in facets.LISTED]
# Fields of the index that are not facets or filters.
NOT_FACETS = {
    "id",
    "django_ct",
    "django_id",
    "text",
    "grams",
    "heads",
    "pairs",
    "body",
    "published",
    "fingerprint",
}


def test_it_defines_each_parameter_and_field_once():
    assert len(set(PARAMS)) == len(PARAMS)
    assert len(set(FIELDS)) == len(FIELDS)
    assert facets.FACET_PARAMS == dict(zip(PARAMS, FIELDS, strict=True))
    # The contract of the URLs and the API's JSON keys (never renamed).
    assert PARAMS == [
        "province",
        "prefecture",
        "county",
        "code",
        "year",
        "level",
        "type",
        "timeliness",
    ]
    assert LISTED_PARAMS == [p for p in PARAMS if p != "code"]


def test_it_builds_the_form_from_the_vocabulary():
    form = SearchForm({})
    filters = {name: field for name, field in form.fields.items()}
    for name in ("q", "sort", "mode", "page"):
        filters.pop(name)
    assert set(filters) == set(PARAMS)
    for f in facets.FACETS:
        assert filters[f.param].label == f.label
        if f.choices:
            assert list(filters[f.param].choices) == list(f.choices)
    assert form.is_valid()
    assert list(form.filters) == FIELDS


def test_it_drops_an_unknown_value_with_the_vocabulary_label():
    form = SearchForm(QueryDict("type=x&code=1&timeliness=y"))
    assert form.is_valid()
    # In the form's historical order: the fixed-value filters, then those below the province.
    assert form.problems == [
        "已忽略无法识别的类型：x",
        "已忽略无法识别的公开时效：y",
        "已忽略无法识别的行政区划代码：1",
    ]


def test_it_gives_every_vocabulary_field_a_whoosh_column_or_postings():
    schema = build_whoosh_schema()
    facet_columns = {
        name for name in schema.names() if name not in NOT_FACETS and schema[name].column_type
    }
    assert facet_columns == set(facets.FACET_FIELDS)
    assert set(schema.names()) - NOT_FACETS == set(FIELDS)


def test_it_maps_every_vocabulary_field_as_a_keyword_for_opensearch():
    fields = connections["default"].get_unified_index().all_searchfields()
    _content, properties = chinese_mapping(fields)
    keywords = {
        name
        for name, entry in properties.items()
        if entry == {"type": "keyword"} and name not in NOT_FACETS
    }
    assert keywords == set(FIELDS)
    assert set(properties) - NOT_FACETS - {"pk"} == set(FIELDS)


def test_it_aggregates_and_reads_every_listed_facet_on_opensearch():
    drilled = facet_aggs({"province": ["福建省"]})
    assert list(drilled) == list(facets.FACET_FIELDS)
    assert set(facet_aggs({})) == set(facets.FACET_FIELDS) - facets.DRILL_FIELDS
    assert list(read_response({})[2]) == list(facets.FACET_FIELDS)


def test_it_titles_orders_and_labels_the_page_facets_from_the_vocabulary():
    assert list(views.FACET_TITLES) == LISTED_PARAMS
    assert list(views.FILTER_TITLES) == PARAMS
    assert set(facet_order._KEYS) == set(LISTED_PARAMS)
    for f in facets.FACETS:
        assert views.FILTER_TITLES[f.param] == f.chip
        if f.choices:
            assert views.LABELS[f.param] == dict(f.choices)


def test_it_indexes_and_fingerprints_every_vocabulary_field(make_report):
    report = make_report("南平甲", [("一、", "执法")], code="350700", published=date(2024, 2, 1))
    (doc,) = [build_document(r) for r in reports_for_indexing([report.pk])]
    assert set(doc) - NOT_FACETS == set(FIELDS)
    assert set(FIELDS) <= set(FINGERPRINTED)


def test_it_answers_every_listed_facet_in_the_api_and_on_the_page(client, make_report):
    make_report("南平甲", [("一、", "执法")], code="350700", published=date(2024, 2, 1))
    answer = client.get("/api/search", {"q": "执法", "province": "福建省"}).json()
    assert list(answer["facets"]) == LISTED_PARAMS
    page = client.get("/search/", {"q": "执法", "province": "福建省"})
    shown = page.context["facets"]
    assert [(x["param"], x["title"], x["drill"]) for x in shown] == [
        (f.param, f.label, f.below_province) for f in facets.LISTED
    ]


def test_it_passes_every_filter_back_from_a_report_page_to_the_search():
    from reports.views.common import SEARCH_PARAMS

    assert [p for p in SEARCH_PARAMS if p in facets.FACET_PARAMS] == PARAMS
