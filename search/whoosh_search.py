"""The Whoosh engine's searches: which reports match, how many, facet counts, and one page of them.

Matching, counting and facets work on sets of docnums (search/matching.py) and the
facet columns read once per searcher, so a broad query costs set operations rather than
a scored pass over every match per facet. The page's ranking sums TF-IDF from the query
words' posting lists (search/ranking.py).

A searcher is kept per thread and reused across requests while the index has no new
commit (`Searcher.up_to_date()`); a rebuild's generation swap gives a new Index object
and so a new searcher. Opening one per request re-read every segment's term index.

Facets are "disjunctive": the counts for one facet ignore that facet's own selection
(values of a facet combine with OR, so the other values must stay visible and
countable), while every other facet's selection applies (AND across facets).
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter

from whoosh import query as wq
from whoosh import scoring

from search import ranking
from search.bodies import SearcherTexts
from search.engine import SearchOutcome
from search.facets import DRILL_FIELDS, FACET_FIELDS, PLACE_FIELDS
from search.matching import RELAX_BELOW, Matched, Matcher, warm_lexicons
from search.query import ParsedQuery

_local = threading.local()


@dataclass
class _Columns:
    """Per-docnum values of the facet and sort fields, read once per searcher."""

    live: set[int]
    values: dict[str, list]


class _Cached:
    def __init__(self, ix, searcher) -> None:
        self.ix = ix
        self.searcher = searcher
        self.columns: _Columns | None = None
        self.texts = SearcherTexts(searcher)  # the reports' texts, mapped per segment


def _state(ix) -> _Cached:
    """This thread's searcher (and its columns) on `ix`, renewed after any commit."""
    cached: _Cached | None = getattr(_local, "cached", None)
    if cached is not None and cached.ix is ix and cached.searcher.up_to_date():
        return cached
    if cached is not None:
        # Not Searcher.refresh(): it reuses segment readers whose deletions changed.
        cached.searcher.close()
    # TF-IDF, not BM25F: BM25F reads every scored report's field length from a column,
    # which was half of a broad query's time; the ranking signal we need is which field
    # (headings > words) holds the query's words and how often.
    cached = _Cached(ix, ix.searcher(weighting=scoring.TF_IDF()))
    _local.cached = cached
    return cached


def _columns(state: _Cached) -> _Columns:
    if state.columns is None:
        searcher = state.searcher
        reader = searcher.reader()
        size = reader.doc_count_all()
        values: dict[str, list] = {}
        for name in (*FACET_FIELDS, "published"):
            column = [None] * size
            for leaf, offset in searcher.leaf_searchers():
                leaf_reader = leaf.reader()
                if leaf_reader.has_column(name):
                    for docnum, value in enumerate(leaf_reader.column_reader(name)):
                        column[docnum + offset] = value
            values[name] = column
        state.columns = _Columns(set(reader.all_doc_ids()), values)
    return state.columns


def warm(ix) -> None:
    """Open this thread's searcher and read its columns and letters/digits tokens."""
    state = _state(ix)
    _columns(state)
    warm_lexicons(state.searcher)


def _facet_docs(searcher, name: str, selected: list[str]) -> set[int]:
    return set(searcher.docs_for_query(wq.Or([wq.Term(name, v) for v in selected])))


def _facet_counts(column: list, docs: set[int]) -> list[tuple[str, int]]:
    if not docs:
        return []
    # itemgetter gathers every value in C; a generator cost ~1 µs a report and facet.
    values = itemgetter(*docs)(column) if len(docs) > 1 else [column[next(iter(docs))]]
    counts = Counter(values)
    pairs = [(str(k), n) for k, n in counts.items() if k not in (None, "", b"")]
    return sorted(pairs, key=lambda kv: (-kv[1], kv[0]))


def _below_province(filters: dict[str, list[str]]) -> bool:
    """Whether a place below the province is chosen (GB/T 2260 province codes end 0000)."""
    codes = filters.get("codes") or []
    return bool(filters.get("prefecture") or filters.get("county")) or any(
        not c.endswith("0000") for c in codes
    )


def _without(column: list, docs: set[int]) -> set[int]:
    """The docs that have no value in `column`."""
    return {d for d in docs if column[d] in (None, "", b"")}


def _newest_first(docs: set[int], columns: _Columns, *, by_year: bool = False) -> list[int]:
    year, published = columns.values["year"], columns.values["published"]

    def key(d: int) -> tuple[int, int, int]:
        y, p = int(year[d] or 0), published[d] or 0
        return (y, p, -d) if by_year else (p, y, -d)

    return sorted(docs, key=key, reverse=True)


def _oldest_first(docs: set[int], columns: _Columns) -> list[int]:
    """Earliest publication date first; reports with no date (0) go last, not first."""
    year, published = columns.values["year"], columns.values["published"]

    def key(d: int) -> tuple[bool, int, bool, int, int]:
        p, y = published[d] or 0, int(year[d] or 0)
        return (p == 0, p, y == 0, y, d)

    return sorted(docs, key=key)


def _ranked(state: _Cached, parsed: ParsedQuery, docs: set[int], need: int) -> list[int]:
    """The best `need` docnums of `docs`: scored matches first, then the rest newest first."""
    columns = _columns(state)
    lengths = state.texts.lengths()
    ranked = ranking.best(state.searcher, parsed, docs, need, lengths, state.texts)
    if len(ranked) < need:
        rest = docs.difference(ranked)
        ranked.extend(_newest_first(rest, columns)[: need - len(ranked)])
    return ranked


def run(
    ix,
    parsed: ParsedQuery,
    *,
    filters: dict[str, list[str]],
    sort: str,
    page: int,
    per_page: int,
) -> SearchOutcome:
    state = _state(ix)
    searcher = state.searcher
    columns = _columns(state)
    selected = {name: _facet_docs(searcher, name, v) for name, v in filters.items() if v}
    found, matched, docs = _match(state, parsed, selected)
    facets: dict[str, list[tuple[str, int]]] = {}
    drilled = bool(selected.keys() & PLACE_FIELDS)
    for name in FACET_FIELDS:
        if name in DRILL_FIELDS and not drilled:
            facets[name] = []  # drill-down: below the province once a place is chosen
            continue
        others = matched
        for other, chosen in selected.items():
            if other != name:
                others = others & chosen
        if name == "county" and not _below_province(filters):
            # Drill-down: above the prefecture level only the counties that have no
            # prefecture (Beijing's districts, 济源市) are a province's children.
            others = _without(columns.values["prefecture"], others)
        facets[name] = _facet_counts(columns.values[name], others)

    count = len(docs)
    pages = max(1, -(-count // per_page))
    page = min(max(page, 1), pages)  # past the end: the last page
    start, need = (page - 1) * per_page, page * per_page
    if not docs:
        order: list[int] = []  # (an empty filter set would mean "no filter" to Whoosh)
    elif sort == "relevance" and not parsed.is_empty:
        order = _ranked(state, parsed, docs, need)
    elif sort == "oldest":
        order = _oldest_first(docs, columns)
    else:
        order = _newest_first(docs, columns, by_year=sort == "year")
    ids = [int(searcher.stored_fields(d)["django_id"]) for d in order[start:need]]
    return SearchOutcome(
        ids=ids,
        count=count,
        page=page,
        pages=pages,
        facets=facets,
        relaxed=found.relaxed,
        words=found.words,
        min_words=found.min_words,
    )


def _matcher(state: _Cached) -> Matcher:
    searcher = state.searcher
    live = _columns(state).live
    # A province's name as a query word also finds the reports filed under it.
    return Matcher(
        searcher, state.texts, live, lambda name: _facet_docs(searcher, "province", [name])
    )


def _match(
    state: _Cached, parsed: ParsedQuery, selected: dict[str, set[int]]
) -> tuple[Matched, set[int], set[int]]:
    """What the query matches (before the filters) and what the page lists (after them);
    in words mode, relaxed to all but one word when that lists fewer than RELAX_BELOW."""
    live = _columns(state).live
    matcher = _matcher(state)
    found = matcher.match(parsed)
    matched = found.docs & live
    docs = _filtered(matched, selected)
    if len(docs) < RELAX_BELOW and not parsed.is_empty:
        relaxed = matcher.relax(parsed)
        if relaxed is not None:
            wider = (relaxed.docs & live) | matched
            wider_docs = _filtered(wider, selected)
            if len(wider_docs) > len(docs):
                return relaxed, wider, wider_docs
    return found, matched, docs


def _filtered(docs: set[int], selected: dict[str, set[int]]) -> set[int]:
    docs = set(docs)
    for chosen in selected.values():
        docs &= chosen
    return docs


def count(ix, parsed: ParsedQuery, filters: dict[str, list[str]]) -> int:
    """How many reports `parsed` lists with `filters` (no facets, no page)."""
    state = _state(ix)
    searcher = state.searcher
    selected = {name: _facet_docs(searcher, name, v) for name, v in filters.items() if v}
    return len(_match(state, parsed, selected)[2])
