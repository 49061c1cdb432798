"""A rebuild segment's postings, grouped by term as documents arrive, written a block at a
time.

Whoosh's SegmentWriter puts every posting into a pool as a 5-tuple, sorts them all (on
disk once the pool is full), and hands them one by one to the posting writer. With ~5,000
postings a report, that was most of a rebuild after jieba (at 5,000 reports a segment,
~25 ms a report). Documents arrive in docnum order, so each term's docnums are already
sorted: keeping them in an array per term leaves only the terms to sort, and a term's
postings can be handed to Whoosh's block writer a block (≤ 128 postings) at a time.

The segment written is the one Whoosh would write (tests/search/test_rebuild_postings.py
compares them); only the two formats our schema uses are buffered this way: Existence
(weight = field boost, no value) and Frequency (weight = frequency × field boost, value =
the packed frequency).
"""

from __future__ import annotations

from array import array

from whoosh import formats

from search import whoosh_adapter


def supported(schema) -> bool:
    """Whether every indexed field uses a format this buffer reproduces exactly."""
    return all(
        type(field.format) in (formats.Existence, formats.Frequency)
        for _name, field in schema.items()
        if field.indexed
    )


class PostingBuffer:
    def __init__(self, schema) -> None:
        self.schema = schema
        self.docs: dict[tuple[str, bytes], array] = {}
        self.freqs: dict[tuple[str, bytes], array] = {}  # Frequency fields only

    def add(self, fieldname: str, docnum: int, items) -> None:
        """A document's (tbytes, freq, weight, vbytes) items for one field."""
        docs = self.docs
        if type(self.schema[fieldname].format) is formats.Frequency:
            freqs = self.freqs
            for tbytes, freq, _weight, _vbytes in items:
                key = (fieldname, tbytes)
                found = docs.get(key)
                if found is None:
                    docs[key] = array("I", (docnum,))
                    freqs[key] = array("I", (freq,))
                else:
                    found.append(docnum)
                    freqs[key].append(freq)
        else:
            for item in items:
                key = (fieldname, item[0])
                found = docs.get(key)
                if found is None:
                    docs[key] = array("I", (docnum,))
                else:
                    found.append(docnum)

    def write(self, fieldwriter, lengths) -> None:
        """Every term, in order, through `fieldwriter` (a Whoosh 3 field writer)."""
        current = None
        length_of = None
        for key in sorted(self.docs):
            fieldname, tbytes = key
            if fieldname != current:
                if current is not None:
                    fieldwriter.finish_field()
                field = self.schema[fieldname]
                fieldwriter.start_field(fieldname, field)
                current, boost = fieldname, field.format.field_boost
                length_of = _lengths_of(lengths, fieldname) if field.scorable else None
            fieldwriter.start_term(tbytes)
            docs, freqs = self.docs.pop(key), self.freqs.pop(key, None)
            whoosh_adapter.write_term_blocks(fieldwriter, docs, freqs, boost, length_of)
            fieldwriter.finish_term()  # writes the last block, or inlines a short list
        if current is not None:
            fieldwriter.finish_field()


def _lengths_of(lengths, fieldname: str):
    def length_of(docnum: int) -> int:
        return lengths.doc_field_length(docnum, fieldname)

    return length_of
