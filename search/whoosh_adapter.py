"""Every use of Whoosh's private names, in one place, with a check that they still exist.

The speed of the search side rests on reading and writing Whoosh 3's on-disk structures
directly: posting lists a block at a time (search/postings.py), the report texts as one
mapped buffer per segment (search/bodies.py), a rebuild's postings handed to the block
writer whole (search/bulk_postings.py) and segments written by forked workers
(search/segments.py). None of that has a public API, so it is written against one
release, pinned in pyproject.toml (whoosh-reloaded==2.7.5). `check()` writes and reads a
tiny index the way the site does and names any attribute an installed Whoosh lacks; it
runs as a Django system check (manage.py check, runserver, migrate, check --deploy) and
in tests/search/test_whoosh_adapter.py.
"""

from __future__ import annotations

import mmap
import pickle
import tempfile
import zlib
from array import array
from collections.abc import Iterator
from io import BytesIO
from itertools import accumulate

from whoosh import columns, formats, system
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.codec import whoosh3
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.fields import COLUMN, TEXT, FieldType, Schema
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex
from whoosh.matching.wrappers import FilterMatcher
from whoosh.system import pack_uint, unpack_int
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

INT_SIZE = 4  # whoosh.system._INT_SIZE: the posting file's block length prefix
CHECKED_RELEASE = "2.7.5"


# -- the index -----------------------------------------------------------------------------
def segments(ix) -> list:
    """The index's segments (whoosh.codec.base.Segment), as its table of contents lists them."""
    return list(ix._segments())


def segment_count(ix) -> int:
    return len(segments(ix))


# -- posting lists, a block at a time ------------------------------------------------------
def posting_blocks(matcher) -> Iterator[tuple]:
    """(ids, weights) of each posting block of a leaf matcher."""
    if isinstance(matcher, FilterMatcher):  # the deletions filter: the caller does that
        matcher = matcher.child
    if isinstance(matcher, W3LeafMatcher) and not matcher._byteids:
        yield from _w3_blocks(matcher)
        return
    while matcher.is_active():  # an inlined short list, or another codec
        yield (matcher.id(),), (matcher.weight(),)
        matcher.next()


def _w3_blocks(matcher: W3LeafMatcher) -> Iterator[tuple]:
    """Whoosh 3's on-disk blocks, parsed from one read of the whole posting list.

    The layout W3PostingsWriter writes: a 4-byte tag, then per block a signed length
    (negative for the last block), a pickled info tuple (count, max id, max weight,
    compression, min/max length) and the pickled (ids as deltas, weights, values) data.
    Whoosh's own matcher reads each info tuple with pickle.load on a sub-file (~20 small
    reads a block) and undoes the deltas in a Python generator.
    """
    total = matcher._length
    if isinstance(total, tuple):  # W3TermInfo.from_bytes leaves it unpacked: (n,)
        total = total[0]
    raw = matcher._postfile.get(matcher._startoffset, total)
    pos, size = INT_SIZE, len(raw)  # after the tag
    while pos < size:
        (length,) = unpack_int(raw[pos : pos + INT_SIZE])
        pos += INT_SIZE
        end = pos + abs(length)
        stream = BytesIO(raw[pos:end])
        count, _maxid, _maxweight, compression, _mn, _mx = pickle.load(stream)
        data = raw[pos + stream.tell() : end]
        ids, weights, _values = pickle.loads(zlib.decompress(data) if compression else data)
        if weights is None:
            weights = (1.0,) * count
        elif isinstance(weights, float):
            weights = (weights,) * count
        yield tuple(accumulate(ids)), weights
        if length < 0:
            return
        pos = end


# -- a segment's column values as one buffer -----------------------------------------------
def compound_file(files: CompoundStorage) -> tuple[mmap.mmap | None, object]:
    """(Whoosh's own map of a compound segment or None, the file object it opened)."""
    return files._source, getattr(files._file, "file", None)


def varbytes_layout(column: columns.VarBytesColumn.Reader) -> tuple[array, array, int]:
    """A VarBytesColumn reader's value offsets and lengths, and where its data starts."""
    return column._offsets, column._lengths, column._basepos


def varbytes_read(column: columns.VarBytesColumn.Reader, total: int) -> bytes:
    return column._dbfile.get(column._basepos, total)


# -- the rebuild's writer -----------------------------------------------------------------
class _Lengths:
    """doc_field_length from memory (Whoosh's own reads the length column per posting)."""

    def __init__(self) -> None:
        self.values: dict[tuple[int, str], int] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        return self.values.get((docnum, fieldname), default)

    def close(self) -> None:
        pass


class PreparedWriter(SegmentWriter):
    """A SegmentWriter fed with analysed fields (add_prepared), same segment contents.

    `buffer` (search/bulk_postings.PostingBuffer) groups postings by term instead of
    Whoosh's sorted pool; None keeps the pool.
    """

    def __init__(self, ix, buffer=None, **kwargs) -> None:
        super().__init__(ix, **kwargs)
        self._lengths = _Lengths()
        self._buffer = buffer

    def add_prepared(self, doc: dict, items: dict) -> None:
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

    def finalize_segment(self):
        """Write this worker's segment without committing (the parent commits them all)."""
        return self._finalize_segment()


def commit_segments(ix, segments: list) -> None:
    """Commit a table of contents naming the segments forked workers wrote."""
    writer = SegmentWriter(ix)
    try:
        writer._close_segment()
        writer._commit_toc(segments)
        writer._finish()
    except BaseException:
        writer.cancel()
        raise


def write_term_blocks(fieldwriter, docs: array, freqs: array | None, boost: float, length_of):
    """Hand one term's postings (docnums ascending) to a Whoosh 3 field writer's posting
    writer a block at a time, each block as add_posting() would have built it."""
    writer = fieldwriter._postwriter
    limit = writer._blocklimit
    for start in range(0, len(docs), limit):
        if start:
            writer._write_block()  # (also starts the next, empty block)
        _fill_block(writer, docs[start : start + limit], freqs, start, boost, length_of)


def _fill_block(writer, ids: array, freqs: array | None, start: int, boost: float, length_of):
    writer._ids = ids
    if freqs is None:
        writer._weights = array("f", [boost]) * len(ids)
        writer._values = []
    else:
        chunk = freqs[start : start + len(ids)]
        writer._weights = array("f", chunk if boost == 1.0 else [f * boost for f in chunk])
        writer._values = [pack_uint(f) for f in chunk]
    writer._maxweight = max(writer._weights)
    if length_of is not None:
        found = [n for n in map(length_of, ids) if n]
        writer._minlength = min(found) if found else None
        writer._maxlength = max(found) if found else 0


# -- the self-check ------------------------------------------------------------------------
def _need(missing: list[str], obj, names: tuple[str, ...]) -> None:
    owner = obj if isinstance(obj, type) else type(obj)
    for name in names:
        if not hasattr(obj, name):
            missing.append(f"{owner.__module__}.{owner.__qualname__}.{name}")


def check(buffer_factory=None) -> list[str]:
    """The private Whoosh names this module uses that the installed Whoosh lacks ([] when
    all are there), found by writing and reading a two-segment index in a temporary
    directory as a rebuild and a search do. `buffer_factory(schema)` is the rebuild's
    posting buffer (search/bulk_postings.PostingBuffer), passed in to keep imports one-way.
    """
    missing: list[str] = []
    if getattr(system, "_INT_SIZE", None) != INT_SIZE:
        missing.append("whoosh.system._INT_SIZE (== 4)")
    _need(missing, FileIndex, ("_segments",))
    _need(missing, SegmentWriter, ("_check_state", "_close_segment", "_commit_toc", "_finish"))
    _need(missing, SegmentWriter, ("_finalize_segment", "_flush_segment"))
    _need(missing, whoosh3.W3PostingsWriter, ("_write_block",))
    if missing:
        return missing
    schema = Schema(
        words=TEXT(phrase=False),
        grams=FieldType(formats.Existence(), SpaceSeparatedTokenizer()),
        body=COLUMN(columns.VarBytesColumn()),
    )
    try:
        with tempfile.TemporaryDirectory(prefix="whoosh-check-") as folder:
            return _round_trip(FileStorage(folder, supports_mmap=False), schema, buffer_factory)
    except AttributeError as error:  # a name used on an object the checks above missed
        return [f"{type(error.obj).__module__}.{type(error.obj).__qualname__}.{error.name}"]


def _round_trip(storage: FileStorage, schema: Schema, buffer_factory) -> list[str]:
    missing: list[str] = []
    ix = storage.create_index(schema)
    probe = SegmentWriter(ix)
    _need(missing, probe, ("perdocwriter", "fieldwriter", "pool", "docnum", "_added"))
    probe.fieldwriter.start_field("grams", schema["grams"])
    probe.fieldwriter.start_term(b"probe")
    _need(missing, probe.fieldwriter, ("_postwriter",))
    if not missing:
        names = ("_blocklimit", "_ids", "_weights", "_values", "_maxweight")
        _need(missing, probe.fieldwriter._postwriter, (*names, "_minlength", "_maxlength"))
    probe.cancel()
    if missing:
        return missing
    # Two workers' segments of 150 documents: more postings than one block (128).
    segments = []
    for first in (0, 150):
        buffer = buffer_factory(schema) if buffer_factory else None
        writer = PreparedWriter(ix, buffer=buffer, _lk=False)
        for n in range(first, first + 150):
            items = {
                "words": [(b"word", 2, 2.0, pack_uint(2))],
                "grams": [(b"gram", 1, 1.0, b"")] + ([(b"odd", 1, 1.0, b"")] if n % 2 else []),
            }
            writer.add_prepared({"body": f"{n}".encode()}, items)
        segments.append(writer.finalize_segment())
    commit_segments(ix, segments)
    ix = storage.open_index()
    if segment_count(ix) != 2:
        missing.append("whoosh.index.FileIndex._segments (the segments written)")
    with ix.searcher() as searcher:
        for leaf, offset in searcher.leaf_searchers():
            reader = leaf.reader()
            matcher = reader.postings("grams", "odd")
            _need(missing, matcher, ("_byteids", "_length", "_postfile", "_startoffset"))
            if missing:
                return missing
            blocks = [d for ids, _w in posting_blocks(matcher) for d in ids]
            if blocks != list(reader.postings("grams", "odd").all_ids()):
                missing.append("whoosh.codec.whoosh3.W3LeafMatcher (the posting block layout)")
            column = reader.column_reader("body", schema["body"].column_type, translate=False)
            _need(missing, column, ("_offsets", "_lengths", "_basepos", "_dbfile"))
            storage_of = reader.storage()
            files = getattr(storage_of, "a", None)
            if isinstance(files, CompoundStorage):
                _need(missing, files, ("_source", "_file"))
            if not missing:
                offsets, lengths, _base = varbytes_layout(column)
                raw = varbytes_read(column, sum(lengths))
                texts = [raw[o : o + n] for o, n in zip(offsets, lengths, strict=True)]
                if texts[:2] != [f"{offset}".encode(), f"{offset + 1}".encode()]:
                    missing.append("whoosh.columns.VarBytesColumn.Reader (the value layout)")
    return missing
