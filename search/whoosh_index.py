"""The Whoosh engine's writes: incremental changes after commit, full rebuilds.

One writer at a time across processes (store.writer_lock, bounded wait). jieba runs
before the lock is taken, so the lock is held only for Whoosh's own work. A writer that
cannot get the lock in time journals its ids in `.pending`; the next writer applies them.
Every function takes the index's configured PATH (`root`, see search/store.py).
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Iterable
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index, LockError
from whoosh.reading import SegmentReader

from reports.models import Report
from search import store, whoosh_adapter
from search.documents import identifier
from search.segments import analyse_ids, build_into, prepared_writer
from search.whoosh_adapter import PreparedWriter
from search.whoosh_backend import build_whoosh_schema

log = logging.getLogger(__name__)


# -- documents ---------------------------------------------------------------------------
# A document analysed for PreparedWriter.add_prepared: (its small fields, postings by field).
Prepared = tuple[dict, dict]


def prepared_documents(ids: Iterable[int]) -> list[Prepared]:
    """The reports' documents with jieba and Whoosh's analysis already run, as a rebuild
    prepares them: done outside the lock. Ids gone from the database are left out."""
    return analyse_ids(sorted(ids))


def _report_id(prepared: Prepared) -> int:
    return int(prepared[0]["django_id"])


def _open_live(root: Path) -> Index:
    """The live index; the caller holds the writer lock (so creating it is safe)."""
    if root.is_symlink() and (root.parent / root.readlink()).is_dir():
        target = root.parent / root.readlink()
    elif root.is_dir() and not root.is_symlink():
        target = root
    else:
        target = store.new_generation_dir(root)
        store.point_to(root, target)
    storage = FileStorage(str(target), supports_mmap=False)
    try:
        return storage.open_index(schema=build_whoosh_schema())
    except whoosh_index.EmptyIndexError:
        return storage.create_index(build_whoosh_schema())


def _writer(ix: Index, attempts: int = 100) -> PreparedWriter:
    for attempt in range(attempts):
        try:
            return prepared_writer(ix)
        except LockError:
            # Someone writing without our flock (e.g. a stock haystack command): wait.
            if attempt == attempts - 1:
                raise
            time.sleep(0.05)
    raise AssertionError("unreachable")


def _write(ix: Index, docs: list[Prepared], delete_ids: Iterable[int]) -> None:
    """One commit: the documents (replacing their earlier versions) and the deletions.

    Postings go through the rebuild's posting buffer, a term at a time, as a rebuild's do
    (bench.write_paths at 10,000 reports: 549 ms a report against 650 ms for Whoosh's
    update_document; the gain is mostly in _merge_small).
    """
    writer = _writer(ix)
    try:
        for report_id in delete_ids:
            writer.delete_by_term("id", identifier(report_id))
        for doc, items in docs:
            writer.delete_by_term("id", doc["id"])  # update_document's unique field
            writer.add_prepared(doc, items)
        # No merge in the commit that makes the changes searchable: merging holds them
        # back (_merge_small runs after, in a commit of its own).
        writer.commit(merge=False)
    except BaseException:
        writer.cancel()
        raise


# Small segments (one per upload) are merged a tier at a time: a tier holds the segments
# of MERGE_FACTOR**k to MERGE_FACTOR**(k+1) − 1 documents, merged once it has MERGE_FACTOR
# of them. Segments of MERGE_MAX_DOCS or more are left to a rebuild or optimize_index.
MERGE_FACTOR = 4
MERGE_MAX_DOCS = 256


def _tier(count: int) -> int:
    return int(math.log(max(count, 1), MERGE_FACTOR))


def _merge_small(ix: Index) -> None:
    """Merge one tier of small segments once the changes are already searchable; the
    caller holds the writer lock.

    Whoosh's own merge re-reads every posting of the merged segments through its Python
    matchers (bench.write_paths at 10,000 reports: 8.5 s for four one-report segments,
    against 1.8 s this way; inside an upload's commit it took 10–14 s on a loaded machine);
    the merged reports' documents are analysed again from the
    database — the source of truth — instead, written through the posting buffer, and
    the merged segments leave the table of contents in the same commit. (So a merged
    report is as the database has it now, and one the database no longer has is gone.)
    """
    tiers: dict[int, list] = {}
    for segment in whoosh_adapter.segments(ix):
        count = segment.doc_count_all()
        if count < MERGE_MAX_DOCS:
            tiers.setdefault(_tier(count), []).append(segment)
    full = [segs for _tier_, segs in sorted(tiers.items()) if len(segs) >= MERGE_FACTOR]
    if not full:
        return
    merged = full[0]
    names = {segment.segment_id() for segment in merged}
    ids: set[int] = set()
    for segment in merged:
        reader = SegmentReader(ix.storage, ix.schema, segment)
        try:
            ids.update(int(fields["django_id"]) for fields in reader.all_stored_fields())
        finally:
            reader.close()
    docs = prepared_documents(ids)
    writer = _writer(ix)
    try:
        for doc, items in docs:
            writer.add_prepared(doc, items)

        def without_merged(_writer, segments: list) -> list:
            return [s for s in segments if s.segment_id() not in names]

        writer.commit(mergetype=without_merged)
    except BaseException:
        writer.cancel()
        raise


# -- incremental -------------------------------------------------------------------------
def apply_changes(root: Path, *, update_ids: Iterable[int], delete_ids: Iterable[int]) -> None:
    """Bring these reports' documents in line with the database (called after commit)."""
    delete = {int(i) for i in delete_ids}
    update = {int(i) for i in update_ids} - delete
    docs = prepared_documents(update)
    # An id to update that is gone from the database was deleted meanwhile.
    delete |= update - {_report_id(d) for d in docs}
    commit_documents(root, docs, delete)


def defer_changes(root: Path, *, update_ids: Iterable[int], delete_ids: Iterable[int]) -> None:
    """Journal committed changes for a later writer instead of writing now (bulk imports).

    One small append per report instead of a Whoosh commit (~0.5 s each). The journal is
    on disk, so a killed import leaves nothing unindexed: the next writer drains it.
    """
    store.append_ids(
        store.sibling(root, "pending"),
        update={int(i) for i in update_ids},
        delete={int(i) for i in delete_ids},
    )


def write_deferred(root: Path) -> None:
    """Write what defer_changes journaled, waiting for the writer lock if another holds it."""
    try:
        with store.writer_lock(root):
            _commit_locked(root, [], set())
    except store.IndexBusy:
        # The holder drains the journal when it releases the lock (commit_documents).
        log.warning("search index busy; deferred changes left for the current writer")
        return
    drain_pending(root)


def commit_documents(
    root: Path, docs: list[Prepared], delete: set[int], *, merge: bool = True
) -> bool:
    """Write prepared documents under the cross-process lock; False if journaled instead.

    Whoever journals retries the lock once right after; whoever holds it checks the
    journal again right after releasing it. One of the two always sees the entry, so a
    journaled change never waits for some later, unrelated write.
    """
    update = {_report_id(d) for d in docs}
    try:
        with store.writer_lock(root):
            _commit_locked(root, docs, delete, merge=merge)
    except store.IndexBusy:
        store.append_ids(store.sibling(root, "pending"), update=update, delete=delete)
        log.warning(
            "search index busy; %d change(s) left for the next writer", len(update | delete)
        )
        drain_pending(root)
        return False
    drain_pending(root)
    return True


def drain_pending(root: Path) -> None:
    """Apply the journal if the lock is free now; a busy lock's holder drains it after."""
    while store.has_ids(store.sibling(root, "pending")):
        try:
            with store.writer_lock(root, timeout=0):
                _commit_locked(root, [], set())
        except store.IndexBusy:
            return


def _commit_locked(
    root: Path, docs: list[Prepared], delete: set[int], *, merge: bool = True
) -> None:
    update = {_report_id(d) for d in docs}
    if store.rebuild_running(root):
        store.append_ids(store.sibling(root, "replay"), update=update, delete=delete)
    pending_update, pending_delete = store.take_ids(store.sibling(root, "pending"))
    if pending_update or pending_delete:
        docs = docs + prepared_documents(pending_update - update - delete)
        present = {_report_id(d) for d in docs}
        delete = delete | pending_delete | (pending_update - present)
    if docs or delete:
        ix = _open_live(root)
        _write(ix, docs, delete)
        if merge:
            _merge_small(ix)


def clear(root: Path) -> None:
    """Swap in an empty index (atomic, like a rebuild)."""
    target = store.new_generation_dir(root)
    FileStorage(str(target), supports_mmap=False).create_index(build_whoosh_schema())
    with store.writer_lock(root):
        store.point_to(root, target)
    store.remove_other_generations(root, keep=target)


# -- full rebuild ------------------------------------------------------------------------
def rebuild(root: Path, *, progress: bool = True, procs: int | None = None) -> int:
    """Build a fresh index in a new directory and swap it in; returns the document count."""
    store.resolve(root)
    marker = store.sibling(root, "rebuild")
    with store.writer_lock(root):
        marker.write_text(str(os.getpid()))
    target = store.new_generation_dir(root)
    try:
        count = build_into(target, progress, procs)
        ix = FileStorage(str(target), supports_mmap=False).open_index()
        with store.writer_lock(root, timeout=120):
            store.point_to(root, target)
            update, delete = store.take_ids(store.sibling(root, "replay"))
            if update or delete:
                _write(ix, prepared_documents(update), delete | (update - _existing(update)))
            marker.unlink(missing_ok=True)
    except BaseException:
        marker.unlink(missing_ok=True)
        if not (root.is_symlink() and root.resolve() == target.resolve()):
            import shutil

            shutil.rmtree(target, ignore_errors=True)
        raise
    store.remove_other_generations(root, keep=target)
    return count


def _existing(ids: set[int]) -> set[int]:
    return set(Report.objects.filter(pk__in=ids).values_list("pk", flat=True))


def optimize(root: Path) -> int:
    """Merge every segment into one, under the writer lock; returns the segments merged.

    Whoosh merges small segments at each commit; after many uploads a nightly merge
    (`manage.py optimize_index`, e.g. from cron) keeps searches from slowing down.
    """
    with store.writer_lock(root, timeout=300):
        ix = _open_live(root)
        segments = whoosh_adapter.segment_count(ix)
        if segments > 1:
            ix.optimize()
        return segments


def indexed_fingerprints(ix: Index) -> dict[int, str]:
    with ix.refresh().searcher() as searcher:
        return {int(f["django_id"]): f.get("fingerprint", "") for f in searcher.all_stored_fields()}
