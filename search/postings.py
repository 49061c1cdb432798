"""Posting lists read a block at a time: which reports hold a term, and with what weight.

Whoosh's matchers step through postings one by one in Python (`all_ids`, a union or
intersection matcher: ~1 µs a posting, ~30 ms for a bigram in every one of 10,000
reports). A Whoosh 3 posting block already arrives as arrays of ids and weights, so
whole blocks go into a set or a sum at C speed (read in search/whoosh_adapter.py). Deleted documents are not filtered
here: callers intersect with the searcher's live documents.
"""

from __future__ import annotations

from collections.abc import Iterator

from whoosh.reading import TermNotFound

from search import whoosh_adapter

blocks = whoosh_adapter.posting_blocks


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
