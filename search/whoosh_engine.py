"""The Whoosh engine (the default SEARCH_ENGINE): haystack's Whoosh backend made the
search/engine.py interface.

Differences from stock haystack 3.4 (each measured to matter on this machine):
* a lean Chinese schema (search/whoosh_backend.py): jieba / bigram analyzers, no
  spelling field, facet fields as single untokenized terms with a column;
* FileStorage(supports_mmap=False): with mmap Whoosh copied sub-files on every reader
  open (~4x slower queries);
* the index PATH is a symlink to a generation directory (search/store.py), re-resolved
  on every use so a rebuild's swap is picked up by every process;
* searches are search/whoosh_search.py; writes are search/whoosh_index.py (one
  cross-process writer, retried, after commit); haystack's own search() is never used.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from haystack.backends import BaseEngine
from haystack.backends.whoosh_backend import WhooshSearchBackend, WhooshSearchQuery
from whoosh.filedb.filestore import FileStorage
from whoosh.index import EmptyIndexError, Index
from whoosh.qparser import QueryParser

from search import store, whoosh_index, whoosh_search
from search.engine import SearchOutcome
from search.query import ParsedQuery
from search.segments import analyse_document
from search.whoosh_backend import build_whoosh_schema


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
        except EmptyIndexError:
            with store.writer_lock(self.root):
                try:
                    self.index = self.storage.open_index(schema=self.schema)
                except EmptyIndexError:
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

    # -- search/engine.py: reads -------------------------------------------------------
    def run_search(
        self,
        parsed: ParsedQuery,
        *,
        filters: dict[str, list[str]],
        sort: str = "relevance",
        page: int = 1,
        per_page: int = 20,
    ) -> SearchOutcome:
        return whoosh_search.run(
            self.current_index(), parsed, filters=filters, sort=sort, page=page, per_page=per_page
        )

    def count(self, parsed: ParsedQuery, filters: dict[str, list[str]]) -> int:
        return whoosh_search.count(self.current_index(), parsed, filters)

    def indexed_fingerprints(self) -> dict[int, str]:
        return whoosh_index.indexed_fingerprints(self.current_index())

    def warm(self) -> None:
        whoosh_search.warm(self.current_index())

    # -- search/engine.py: writes (locked, journaled) ----------------------------------
    def apply_changes(self, *, update_ids: Iterable[int], delete_ids: Iterable[int]) -> None:
        whoosh_index.apply_changes(self.root, update_ids=update_ids, delete_ids=delete_ids)

    def defer_changes(self, *, update_ids: Iterable[int], delete_ids: Iterable[int]) -> None:
        whoosh_index.defer_changes(self.root, update_ids=update_ids, delete_ids=delete_ids)

    def write_deferred(self) -> None:
        whoosh_index.write_deferred(self.root)

    def write_documents(self, docs: list[dict], delete_ids: Iterable[int]) -> None:
        prepared = [analyse_document(doc) for doc in docs]
        # As given: no merge, which would index the merged reports from the database.
        whoosh_index.commit_documents(
            self.root, prepared, {int(i) for i in delete_ids}, merge=False
        )

    def rebuild(self, *, progress: bool = True, procs: int | None = None) -> int:
        return whoosh_index.rebuild(self.root, progress=progress, procs=procs)

    def clear(self, models=None, commit: bool = True) -> None:
        whoosh_index.clear(self.root)

    def optimize(self) -> int:
        return whoosh_index.optimize(self.root)

    # -- haystack's writing API (its update_index command): the same writer ------------
    def update(self, index, iterable, commit: bool = True) -> None:
        ids = {int(obj.pk) for obj in iterable}
        if ids:
            self.apply_changes(update_ids=ids, delete_ids=set())

    def remove(self, obj_or_string, commit: bool = True) -> None:
        ident = obj_or_string if isinstance(obj_or_string, str) else f"x.x.{obj_or_string.pk}"
        self.apply_changes(update_ids=set(), delete_ids={int(ident.rsplit(".", 1)[1])})


class ChineseWhooshEngine(BaseEngine):
    backend = ChineseWhooshBackend
    query = WhooshSearchQuery
