"""Posting lists read a block at a time: which reports hold a term, and with what weight.

Whoosh's matchers step through postings one by one in Python (`all_ids`, a union or
intersection matcher: ~1 µs a posting, ~30 ms for a bigram in every one of 10,000
reports). A Whoosh 3 posting block already arrives as arrays of ids and weights, so
whole blocks go into a set or a sum at C speed. Deleted documents are not filtered
here: callers intersect with the searcher's live documents.
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Iterator
from io import BytesIO
from itertools import accumulate

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.system import _INT_SIZE, unpack_int


def blocks(matcher) -> Iterator[tuple]:
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
    pos, size = _INT_SIZE, len(raw)  # after the tag
    while pos < size:
        (length,) = unpack_int(raw[pos : pos + _INT_SIZE])
        pos += _INT_SIZE
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


def leaf_postings(searcher, field: str, text: str) -> Iterator[tuple[int, object]]:
    """(docnum offset, matcher) for each segment holding `text` in `field`."""
    for leaf, offset in searcher.leaf_searchers():
        try:
            yield offset, leaf.reader().postings(field, text)
        except TermNotFound:
            continue


def docs_with(searcher, field: str, text: str) -> set[int]:
    """Global docnums of the documents holding `text` in `field` (deleted ones too)."""
    found: set[int] = set()
    for offset, matcher in leaf_postings(searcher, field, text):
        _add(found, matcher, offset)
    return found


def docs_with_prefix(searcher, field: str, prefix: str) -> set[int]:
    """Global docnums of the documents holding any term of `field` starting with `prefix`."""
    found: set[int] = set()
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        for term in reader.expand_prefix(field, prefix):
            _add(found, reader.postings(field, term), offset)
    return found


def _add(found: set[int], matcher, offset: int) -> None:
    for ids, _weights in blocks(matcher):
        if offset:
            found.update(d + offset for d in ids)
        else:
            found.update(ids)  # from the array, in C
