"""The Whoosh index's schema and its facet fields (the engine: search/whoosh_engine.py).

Against stock haystack 3.4's schema (each measured to matter on this machine):
* text fields use our jieba / bigram analyzers (search/analysis.py), never stemming;
* no spelling field (jieba would run twice) and no stored/sortable copy of the text;
* facet fields are single untokenized terms with a column (counts per value, not token).
"""

from __future__ import annotations

from whoosh import formats
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.fields import COLUMN, ID, NUMERIC, STORED, TEXT, FieldType, Schema

from search import bodies
from search.analysis import bigram_analyzer, jieba_analyzer, word_pair_analyzer
from search.facets import FACETS, Facet


def _filter_field(facet: Facet) -> FieldType:
    """A field of search.facets: a listed facet is one untokenized term with a column (its
    counts); a filter only (`codes`, GB/T 2260 codes from the province down to the
    report's place: `code=` finds reports under a place) has postings without a column."""
    if facet.listed:
        return ID(stored=True, sortable=True)
    return FieldType(formats.Existence(), SpaceSeparatedTokenizer())


def build_whoosh_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        django_ct=ID(stored=True),
        django_id=ID(stored=True),
        # No positions anywhere: the bigrams (which report has which) narrow a string
        # down, the text column (search/bodies.py) decides; jieba words rank.
        text=TEXT(analyzer=jieba_analyzer(), phrase=False),
        grams=FieldType(formats.Existence(), bigram_analyzer()),
        # Adjacent jieba words joined: which reports hold a two-word string for sure.
        pairs=FieldType(formats.Existence(), word_pair_analyzer()),
        heads=TEXT(analyzer=jieba_analyzer(), phrase=False),
        body=COLUMN(bodies.COLUMN),
        **{f.field: _filter_field(f) for f in FACETS},
        published=NUMERIC(int, bits=32, sortable=True, signed=False),
        fingerprint=STORED(),
    )
