"""The OpenSearch backend (SEARCH_ENGINE=opensearch): a small haystack backend on opensearch-py.

Why not haystack's own elasticsearch7 backend: it needs elasticsearch-py 7.x, which from
7.14 on refuses any server that is not Elastic's, and whose last accepting release (7.13)
pins urllib3 below 2 for the whole project; its setup also creates the index with
`ignore=400`, so a mapping the cluster refuses is silently replaced by an automatic one.
This backend owns its index definition (search/ELASTICSEARCH.md):

* the index is created with our analysis and a *strict* mapping before any document is
  written; a refused mapping, an index that exists under our name without it, or a
  document field outside it is an error, never a fallback;
* the live index is an alias onto a generation (`<name>_<time>`): a rebuild fills a new
  generation and swaps the alias in one request, like Whoosh's generation directories;
* writes refresh the index, so a report is searchable when its transaction's after-commit
  write returns (as with Whoosh);
* the search page's query, facet counts and page are one request (search/es_query.py).

Documents are search.documents.build_document's, with the texts normalised here too, so
the engine never depends on how the caller prepared them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from haystack.backends import BaseEngine, BaseSearchBackend, BaseSearchQuery

from search.analysis import normalize
from search.facets import BY_FIELD as FACET_BY_FIELD

log = logging.getLogger(__name__)

# Overlapping character pairs (every character: CJK, Latin, digits, punctuation, spaces)
# for exact substring matching; single characters (no positions needed) for one-character
# terms; smartcn words for ranking. The texts arrive normalised (NFKC, simplified, lower
# case: search.analysis.normalize), so no ICU / stconvert plugin is needed.
CHINESE_ANALYSIS: dict[str, Any] = {
    "tokenizer": {
        "zh_pairs": {"type": "ngram", "min_gram": 2, "max_gram": 2},
        "zh_chars": {"type": "ngram", "min_gram": 1, "max_gram": 1},
    },
    "analyzer": {
        "zh_words": {"type": "custom", "tokenizer": "smartcn_tokenizer", "filter": ["lowercase"]},
        "zh_bigrams": {"type": "custom", "tokenizer": "zh_pairs"},
        "zh_chars": {"type": "custom", "tokenizer": "zh_chars"},
    },
}

TEXT_MAPPING: dict[str, Any] = {
    "type": "text",
    "analyzer": "zh_words",
    "fields": {
        "bigram": {"type": "text", "analyzer": "zh_bigrams", "norms": False},
        "char": {"type": "text", "analyzer": "zh_chars", "index_options": "docs", "norms": False},
    },
}
HEADS_MAPPING: dict[str, Any] = {"type": "text", "analyzer": "zh_words"}
KEYWORD_MAPPING: dict[str, Any] = {"type": "keyword"}
# Fields of search.documents.build_document that the engine does not index.
NOT_MAPPED = {"id", "grams"}
MARKER = "fazhi_reports"  # in the mapping's _meta: this index was created by this backend


def chinese_mapping(fields: dict) -> tuple[str, dict[str, Any]]:
    """(content field name, properties) for haystack's search fields."""
    content = ""
    mapping: dict[str, Any] = {
        "django_ct": {"type": "keyword"},
        "django_id": {"type": "keyword"},
        "pk": {"type": "long"},  # a stable tie-break for sorting
    }
    for field in fields.values():
        name = field.index_fieldname
        if field.document:
            content = name
        if name in NOT_MAPPED:
            continue
        if name in FACET_BY_FIELD or hasattr(field, "facet_for"):
            # The facets and filters of search/facets.py: exact terms, aggregated.
            entry = dict(KEYWORD_MAPPING)
        elif field.field_type == "integer":
            entry = {"type": "long"}
        elif field.indexed is False:
            entry = {"type": "keyword", "index": False, "doc_values": False}
        elif name == "text":
            entry = {**TEXT_MAPPING, "fields": dict(TEXT_MAPPING["fields"])}
        else:
            entry = dict(HEADS_MAPPING)
        mapping[name] = entry
    return content, mapping


def index_body(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "settings": {
            "index": {
                # One shard: exact facet counts and totals, and plenty for 100,000 reports.
                "number_of_shards": 1,
                "number_of_replicas": 0,
                # Deep pages of a broad query stay reachable, as on Whoosh.
                "max_result_window": 1_000_000,
            },
            "analysis": CHINESE_ANALYSIS,
        },
        "mappings": {
            "dynamic": "strict",
            "_meta": {"created_by": MARKER},
            "properties": properties,
        },
    }


def engine_document(doc: dict[str, Any]) -> dict[str, Any]:
    """build_document's fields as sent to the engine: mapped fields only, empty facet values
    dropped (an empty string would be a facet value of its own), texts normalised."""
    out = {k: v for k, v in doc.items() if k not in NOT_MAPPED and v not in ("", [], None)}
    if not doc.get("published"):
        out.pop("published", None)  # 0 = unknown: missing, so that it sorts last both ways
    out["text"] = normalize(doc.get("text") or "")
    out["heads"] = normalize(doc.get("heads") or "")
    out["pk"] = int(doc["django_id"])
    return out


class OpenSearchBackend(BaseSearchBackend):
    """The search/engine.py interface on an OpenSearch node."""

    def __init__(self, connection_alias: str, **connection_options) -> None:
        super().__init__(connection_alias, **connection_options)
        try:
            from opensearchpy import OpenSearch
        except ImportError as error:  # a declared dependency: only a broken install lacks it
            raise ImproperlyConfigured("SEARCH_ENGINE=opensearch needs opensearch-py") from error
        if not connection_options.get("URL"):
            raise ImproperlyConfigured("SEARCH_ENGINE=opensearch needs OPENSEARCH_URL")
        self.setup_complete = False
        self.index_name: str = connection_options.get("INDEX_NAME", "fazhi_reports")
        self.conn = OpenSearch(
            [connection_options["URL"]],
            timeout=connection_options.get("TIMEOUT", 30),
            **connection_options.get("KWARGS", {}),
        )

    # -- the index definition ----------------------------------------------------------
    def build_schema(self, fields):
        return chinese_mapping(fields)

    def _index_body(self) -> dict[str, Any]:
        from haystack import connections

        fields = connections[self.connection_alias].get_unified_index().all_searchfields()
        return index_body(self.build_schema(fields)[1])

    def _create_generation(self, *, alias: str | None, name: str | None = None) -> str:
        """A new empty index with our mapping (under the alias if one is given)."""
        name = name or f"{self.index_name}_{time.time_ns()}"
        body = self._index_body()
        if alias:
            body["aliases"] = {alias: {}}
        self.conn.indices.create(index=name, body=body)  # any refusal raises
        return name

    def _generations(self) -> list[str]:
        """The indices the live alias points at ([] when there is none yet)."""
        if not self.conn.indices.exists_alias(name=self.index_name):
            return []
        return sorted(self.conn.indices.get_alias(name=self.index_name))

    def setup(self) -> None:
        """Make sure the live alias exists and points at an index with our mapping."""
        live = self._generations()
        if not live:
            if self.conn.indices.exists(index=self.index_name):
                raise ImproperlyConfigured(
                    f"OpenSearch index {self.index_name!r} exists but was not created by this "
                    "backend (an automatic mapping?): delete it, then run rebuild_index"
                )
            try:
                # A fixed first name: of workers starting together, one creates it and
                # the others are refused (never two generations under the alias).
                self._create_generation(alias=self.index_name, name=f"{self.index_name}_0")
            except Exception:
                if not self._generations():  # not merely another process being first
                    raise
            live = self._generations()
        meta = self.conn.indices.get_mapping(index=live[0])[live[0]]["mappings"].get("_meta", {})
        if meta.get("created_by") != MARKER:
            raise ImproperlyConfigured(f"OpenSearch index {live[0]!r} lacks our mapping")
        self.setup_complete = True

    def _live(self) -> str:
        if not self.setup_complete:
            self.setup()
        return self.index_name

    # -- writes ------------------------------------------------------------------------
    def _bulk(self, index: str, actions: list[dict[str, Any]], refresh: bool) -> None:
        from opensearchpy import helpers

        if not actions:
            return
        _ok, errors = helpers.bulk(
            self.conn, actions, index=index, refresh=refresh, raise_on_error=False, chunk_size=200
        )
        errors = [e for e in errors if "delete" not in e or e["delete"].get("status") != 404]
        if errors:
            raise RuntimeError(f"OpenSearch refused {len(errors)} document(s): {errors[:3]}")

    def _write(self, index: str, objs: Iterable, delete_ids: Iterable[int], refresh: bool) -> int:
        from search.documents import build_document

        return self._write_documents(index, [build_document(r) for r in objs], delete_ids, refresh)

    def _write_documents(
        self, index: str, docs: list[dict], delete_ids: Iterable[int], refresh: bool
    ) -> int:
        from search.documents import identifier

        actions: list[dict[str, Any]] = [
            {"_op_type": "delete", "_id": identifier(pk)} for pk in delete_ids
        ]
        actions += [
            {"_op_type": "index", "_id": doc["id"], "_source": engine_document(doc)} for doc in docs
        ]
        self._bulk(index, actions, refresh)
        return len(docs)

    def write_documents(self, docs: list[dict], delete_ids: Iterable[int]) -> None:
        """Write build_document-style documents as given (search.indexing.commit_documents
        for this engine: what check_index's tests use to put the index out of line)."""
        self._write_documents(self._live(), docs, delete_ids, refresh=True)

    def apply_changes(self, *, update_ids: Iterable[int], delete_ids: Iterable[int]) -> None:
        from search.documents import reports_for_indexing

        delete = {int(i) for i in delete_ids}
        objs = list(reports_for_indexing({int(i) for i in update_ids} - delete))
        # An id to update that is gone from the database was deleted meanwhile.
        gone = delete | ({int(i) for i in update_ids} - delete - {o.pk for o in objs})
        self._write(self._live(), objs, sorted(gone), refresh=True)

    def defer_changes(self, *, update_ids: Iterable[int], delete_ids: Iterable[int]) -> None:
        self.apply_changes(update_ids=update_ids, delete_ids=delete_ids)  # a bulk write is cheap

    def write_deferred(self) -> None:
        pass  # nothing is deferred

    def optimize(self) -> int:
        return 0  # the node merges its segments itself

    def warm(self) -> None:
        pass  # a request opens nothing that lasts

    def count(self, parsed, filters: dict[str, list[str]]) -> int:
        return self.run_search(parsed, filters=filters, per_page=1).count

    def update(self, index, iterable, commit: bool = True) -> None:
        """Index these reports (from search.documents.reports_for_indexing)."""
        self._write(self._live(), list(iterable), (), refresh=commit)

    def remove(self, obj_or_string, commit: bool = True) -> None:
        ident = obj_or_string if isinstance(obj_or_string, str) else f"x.x.{obj_or_string.pk}"
        self._write(self._live(), (), [int(ident.rsplit(".", 1)[1])], refresh=commit)

    def clear(self, models=None, commit: bool = True) -> None:
        """Swap in an empty generation (atomic, like the Whoosh backend's clear)."""
        self._swap_in(self._create_generation(alias=None))

    def _swap_in(self, new: str) -> None:
        old = self._generations()
        if not old and self.conn.indices.exists(index=self.index_name):
            raise ImproperlyConfigured(
                f"OpenSearch index {self.index_name!r} was not created by this backend: delete it"
            )
        actions: list[dict[str, Any]] = [{"add": {"index": new, "alias": self.index_name}}]
        actions += [{"remove_index": {"index": name}} for name in old]
        self.conn.indices.update_aliases(body={"actions": actions})
        self.setup_complete = False

    def rebuild(self, *, progress: bool = False, procs: int | None = None) -> int:
        """Fill a new generation from the database, swap it in, delete the old one."""
        from search.documents import reports_for_indexing

        since = _now()
        new = self._create_generation(alias=None)
        try:
            # No refreshes while filling: one at the end.
            self.conn.indices.put_settings(index=new, body={"index": {"refresh_interval": "-1"}})
            count = 0
            batch: list = []
            for report in reports_for_indexing().iterator(chunk_size=200):
                batch.append(report)
                if len(batch) == 200:
                    count += self._write(new, batch, (), refresh=False)
                    batch = []
            count += self._write(new, batch, (), refresh=False)
            self.conn.indices.put_settings(index=new, body={"index": {"refresh_interval": "1s"}})
            self.conn.indices.refresh(index=new)
            self._swap_in(new)
        except BaseException:
            self.conn.indices.delete(index=new, ignore=[404])
            raise
        self._catch_up(since)
        return count

    def _catch_up(self, since) -> None:
        """Changes committed while the rebuild read the database went to the old
        generation: write the reports saved since the start again, drop deleted ones."""
        from reports.models import Report
        from search.documents import reports_for_indexing

        changed = list(reports_for_indexing().filter(updated__gte=since))
        gone = set(self.indexed_fingerprints()) - set(Report.objects.values_list("pk", flat=True))
        self._write(self._live(), changed, gone, refresh=True)

    # -- reads -------------------------------------------------------------------------
    def indexed_fingerprints(self) -> dict[int, str]:
        """{report id: fingerprint} of every indexed document (for check_index)."""
        from opensearchpy import helpers

        index = self._live()
        self.conn.indices.refresh(index=index)
        hits = helpers.scan(
            self.conn,
            index=index,
            query={"query": {"match_all": {}}, "_source": ["django_id", "fingerprint"]},
            size=1000,
        )
        return {int(h["_source"]["django_id"]): h["_source"].get("fingerprint", "") for h in hits}

    def run_search(self, parsed, *, filters, sort="relevance", page=1, per_page=20):
        """searching.run for this engine: one request, repeated for the last page when
        `page` is past the end."""
        from search.engine import SearchOutcome
        from search.es_query import read_response, relax_units, search_body
        from search.matching import RELAX_BELOW

        index = self._live()

        def ask(page: int, relax: list | None):
            body = search_body(
                parsed, filters=filters, sort=sort, page=page, per_page=per_page, relax=relax
            )
            return read_response(self.conn.search(index=index, body=body))

        page, relax = max(page, 1), None
        ids, count, facets = ask(page, None)
        units = relax_units(parsed) if count < RELAX_BELOW and not parsed.is_empty else None
        if units:
            # Words mode found too little: all but one word, if that lists more.
            wider = ask(page, units)
            if wider[1] > count:
                (ids, count, facets), relax = wider, units
        pages = max(1, -(-count // per_page))
        if page > pages:
            page = pages
            ids, count, facets = ask(page, relax)
        return SearchOutcome(
            ids=ids,
            count=count,
            page=page,
            pages=pages,
            facets=facets,
            relaxed=relax is not None,
            words=[label for label, _clause in relax or []],
            min_words=len(relax) - 1 if relax else 0,
        )

    def search(self, query_string, **kwargs):
        raise NotImplementedError(
            "haystack's SearchQuerySet is not used by this project: search.searching.run"
        )


def _now():
    from django.utils import timezone

    return timezone.now()


class OpenSearchEngine(BaseEngine):
    backend = OpenSearchBackend
    query = BaseSearchQuery


# The names this module had when it targeted Elasticsearch 7 (SEARCH_ENGINE=elasticsearch).
ChineseElasticsearchBackend = OpenSearchBackend
ChineseElasticsearchEngine = OpenSearchEngine
