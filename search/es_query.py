"""The user's parsed query → an OpenSearch / Elasticsearch request body. Pure functions.

The same semantics as the Whoosh path (search/matching.py, search/searching.py):

* exact: a term matches a report whose normalised text holds it as a string: a phrase
  of overlapping character pairs on `text.bigram` (every character, punctuation and
  spaces too, so it is exact), or for a one-character term its term on `text.char`;
* words mode (unquoted terms): also the reports holding all of its jieba words (each
  exact), the same for its curated variants, and for a province's name that province's
  reports; fewer than RELAX_BELOW results relax to all but one word (a second request);
* the term's words in the title/headings (`heads`) and the text (`text`, smartcn) only
  rank; they never decide a match;
* facets are disjunctive: a facet's counts ignore its own selection, every other
  selection applies; prefecture and county are listed only once a place is chosen
  (a drill-down), and above the prefecture level the county list holds only the counties
  that have no prefecture (Beijing's districts).
"""

from __future__ import annotations

from typing import Any

from search.facets import DRILL_FIELDS, FACET_FIELDS, PLACE_FIELDS
from search.query import BOOST_GRAMS, BOOST_HEADS, BOOST_WORDS, ParsedQuery

CT = "reports.report"
# More than any facet has values (≈2,900 counties in GB/T 2260).
FACET_SIZE = 5000


def exact_clause(term: str) -> dict[str, Any]:
    """Reports whose normalised text contains `term` (already normalised by parse)."""
    if len(term) == 1:
        return {"term": {"text.char": term}}
    return {"match_phrase": {"text.bigram": {"query": term, "boost": BOOST_GRAMS}}}


def _all_of(words: list[str]) -> dict[str, Any]:
    return (
        exact_clause(words[0])
        if len(words) == 1
        else {"bool": {"must": [exact_clause(w) for w in words]}}
    )


def loose_clause(term: str) -> dict[str, Any]:
    """Words mode's match for one term (search.matching.Matcher.loose)."""
    from search import variants
    from search.provinces import full_name
    from search.terms import is_cjk, required_words

    options = []
    for form in [term, *variants.alternatives(term)]:
        words = required_words(form)
        # As on Whoosh: a term without Chinese words (.3%, covid-19) stays whole.
        whole = words == [form] or not any(is_cjk(w) for w in words)
        if whole:
            options.append(exact_clause(form))
        elif words:
            options.append(_all_of(words))
    province = full_name(term)
    if province is not None:
        options.append({"term": {"province": province}})
    if not options:
        return {"bool": {"must_not": [{"match_all": {}}]}}
    return (
        options[0]
        if len(options) == 1
        else {"bool": {"should": options, "minimum_should_match": 1}}
    )


# Words mode: a report holding the term as written ranks above any that holds its words apart.
LITERAL_BOOST = 100.0


def term_clause(term: str, *, loose: bool = False) -> dict[str, Any]:
    # Ranking only: headings first, then the words of the text.
    should: list[dict[str, Any]] = [
        {"match": {"heads": {"query": term, "operator": "and", "boost": BOOST_HEADS}}},
        {"match": {"text": {"query": term, "operator": "and", "boost": BOOST_WORDS}}},
    ]
    if loose:
        should.append({"constant_score": {"filter": exact_clause(term), "boost": LITERAL_BOOST}})
    return {
        "bool": {"must": [loose_clause(term) if loose else exact_clause(term)], "should": should}
    }


def _group_clause(parsed: ParsedQuery, group: tuple[str, ...]) -> dict[str, Any]:
    """Terms joined by OR (one term: itself)."""
    options = [term_clause(t, loose=not parsed.exact and t not in parsed.phrases) for t in group]
    if len(options) == 1:
        return options[0]
    return {"bool": {"should": options, "minimum_should_match": 1}}


def query_clause(parsed: ParsedQuery) -> dict[str, Any]:
    must: list[dict[str, Any]] = [{"term": {"django_ct": CT}}]
    for group in parsed.groups:
        must.append(_group_clause(parsed, group))
    clause: dict[str, Any] = {"bool": {"must": must}}
    if parsed.excluded:
        clause["bool"]["must_not"] = [exact_clause(t) for t in parsed.excluded]
    return clause


def relax_units(parsed: ParsedQuery) -> list[tuple[str, dict[str, Any]]] | None:
    """What a relaxed search counts (search.matching.Matcher.relax): the query's words, or
    with OR its groups, each with its clause; None where there is nothing to relax."""
    from search.terms import is_cjk, required_words

    if parsed.exact:
        return None
    units: dict[str, dict[str, Any]] = {}
    if any(len(group) > 1 for group in parsed.groups):
        for group in parsed.groups:
            units[" OR ".join(group)] = _group_clause(parsed, group)
    else:
        for (term,) in parsed.groups:
            words = required_words(term)
            if term in parsed.phrases or not any(is_cjk(w) for w in words):
                words = [term]  # as loose_clause keeps it whole
            for word in words:
                units.setdefault(word, term_clause(word))
    return list(units.items()) if len(units) >= 2 else None


def relaxed_clause(parsed: ParsedQuery, units: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """What the query matches, or all but one of `units` (minus the excluded terms)."""
    most = {
        "bool": {
            "must": [{"term": {"django_ct": CT}}],
            "should": [clause for _label, clause in units],
            "minimum_should_match": len(units) - 1,
            "must_not": [exact_clause(t) for t in parsed.excluded],
        }
    }
    return {"bool": {"should": [query_clause(parsed), most], "minimum_should_match": 1}}


def filter_clause(filters: dict[str, list[str]], skip: str | None = None) -> dict[str, Any]:
    terms = [
        {"terms": {name: list(values)}}
        for name, values in filters.items()
        if values and name != skip
    ]
    return {"bool": {"filter": terms}} if terms else {"match_all": {}}


def _facet_filter(name: str, filters: dict[str, list[str]]) -> dict[str, Any]:
    clause = filter_clause(filters, skip=name)
    # Below the province: a prefecture or county, or a code that is not a province's.
    below = bool(filters.get("prefecture") or filters.get("county")) or any(
        not c.endswith("0000") for c in filters.get("codes") or []
    )
    if name == "county" and not below:
        # A province's own counties: those with no prefecture above them.
        no_prefecture = {"bool": {"must_not": [{"exists": {"field": "prefecture"}}]}}
        if clause.get("bool"):
            return {"bool": {"filter": [*clause["bool"]["filter"], no_prefecture]}}
        return no_prefecture
    return clause


def facet_aggs(filters: dict[str, list[str]]) -> dict[str, Any]:
    drilled = bool({k for k, v in filters.items() if v} & PLACE_FIELDS)
    return {
        name: {
            "filter": _facet_filter(name, filters),
            "aggs": {"values": {"terms": {"field": name, "size": FACET_SIZE}}},
        }
        for name in FACET_FIELDS
        if drilled or name not in DRILL_FIELDS
    }


# Reports without a date (no `published`) or year go last in every order, as on Whoosh.
_NEWEST = [
    {"published": {"order": "desc", "missing": "_last"}},
    {"year": {"order": "desc", "missing": "_last"}},
    {"pk": "asc"},
]
SORTS: dict[str, list[Any]] = {
    "relevance": ["_score", *_NEWEST],
    "newest": _NEWEST,
    "year": [
        {"year": {"order": "desc", "missing": "_last"}},
        {"published": {"order": "desc", "missing": "_last"}},
        {"pk": "asc"},
    ],
    "oldest": [
        {"published": {"order": "asc", "missing": "_last"}},
        {"year": {"order": "asc", "missing": "_last"}},
        {"pk": "asc"},
    ],
}


def search_body(
    parsed: ParsedQuery,
    *,
    filters: dict[str, list[str]],
    sort: str = "relevance",
    page: int = 1,
    per_page: int = 20,
    relax: list[tuple[str, dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    if sort == "relevance" and parsed.is_empty:
        sort = "newest"  # the browse of every report: newest first, as on Whoosh
    return {
        "query": relaxed_clause(parsed, relax) if relax else query_clause(parsed),
        "post_filter": filter_clause(filters),
        "from": max(page - 1, 0) * per_page,
        "size": per_page,
        "_source": ["django_id"],
        "track_total_hits": True,
        "aggs": facet_aggs(filters),
        "sort": SORTS.get(sort, SORTS["relevance"]),
    }


def read_response(
    response: dict[str, Any],
) -> tuple[list[int], int, dict[str, list[tuple[str, int]]]]:
    """(report ids of the page, total count, facet counts) from an OpenSearch answer."""
    hits = response.get("hits", {})
    total = hits.get("total", 0)
    count = total.get("value", 0) if isinstance(total, dict) else int(total)
    ids = [int(hit["_source"]["django_id"]) for hit in hits.get("hits", [])]
    aggs = response.get("aggregations", {})
    facets = {}
    for name in FACET_FIELDS:
        buckets = aggs[name]["values"]["buckets"] if name in aggs else []
        facets[name] = sorted(
            ((str(b["key"]), int(b["doc_count"])) for b in buckets if b["key"] != ""),
            key=lambda kv: (-kv[1], kv[0]),
        )
    return ids, count, facets
