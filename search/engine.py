"""The one interface between the site and a search engine.

Views, the API, the signals' journal and the management commands talk to `engine()`
only. It is the haystack connection's backend, chosen once from settings (SEARCH_ENGINE):
search/whoosh_engine.py (the default) or search/elasticsearch_backend.py (OpenSearch);
both implement `SearchEngine`. haystack itself is reduced to that settings switch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, cast, runtime_checkable

if TYPE_CHECKING:
    from search.query import ParsedQuery


@dataclass
class SearchOutcome:
    ids: list[int]  # report ids of the requested page, best first
    count: int
    page: int  # the page actually returned (clamped)
    pages: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    # Words mode found fewer than RELAX_BELOW with all words: these are the reports
    # holding at least `min_words` of `words`.
    relaxed: bool = False
    words: list[str] = field(default_factory=list)
    min_words: int = 0


@runtime_checkable
class SearchEngine(Protocol):
    # -- reads -------------------------------------------------------------------------
    def run_search(
        self,
        parsed: ParsedQuery,
        *,
        filters: dict[str, list[str]],
        sort: str = "relevance",
        page: int = 1,
        per_page: int = 20,
    ) -> SearchOutcome:
        """Which reports match, how many, facet counts, and one page of ids."""
        ...

    def count(self, parsed: ParsedQuery, filters: dict[str, list[str]]) -> int:
        """How many reports `parsed` lists with `filters` (no facets, no page)."""
        ...

    def indexed_fingerprints(self) -> dict[int, str]:
        """{report id: fingerprint} of every indexed document (for check_index)."""
        ...

    def warm(self) -> None:
        """Open what the first search of this process would open (gunicorn's workers)."""
        ...

    # -- writes ------------------------------------------------------------------------
    def apply_changes(self, *, update_ids: Iterable[int], delete_ids: Iterable[int]) -> None:
        """Bring these reports' documents in line with the database (after commit)."""
        ...

    def defer_changes(self, *, update_ids: Iterable[int], delete_ids: Iterable[int]) -> None:
        """Note committed changes for `write_deferred` (bulk imports); may write at once."""
        ...

    def write_deferred(self) -> None: ...

    def write_documents(self, docs: list[dict], delete_ids: Iterable[int]) -> None:
        """Write build_document-style documents as given (tests put the index out of line)."""
        ...

    def rebuild(self, *, progress: bool = True, procs: int | None = None) -> int:
        """Index every report afresh and swap it in; returns the document count."""
        ...

    def clear(self) -> None:
        """Swap in an empty index."""
        ...

    def optimize(self) -> int:
        """Merge the index's parts; returns how many there were (0: nothing to merge)."""
        ...


def engine() -> SearchEngine:
    """The configured engine (haystack builds it once per thread from settings)."""
    from haystack import connections

    return cast(SearchEngine, connections["default"].get_backend())
