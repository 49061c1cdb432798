"""The index is created with our own analysis and a strict mapping; anything else is an
error, never an automatic mapping."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from search.documents import build_document, reports_for_indexing


def _mapping(backend) -> dict:
    live = backend._generations()
    assert len(live) == 1
    return backend.conn.indices.get_mapping(index=live[0])[live[0]]["mappings"]


@pytest.mark.django_db
def test_it_creates_the_index_with_pairs_words_and_keyword_facets(backend, make_report):
    make_report("某市报告", [("一、行政复议", "推进行政复议体制改革。")])
    mapping = _mapping(backend)
    assert mapping["dynamic"] == "strict"
    text = mapping["properties"]["text"]
    assert text["analyzer"] == "zh_words"
    assert text["fields"]["bigram"]["analyzer"] == "zh_bigrams"
    for facet in (
        "province",
        "prefecture",
        "county",
        "year",
        "level",
        "doc_type",
        "timeliness",
        "codes",
    ):
        assert mapping["properties"][facet] == {"type": "keyword"}
    index = backend._generations()[0]
    pairs = backend.conn.indices.analyze(
        index=index, body={"field": "text.bigram", "text": "复议,2"}
    )
    assert [t["token"] for t in pairs["tokens"]] == ["复议", "议,", ",2"]
    words = backend.conn.indices.analyze(
        index=index, body={"field": "text", "text": "行政复议体制"}
    )
    assert len(words["tokens"]) >= 2  # smartcn cut it into words


@pytest.mark.django_db
def test_it_refuses_an_index_it_did_not_create(backend, make_report):
    # An index under our name with an automatic mapping (a document written before setup).
    backend.conn.index(index=backend.index_name, body={"text": "行政复议"}, refresh=True)
    with pytest.raises(ImproperlyConfigured):
        make_report("某市报告", [("一、", "行政复议")])


@pytest.mark.django_db
def test_it_refuses_a_document_field_outside_the_mapping(backend, make_report):
    report = make_report("某市报告", [("一、", "行政复议")])
    doc = build_document(reports_for_indexing([report.pk]).get())
    with pytest.raises(RuntimeError, match="strict_dynamic_mapping"):
        backend.write_documents([{**doc, "unmapped": "x"}], set())


def test_it_creates_one_generation_when_workers_start_together(backend):
    from concurrent.futures import ThreadPoolExecutor

    from search.elasticsearch_backend import OpenSearchBackend

    options = {"URL": backend.conn.transport.hosts[0], "INDEX_NAME": backend.index_name}
    workers = [OpenSearchBackend("default", **options) for _ in range(4)]
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda b: b.setup(), workers))
    assert backend._generations() == [f"{backend.index_name}_0"]
