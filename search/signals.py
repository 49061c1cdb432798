"""Keep the index in step with the database, after commit and never half-way through one.

Saves and deletes of a report (or any of its sections) mark the report dirty for the
current transaction; when it commits, the dirty reports are written to the index once
each by search.indexing, which serialises writers. A rolled-back transaction indexes
nothing.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import signals
from haystack.signals import BaseSignalProcessor

from reports.models import Report, Section


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


class _Pending:
    """The report ids one transaction touched; flushed once, on commit."""

    def __init__(self) -> None:
        self.update: set[int] = set()
        self.delete: set[int] = set()
        self.done = False

    def flush(self) -> None:
        from search import indexing

        # Marks after this (a later transaction, or a test that captured and ran the
        # callback without committing) need a new flush.
        self.done = True
        if self.update or self.delete:
            indexing.apply_changes(update_ids=self.update - self.delete, delete_ids=self.delete)


def _mark(*, update: int | None = None, delete: int | None = None) -> None:
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        # Autocommit: the write is already committed.
        from search import indexing

        indexing.apply_changes(
            update_ids={update} if update else set(), delete_ids={delete} if delete else set()
        )
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
