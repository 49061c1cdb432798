"""A full rebuild's segments: jieba and Whoosh's analysis, then the postings written.

Each rebuild process runs jieba and Whoosh's per-field analysis (term → encoded
positions) for its slice of the reports and adds the ready postings straight to its own
segment; `search.indexing.rebuild` swaps the finished generation in.
"""

from __future__ import annotations

import os
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.writing import SegmentWriter

from reports.models import Report
from search.analysis import bigram_terms, pretokenized, warm_up, word_pairs, words_of
from search.bulk_postings import PostingBuffer
from search.bulk_postings import supported as bulk_supported
from search.documents import iter_documents, whoosh_fields
from search.whoosh_backend import build_whoosh_schema

# Below this many reports one process does it all: forking costs more than it saves.
POOL_THRESHOLD = 200


def build_into(target: Path, progress: bool, procs: int | None) -> int:
    warm_up()  # before any fork: children inherit jieba's dictionary
    ix = FileStorage(str(target), supports_mmap=False).create_index(build_whoosh_schema())
    ids = list(Report.objects.order_by("pk").values_list("pk", flat=True))
    if procs is None:
        procs = min(2, os.cpu_count() or 1) if len(ids) >= POOL_THRESHOLD else 1
    if procs <= 1:
        return _write_segment(ix, ids, progress)
    return _write_segments_in_parallel(ix, ids, procs, progress)


def _write_segment(ix: Index, ids: list[int], progress: bool) -> int:
    from tqdm import tqdm

    writer = PreparedWriter(ix, limitmb=256)
    try:
        with tqdm(total=len(ids), unit="份", disable=not progress, desc="重建索引") as bar:
            for chunk in _chunks(ids):
                for prepared in _analyse_ids(chunk):
                    writer.add_prepared(*prepared)
                bar.update(len(chunk))
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    return len(ids)


def _write_segments_in_parallel(ix: Index, ids: list[int], procs: int, progress: bool) -> int:
    """Each of `procs` forked processes analyses a slice of the reports and writes it as a
    segment of its own; this process then commits the table of contents naming them all.

    The writer's work (pooling, sorting, encoding postings) was the serial half of the
    build; split this way it runs on every core, as Whoosh's own multisegment writer does.
    """
    import multiprocessing

    from django.db import connections
    from tqdm import tqdm

    connections.close_all()
    size = -(-len(ids) // procs)
    slices = [ids[i : i + size] for i in range(0, len(ids), size)]
    context = multiprocessing.get_context("fork")
    messages = context.Queue()  # inherited by the children: ("progress", n) / ("segment", s)
    children = [
        context.Process(
            target=_segment_worker,
            args=(str(ix.storage.folder), ix.indexname, part, messages),
            daemon=True,
        )
        for part in slices
    ]
    for child in children:
        child.start()
    segments = []
    try:
        with tqdm(total=len(ids), unit="份", disable=not progress, desc="重建索引") as bar:
            while len(segments) < len(children):
                kind, value = messages.get(timeout=3600)
                if kind == "progress":
                    bar.update(value)
                elif kind == "segment":
                    segments.append(value)
                else:
                    raise RuntimeError(f"rebuild worker failed:\n{value}")
    finally:
        for child in children:
            child.join(timeout=60)
            if child.is_alive():
                child.kill()
    writer = SegmentWriter(ix)
    try:
        writer._close_segment()
        writer._commit_toc(segments)
        writer._finish()
    except BaseException:
        writer.cancel()
        raise
    return len(ids)


def _segment_worker(folder: str, indexname: str, ids: list[int], messages) -> None:
    import traceback

    _worker_init()
    try:
        ix = FileStorage(folder, supports_mmap=False).open_index(indexname)
        writer = PreparedWriter(ix, _lk=False, limitmb=256)
        for chunk in _chunks(ids):
            for prepared in _analyse_ids(chunk):
                writer.add_prepared(*prepared)
            messages.put(("progress", len(chunk)))
        messages.put(("segment", writer._finalize_segment()))
    except BaseException:
        messages.put(("error", traceback.format_exc()))


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


# -- the rebuild's pipeline --------------------------------------------------------------
# Each rebuild process runs jieba and Whoosh's per-field analysis (term → frequency)
# for its slice and adds the ready postings straight to its own segment.
# Measured at 1,000 reports: 76 s with one writer fed by a pool of analysers, 54 s with
# two writers (the writer's share was about half of the work).
CHUNK = 25


def _analyse(doc: dict) -> tuple[dict, dict]:
    """A document → (its small fields, {field: [(tbytes, freq, weight, vbytes)]})."""
    schema = _worker_schema()
    items = {}
    words = words_of(doc["text"])  # jieba once: the words and their pairs
    doc["text"] = pretokenized(words)
    doc.pop("pairs")
    items["pairs"] = existence_items(word_pairs(words))
    for name in ("text", "grams", "heads"):
        value = doc.pop(name)
        if not value:
            items[name] = []
        elif name == "grams":
            items[name] = existence_items(bigram_terms(value))
        else:
            items[name] = list(schema[name].index(value))
    return doc, items


def existence_items(terms: list[str]) -> list[tuple[bytes, int, float, bytes]]:
    """What an Existence field's `index()` gives for these terms (each once, weight 1, no
    value), without a Whoosh token per term: the bigrams and pairs are most postings."""
    return [(term.encode("utf-8"), 1, 1.0, b"") for term in set(terms) if term]


_schema_cache: list = []


def _worker_schema():
    if not _schema_cache:
        _schema_cache.append(build_whoosh_schema())
    return _schema_cache[0]


def _analyse_ids(ids: list[int]) -> list[tuple[dict, dict]]:
    return [_analyse(whoosh_fields(doc)) for doc in iter_documents(ids)]


def _worker_init() -> None:
    from django.db import connections

    # The parent's database connection must not be shared: each worker opens its own.
    for conn in connections.all(initialized_only=True):
        conn.inc_thread_sharing()
        conn.connection = None
        conn.dec_thread_sharing()


class _Lengths:
    """doc_field_length from memory (Whoosh's own reads the length column per posting)."""

    def __init__(self) -> None:
        self.values: dict[tuple[int, str], int] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        return self.values.get((docnum, fieldname), default)

    def close(self) -> None:
        pass


class PreparedWriter(SegmentWriter):
    """A SegmentWriter fed with analysed fields (add_prepared), same segment contents."""

    def __init__(self, ix: Index, **kwargs) -> None:
        super().__init__(ix, **kwargs)
        self._lengths = _Lengths()
        # Postings grouped by term instead of Whoosh's sorted pool (search/bulk_postings.py).
        self._buffer = PostingBuffer(self.schema) if bulk_supported(self.schema) else None

    def add_prepared(self, doc: dict, items: dict) -> None:
        from whoosh.util.numeric import byte_to_length, length_to_byte

        self._check_state()
        schema = self.schema
        docnum = self.docnum
        perdocwriter = self.perdocwriter
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in sorted([*doc, *items]):
                field = schema[fieldname]
                value = doc.get(fieldname)
                length = 0
                if fieldname in items or (value is not None and field.indexed):
                    postings = items[fieldname] if fieldname in items else list(field.index(value))
                    if field.scorable:
                        length = sum(item[1] for item in postings)
                    self._add_postings(fieldname, docnum, postings)
                elif value is None:
                    continue
                perdocwriter.add_field(fieldname, field, value if field.stored else None, length)
                if length:
                    byte = length_to_byte(length)
                    if byte:
                        self._lengths.values[(docnum, fieldname)] = byte_to_length(byte)
                column = field.column_type
                if column and value is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_postings(self, fieldname: str, docnum: int, postings: list) -> None:
        if self._buffer is not None:
            self._buffer.add(fieldname, docnum, postings)
            return
        add_post = self.pool.add
        for tbytes, _freq, weight, vbytes in postings:
            add_post((fieldname, tbytes, docnum, weight, vbytes))

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        if self._buffer is not None:
            self._buffer.write(self.fieldwriter, self._lengths)
        else:
            self.fieldwriter.add_postings(self.schema, self._lengths, self.pool.iter_postings())
        self.fieldwriter.close()
