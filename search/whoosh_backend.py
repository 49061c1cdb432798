"""haystack's Whoosh backend with a lean Chinese schema, no mmap, and locked writes.

Differences from stock haystack 3.4 (each measured to matter on this machine):
* text fields use our jieba / bigram analyzers (search/analysis.py), never stemming;
* no spelling field (jieba would run twice) and no stored/sortable copy of the text;
* facet fields are single untokenized terms with a column (counts per value, not token);
* FileStorage(supports_mmap=False): with mmap Whoosh copied sub-files on every reader
  open (~4x slower queries);
* the index PATH is a symlink to a generation directory (search/store.py), re-resolved
  on every use so a rebuild's swap is picked up by every process;
* writes go through search.indexing (one cross-process writer, retried, after commit).
"""

from __future__ import annotations

import threading
from pathlib import Path

from haystack.backends import BaseEngine
from haystack.backends.whoosh_backend import WhooshSearchBackend, WhooshSearchQuery
from whoosh import formats
from whoosh import index as whoosh_index
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.fields import COLUMN, ID, NUMERIC, STORED, TEXT, FieldType, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.qparser import QueryParser

from search import bodies, store
from search.analysis import bigram_analyzer, jieba_analyzer, word_pair_analyzer

FACET_FIELDS = ("province", "prefecture", "county", "year", "level", "doc_type", "timeliness")


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
        province=ID(stored=True, sortable=True),
        prefecture=ID(stored=True, sortable=True),
        county=ID(stored=True, sortable=True),
        # GB/T 2260 codes from the province down to the report's place: `code=` filters on
        # it (reports under a place). Filter only, so postings without a column.
        codes=FieldType(formats.Existence(), SpaceSeparatedTokenizer()),
        year=ID(stored=True, sortable=True),
        level=ID(stored=True, sortable=True),
        doc_type=ID(stored=True, sortable=True),
        timeliness=ID(stored=True, sortable=True),
        published=NUMERIC(int, bits=32, sortable=True, signed=False),
        fingerprint=STORED(),
    )


class ChineseWhooshBackend(WhooshSearchBackend):
    include_spelling = False

    def __init__(self, connection_alias: str, **connection_options) -> None:
        super().__init__(connection_alias, **connection_options)
        self.include_spelling = False
        self._target: Path | None = None
        self._lock = threading.Lock()

    # -- where the index is ------------------------------------------------------------
    @property
    def root(self) -> Path:
        return Path(self.path)

    def setup(self) -> None:
        target = store.resolve(self.root)
        self.storage = FileStorage(str(target), supports_mmap=False)
        self.content_field_name, self.schema = "text", build_whoosh_schema()
        self.parser = QueryParser("text", schema=self.schema)
        try:
            self.index = self.storage.open_index(schema=self.schema)
        except whoosh_index.EmptyIndexError:
            with store.writer_lock(self.root):
                try:
                    self.index = self.storage.open_index(schema=self.schema)
                except whoosh_index.EmptyIndexError:
                    self.index = self.storage.create_index(self.schema)
        self._target = target
        self.setup_complete = True

    def build_schema(self, fields):  # haystack API; our schema is fixed
        return "text", build_whoosh_schema()

    def current_index(self) -> Index:
        """The live index, reopened if a rebuild swapped the generation directory."""
        with self._lock:
            live = None
            if self.root.is_symlink():
                live = self.root.parent / Path(self.root.readlink())
            if not self.setup_complete or (live is not None and live != self._target):
                self.setup()
            return self.index

    # -- writes: all through search.indexing (locked, journaled) -----------------------
    def update(self, index, iterable, commit: bool = True) -> None:
        from search import indexing

        ids = {int(obj.pk) for obj in iterable}
        if ids:
            indexing.apply_changes(update_ids=ids, delete_ids=set())

    def remove(self, obj_or_string, commit: bool = True) -> None:
        from search import indexing

        ident = obj_or_string if isinstance(obj_or_string, str) else f"x.x.{obj_or_string.pk}"
        indexing.apply_changes(update_ids=set(), delete_ids={int(ident.rsplit(".", 1)[1])})

    def clear(self, models=None, commit: bool = True) -> None:
        from search import indexing

        indexing.clear()


class ChineseWhooshEngine(BaseEngine):
    backend = ChineseWhooshBackend
    query = WhooshSearchQuery
