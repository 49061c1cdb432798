"""Run one search: which reports match, how many, facet counts, and one page of them.

The facade every caller uses (views, API, exports, feeds, suggestions): it hands the
call to the configured engine (search/engine.py), Whoosh (search/whoosh_search.py) or
OpenSearch (search/elasticsearch_backend.py), so callers work on both.
"""

from __future__ import annotations

from search.engine import SearchOutcome, engine
from search.matching import RELAX_BELOW
from search.query import ParsedQuery

__all__ = ["PER_PAGE", "RELAX_BELOW", "SearchOutcome", "count", "run"]

PER_PAGE = 20


def run(
    parsed: ParsedQuery,
    *,
    filters: dict[str, list[str]],
    sort: str = "relevance",
    page: int = 1,
    per_page: int = PER_PAGE,
) -> SearchOutcome:
    return engine().run_search(parsed, filters=filters, sort=sort, page=page, per_page=per_page)


def count(parsed: ParsedQuery, filters: dict[str, list[str]]) -> int:
    """How many reports `parsed` lists with `filters` (no facets, no page): for the
    suggestions of a page without results."""
    return engine().count(parsed, filters)


def warm_searcher() -> None:
    """Open this thread's searcher before the first request (gunicorn's post_worker_init)."""
    engine().warm()
