"""The OpenSearch side of the timeliness facet, checked without a node: the strict mapping
declares it a keyword, a document carries it (or leaves it out when not an annual report),
and the request filters and aggregates on it."""

from __future__ import annotations

from datetime import date

import pytest
from haystack import connections

from search.documents import build_document, reports_for_indexing
from search.elasticsearch_backend import chinese_mapping, engine_document
from search.es_query import read_response, search_body
from search.query import parse

pytestmark = pytest.mark.django_db


def test_it_maps_timeliness_as_a_keyword():
    fields = connections["default"].get_unified_index().all_searchfields()
    _content, properties = chinese_mapping(fields)
    assert properties["timeliness"] == {"type": "keyword"}


def test_it_sends_the_status_of_annual_reports_only(make_report):
    late = make_report("甲", [("一、", "执法")], year=2022, published=date(2023, 4, 3))
    reply = make_report("乙", [("一、", "执法")], doc_type="reply", published=date(2023, 4, 3))
    docs = {int(d.pk): build_document(d) for d in reports_for_indexing([late.pk, reply.pk])}
    assert engine_document(docs[late.pk])["timeliness"] == "late"
    assert "timeliness" not in engine_document(docs[reply.pk])  # no facet value at all


def test_it_filters_and_aggregates_on_timeliness():
    body = search_body(parse("执法"), filters={"timeliness": ["late"], "province": ["福建省"]})
    assert {"terms": {"timeliness": ["late"]}} in body["post_filter"]["bool"]["filter"]
    own = body["aggs"]["timeliness"]["filter"]["bool"]["filter"]
    assert own == [{"terms": {"province": ["福建省"]}}]  # disjunctive: its own selection left out
    response = {
        "hits": {"total": {"value": 1}, "hits": [{"_source": {"django_id": "7"}}]},
        "aggregations": {"timeliness": {"values": {"buckets": [{"key": "late", "doc_count": 1}]}}},
    }
    assert read_response(response)[2]["timeliness"] == [("late", 1)]
