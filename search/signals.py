"""Keep the index in step with the database, after commit and never half-way through one.

Saves and deletes of a report (or any of its sections) mark the report dirty for the
current transaction; when it commits, the dirty reports are written to the index once
each by the search engine (search/engine.py), whose Whoosh writer is serialised. A rolled-back transaction indexes
nothing.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from django.db import transaction
from django.db.models import signals
from haystack.signals import BaseSignalProcessor

from reports.models import Report, Section
from search.engine import engine


class OnCommitSignalProcessor(BaseSignalProcessor):
    def setup(self) -> None:
        signals.post_save.connect(self.report_changed, sender=Report)
        signals.post_delete.connect(self.report_deleted, sender=Report)
        signals.post_save.connect(self.section_changed, sender=Section)
        signals.post_delete.connect(self.section_changed, sender=Section)

    def teardown(self) -> None:
        signals.post_save.disconnect(self.report_changed, sender=Report)
        signals.post_delete.disconnect(self.report_deleted, sender=Report)
        signals.post_save.disconnect(self.section_changed, sender=Section)
        signals.post_delete.disconnect(self.section_changed, sender=Section)

    def report_changed(self, sender, instance: Report, **kwargs) -> None:
        _mark(update=instance.pk)

    def report_deleted(self, sender, instance: Report, **kwargs) -> None:
        _mark(delete=instance.pk)

    def section_changed(self, sender, instance: Section, **kwargs) -> None:
        if instance.report_id is not None:
            _mark(update=instance.report_id)


_local = threading.local()


@contextlib.contextmanager
def batched_indexing(every: int = 200) -> Iterator[None]:
    """Within this block, committed changes are journaled and written `every` reports at a
    time (and at the end) instead of one index commit per report: for bulk imports."""
    previous = getattr(_local, "batch", None)
    _local.batch = {"every": max(1, every), "count": 0}
    try:
        yield
    finally:
        _local.batch = previous
        engine().write_deferred()


def _apply(update: set[int], delete: set[int]) -> None:
    batch = getattr(_local, "batch", None)
    if batch is None:
        engine().apply_changes(update_ids=update, delete_ids=delete)
        return
    engine().defer_changes(update_ids=update, delete_ids=delete)
    batch["count"] += len(update | delete)
    if batch["count"] >= batch["every"]:
        batch["count"] = 0
        engine().write_deferred()


class _Pending:
    """The report ids one transaction touched; flushed once, on commit."""

    def __init__(self) -> None:
        self.update: set[int] = set()
        self.delete: set[int] = set()
        self.done = False

    def flush(self) -> None:
        # Marks after this (a later transaction, or a test that captured and ran the
        # callback without committing) need a new flush.
        self.done = True
        if self.update or self.delete:
            _apply(self.update - self.delete, self.delete)


def _mark(*, update: int | None = None, delete: int | None = None) -> None:
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        # Autocommit: the write is already committed.
        _apply({update} if update else set(), {delete} if delete else set())
        return
    pending: _Pending | None = getattr(connection, "_search_pending", None)
    # Our flush leaves run_on_commit when it runs or when its (savepoint) rolls back.
    if (
        pending is None
        or pending.done
        or not any(entry[1] == pending.flush for entry in connection.run_on_commit)
    ):
        pending = _Pending()
        connection._search_pending = pending
        transaction.on_commit(pending.flush)
    if update is not None:
        pending.update.add(update)
    if delete is not None:
        pending.delete.add(delete)
