"""Keeping the search index in line with the database, on whichever engine is configured.

Every function here goes through the engine interface (search/engine.py); the Whoosh
engine's writer, its lock and journal are in search/whoosh_index.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from search.documents import build_document, reports_for_indexing
from search.engine import SearchEngine, engine


def backend() -> SearchEngine:
    return engine()


def apply_changes(*, update_ids: Iterable[int], delete_ids: Iterable[int]) -> None:
    """Bring these reports' documents in line with the database (called after commit)."""
    engine().apply_changes(update_ids=update_ids, delete_ids=delete_ids)


def defer_changes(*, update_ids: Iterable[int], delete_ids: Iterable[int]) -> None:
    """Journal committed changes for a later `write_deferred` (bulk imports)."""
    engine().defer_changes(update_ids=update_ids, delete_ids=delete_ids)


def write_deferred() -> None:
    engine().write_deferred()


def clear() -> None:
    """Swap in an empty index (atomic, like a rebuild)."""
    engine().clear()


def rebuild(progress: bool = True, procs: int | None = None) -> int:
    """Build a fresh index and swap it in; returns the document count."""
    return engine().rebuild(progress=progress, procs=procs)


def optimize() -> int:
    """Merge the index's segments (`manage.py optimize_index`); returns how many there were."""
    return engine().optimize()


def indexed_fingerprints() -> dict[int, str]:
    return engine().indexed_fingerprints()


# -- consistency -------------------------------------------------------------------------
@dataclass
class Differences:
    missing: set[int] = field(default_factory=set)  # in the database, not in the index
    stale: set[int] = field(default_factory=set)  # indexed content differs from the database
    orphaned: set[int] = field(default_factory=set)  # in the index, not in the database

    def __bool__(self) -> bool:
        return bool(self.missing or self.stale or self.orphaned)


def compare() -> Differences:
    indexed = indexed_fingerprints()
    diff = Differences()
    seen: set[int] = set()
    for report in reports_for_indexing():
        seen.add(report.pk)
        doc = build_document(report)
        if report.pk not in indexed:
            diff.missing.add(report.pk)
        elif indexed[report.pk] != doc["fingerprint"]:
            diff.stale.add(report.pk)
    diff.orphaned = set(indexed) - seen
    return diff


def repair(diff: Differences) -> None:
    apply_changes(update_ids=diff.missing | diff.stale, delete_ids=diff.orphaned)
