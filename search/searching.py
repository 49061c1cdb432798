"""Run one search against the Whoosh index.

A searcher is kept per thread and reused across requests while the index has no new
commit (`Searcher.up_to_date()` reads the directory listing; a rebuild's generation
swap gives a new Index object and so a new searcher). Opening a searcher per request re-read
every segment's term index and columns: most of a query's time on a large index.

Facets are "disjunctive": the counts for one facet ignore that facet's own selection
(values of a facet combine with OR, so the other values must stay visible and
countable), while every other facet's selection applies (AND across facets).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh import sorting

from search.indexing import backend
from search.whoosh_backend import FACET_FIELDS

PER_PAGE = 20
_local = threading.local()


def _searcher(ix):
    """This thread's searcher on `ix`, refreshed if a writer committed since."""
    cached = getattr(_local, "searcher", None)
    if cached is not None and cached[0] is ix and cached[1].up_to_date():
        return cached[1]
    if cached is not None:
        # Not Searcher.refresh(): it reuses segment readers whose deletions changed.
        cached[1].close()
    searcher = ix.searcher()
    _local.searcher = (ix, searcher)
    return searcher


@dataclass
class SearchOutcome:
    ids: list[int]  # report ids of the requested page, best first
    count: int
    page: int  # the page actually returned (clamped)
    pages: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def _filter(filters: dict[str, list[str]], skip: str | None = None) -> wq.Query | None:
    clauses = [
        wq.Or([wq.Term(name, v) for v in values])
        for name, values in filters.items()
        if values and name != skip
    ]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else wq.And(clauses)


def _counts(groups: dict) -> list[tuple[str, int]]:
    pairs = [(str(k), int(v)) for k, v in groups.items() if k not in (None, "", b"")]
    return sorted(pairs, key=lambda kv: (-kv[1], kv[0]))


def run(
    query: wq.Query,
    *,
    filters: dict[str, list[str]],
    sort: str = "relevance",
    page: int = 1,
    per_page: int = PER_PAGE,
) -> SearchOutcome:
    ix = backend().current_index()
    sortedby = None
    reverse = False
    if sort == "newest":
        sortedby, reverse = ["published", "year"], True
    elif sort == "year":
        sortedby, reverse = ["year", "published"], True
    searcher = _searcher(ix)
    facet_map = {name: sorting.FieldFacet(name, maptype=sorting.Count) for name in FACET_FIELDS}
    # Facets whose counts the main search (all filters applied) gives correctly.
    own = {n: f for n, f in facet_map.items() if not filters.get(n)}
    main = searcher.search(
        query,
        filter=_filter(filters),
        limit=page * per_page,  # the heap keeps only what this page needs
        sortedby=sortedby,
        reverse=reverse,
        groupedby=own or None,
    )
    count = len(main)
    pages = max(1, -(-count // per_page))
    page = min(max(page, 1), pages)  # past the end: the last page
    start = (page - 1) * per_page
    ids = [int(hit["django_id"]) for hit in main[start : start + per_page]]
    facets = {name: _counts(main.groups(name)) for name in own}
    for name in FACET_FIELDS:
        if name in own:
            continue
        other = searcher.search(
            query,
            filter=_filter(filters, skip=name),
            limit=1,
            groupedby={name: facet_map[name]},
        )
        facets[name] = _counts(other.groups(name))
    return SearchOutcome(ids=ids, count=count, page=page, pages=pages, facets=facets)
