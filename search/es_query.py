"""The user's parsed query → an Elasticsearch request body. Pure functions.

Mirrors search/query.py + search/searching.py for the Whoosh index: every term is a
contiguous string matched in the title/headings (boosted most), the words field and the
CJK-bigram sub-field (substring recall); facets are disjunctive (a facet's counts ignore
its own selection, every other selection applies).
"""

from __future__ import annotations

from typing import Any

from search.query import BOOST_GRAMS, BOOST_HEADS, BOOST_WORDS, ParsedQuery

FACET_FIELDS = ("province", "year", "level", "doc_type")
CT = "reports.report"


def term_clause(term: str) -> dict[str, Any]:
    return {
        "bool": {
            "should": [
                {"match_phrase": {"heads": {"query": term, "boost": BOOST_HEADS}}},
                {"match_phrase": {"text": {"query": term, "boost": BOOST_WORDS}}},
                {"match_phrase": {"text.bigram": {"query": term, "boost": BOOST_GRAMS}}},
            ],
            "minimum_should_match": 1,
        }
    }


def query_clause(parsed: ParsedQuery) -> dict[str, Any]:
    must: list[dict[str, Any]] = [{"term": {"django_ct": CT}}]
    for group in parsed.groups:
        options = [term_clause(t) for t in group]
        must.append(
            options[0]
            if len(options) == 1
            else {"bool": {"should": options, "minimum_should_match": 1}}
        )
    clause: dict[str, Any] = {"bool": {"must": must}}
    if parsed.excluded:
        clause["bool"]["must_not"] = [term_clause(t) for t in parsed.excluded]
    return clause


def filter_clause(filters: dict[str, list[str]], skip: str | None = None) -> dict[str, Any]:
    terms = [
        {"terms": {name: list(values)}}
        for name, values in filters.items()
        if values and name != skip
    ]
    return {"bool": {"filter": terms}} if terms else {"match_all": {}}


def search_body(
    parsed: ParsedQuery,
    *,
    filters: dict[str, list[str]],
    sort: str = "relevance",
    page: int = 1,
    per_page: int = 20,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "query": query_clause(parsed),
        "post_filter": filter_clause(filters),
        "from": max(page - 1, 0) * per_page,
        "size": per_page,
        "_source": ["django_id"],
        "track_total_hits": True,
        "aggs": {
            name: {
                "filter": filter_clause(filters, skip=name),
                "aggs": {"values": {"terms": {"field": name, "size": 100}}},
            }
            for name in FACET_FIELDS
        },
    }
    if sort == "newest":
        body["sort"] = [{"published": "desc"}, {"year": "desc"}, "_score"]
    elif sort == "year":
        body["sort"] = [{"year": "desc"}, {"published": "desc"}, "_score"]
    return body


def read_response(
    response: dict[str, Any],
) -> tuple[list[int], int, dict[str, list[tuple[str, int]]]]:
    """(report ids of the page, total count, facet counts) from an Elasticsearch answer."""
    hits = response.get("hits", {})
    total = hits.get("total", 0)
    count = total.get("value", 0) if isinstance(total, dict) else int(total)
    ids = [int(hit["_source"]["django_id"]) for hit in hits.get("hits", [])]
    facets = {
        name: sorted(
            (
                (str(b["key"]), int(b["doc_count"]))
                for b in agg["values"]["buckets"]
                if b["key"] != ""
            ),
            key=lambda kv: (-kv[1], kv[0]),
        )
        for name, agg in response.get("aggregations", {}).items()
    }
    return ids, count, facets
