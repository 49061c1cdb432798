"""Each report's normalised text, kept in the index for exact substring checks.

The `body` field is a Whoosh column (one value per document, written and merged with the
segment like any other column): the report's normalised text as UTF-16-LE, two bytes
per CJK character against UTF-8's three. A segment's values lie back to back in one
file region, so deciding "does report d contain this string" is one `find` over that
report's bytes, in C, instead of decoding bigram positions in Python (~40 µs a report).

Segments never change once written, so their texts are mapped once per process and
kept while a searcher uses the segment. The mapping is read-only and shared by every
worker through the page cache; a storage without a file to map gets a private copy.
"""

from __future__ import annotations

import logging
import mmap
import threading
import weakref
from array import array
from dataclasses import dataclass
from pathlib import Path

from whoosh import columns
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage, OverlayStorage

from search import whoosh_adapter

FIELD = "body"
COLUMN = columns.VarBytesColumn()
ENCODING = "utf-16-le"
# Part of every document's fingerprint: an index written before this format shows as
# stale in check_index.
FORMAT = "texts-utf16-pairs-2"
logger = logging.getLogger(__name__)


def encode(text: str) -> bytes:
    return text.encode(ENCODING)


@dataclass
class SegmentTexts:
    """The texts of one segment: document d is buffer[starts[d]:ends[d]]."""

    buffer: bytes | mmap.mmap
    starts: array
    ends: array

    def contains(self, docnum: int, needle: bytes) -> bool:
        start, end = self.starts[docnum], self.ends[docnum]
        find = self.buffer.find
        i = find(needle, start, end)
        # A match must start on a character boundary: an even distance from the start.
        while i >= 0 and (i - start) & 1:
            i = find(needle, i + 1, end)
        return i >= 0


# Shared by every searcher of this process while one of them holds the segment's texts.
_cache: weakref.WeakValueDictionary[tuple[str, str], SegmentTexts] = weakref.WeakValueDictionary()
_lock = threading.Lock()


def _mapped(reader, filename: str) -> tuple[mmap.mmap, int] | None:
    """The file on disk holding this segment's `filename`, mapped, and where it starts.

    A compound segment is mapped through the file handle its reader already holds, so a
    merge that deletes the file in between cannot pull it away.
    """
    storage = reader.storage()
    files, base = (storage.a, storage.b) if isinstance(storage, OverlayStorage) else (None, storage)
    if isinstance(files, CompoundStorage) and files.file_exists(filename):
        offset, _length = files.range(filename)
        source, raw = whoosh_adapter.compound_file(files)
        if source is not None:  # Whoosh mapped the segment itself (mmap storage)
            return source, offset
        # (raw: the segment file Whoosh opened)
        if raw is None or not hasattr(raw, "fileno"):
            return None
        return mmap.mmap(raw.fileno(), 0, access=mmap.ACCESS_READ), offset
    if type(base) is FileStorage and base.file_exists(filename):
        with open(Path(base.folder) / filename, "rb") as handle:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ), 0
    return None


def _load(reader) -> SegmentTexts | None:
    if not reader.has_column(FIELD):
        return None
    column = reader.column_reader(FIELD, COLUMN, translate=False)
    if not isinstance(column, columns.VarBytesColumn.Reader):
        return None
    offsets, lengths, basepos = whoosh_adapter.varbytes_layout(column)
    total = sum(lengths)
    located = _mapped(reader, W3Codec.column_filename(reader.segment(), FIELD)) if total else None
    buffer: bytes | mmap.mmap
    if located is not None:
        buffer, base = located[0], located[1] + basepos
    else:
        buffer = whoosh_adapter.varbytes_read(column, total) if total else b""
        base = 0
    starts = array("q", (base + o for o in offsets))
    ends = array("q", (s + n for s, n in zip(starts, lengths, strict=True)))
    return SegmentTexts(buffer, starts, ends)


def _key(reader) -> tuple[str, str]:
    storage = reader.storage()
    if isinstance(storage, OverlayStorage):
        storage = storage.b
    return str(getattr(storage, "folder", id(storage))), reader.segment().segment_id()


def segment_texts(reader) -> SegmentTexts | None:
    """The texts of a segment reader (None for a segment written without them)."""
    key = _key(reader)
    with _lock:
        found = _cache.get(key)
        if found is None:
            found = _load(reader)
            if found is not None:
                _cache[key] = found
        return found


class SearcherTexts:
    """The texts behind one searcher, addressed by its global docnums."""

    def __init__(self, searcher) -> None:
        self.leaves: list[tuple[int, int, SegmentTexts | None]] = []
        self._lengths: list[int] | None = None
        for leaf, offset in searcher.leaf_searchers():
            reader = leaf.reader()
            if reader.doc_count():  # (an empty index's reader has no segment)
                self.leaves.append((offset, reader.doc_count_all(), segment_texts(reader)))

    def containing(self, docs: set[int], text: str) -> set[int]:
        """The docnums in `docs` whose text contains `text`.

        In a segment without texts every candidate is kept: too many hits rather than a
        silently missing report, until the index is rewritten.
        """
        needle = encode(text)
        found: set[int] = set()
        for offset, size, texts in self.leaves:
            end = offset + size
            if texts is None:
                logger.warning("search index segment without report texts: run rebuild_index")
                found.update(d for d in docs if offset <= d < end)
                continue
            contains = texts.contains
            found.update(d for d in docs if offset <= d < end and contains(d - offset, needle))
        return found

    def lengths(self) -> list[int]:
        """Each document's text length in characters by global docnum, for BM25's length
        normalisation (0 in a segment without texts). Read once per searcher."""
        if self._lengths is None:
            size = max((offset + n for offset, n, _texts in self.leaves), default=0)
            found = [0] * size
            for offset, n, texts in self.leaves:
                if texts is not None:
                    found[offset : offset + n] = [
                        (e - s) // 2 for s, e in zip(texts.starts, texts.ends, strict=True)
                    ]
            self._lengths = found
        return self._lengths

    def segment_of(self, docnum: int) -> tuple[SegmentTexts, int] | None:
        """The texts of the segment holding a global docnum, and its docnum there (None
        in a segment without texts)."""
        for offset, n, texts in self.leaves:
            if offset <= docnum < offset + n:
                return None if texts is None else (texts, docnum - offset)
        return None
