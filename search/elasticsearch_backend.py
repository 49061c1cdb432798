"""Elasticsearch 7 backend with a Chinese mapping (selected by SEARCH_ENGINE=elasticsearch).

Text fields use the smartcn analyzer (plugin analysis-smartcn) for words plus a CJK-bigram
sub-field for substring recall, mirroring the Whoosh schema; facets are `keyword`.
haystack's elasticsearch7 backend needs the `elasticsearch>=7,<8` client, imported lazily:
without it this module still imports (so the mapping can be inspected and tested) and the
backend raises MissingDependency when it is actually used. See search/ELASTICSEARCH.md.
"""

from __future__ import annotations

from typing import Any

from haystack.backends import BaseEngine, BaseSearchBackend
from haystack.exceptions import MissingDependency

CHINESE_ANALYSIS: dict[str, Any] = {
    "char_filter": {
        # Traditional → simplified needs the analysis-stconvert plugin; NFKC is icu_normalizer.
        "t2s": {"type": "stconvert", "convert_type": "t2s"},
    },
    "analyzer": {
        "zh_words": {
            "type": "custom",
            "char_filter": ["t2s"],
            "tokenizer": "smartcn_tokenizer",
            "filter": ["icu_normalizer", "lowercase"],
        },
        "zh_bigrams": {
            "type": "custom",
            "char_filter": ["t2s"],
            "tokenizer": "standard",  # one token per CJK character
            "filter": ["icu_normalizer", "lowercase", "zh_cjk_bigram"],
        },
    },
    "filter": {"zh_cjk_bigram": {"type": "cjk_bigram", "output_unigrams": True}},
}

TEXT_MAPPING: dict[str, Any] = {
    "type": "text",
    "analyzer": "zh_words",
    "fields": {"bigram": {"type": "text", "analyzer": "zh_bigrams"}},
}
KEYWORD_MAPPING: dict[str, Any] = {"type": "keyword"}


def chinese_mapping(fields: dict) -> tuple[str, dict[str, Any]]:
    """(content field name, properties) for haystack's search fields."""
    content = ""
    mapping: dict[str, Any] = {
        "django_ct": {"type": "keyword"},
        "django_id": {"type": "keyword"},
    }
    for field in fields.values():
        name = field.index_fieldname
        if field.document:
            content = name
        if name == "grams":
            continue  # the bigram sub-field of `text` does this job in Elasticsearch
        if hasattr(field, "facet_for"):
            entry = dict(KEYWORD_MAPPING)
        elif field.field_type == "integer":
            entry = {"type": "long"}
        elif field.field_type in ("date", "datetime"):
            entry = {"type": "date"}
        elif field.indexed is False:
            entry = {"type": "keyword", "index": False}
        else:
            entry = {**TEXT_MAPPING, "fields": dict(TEXT_MAPPING["fields"])}
        if field.boost != 1.0:
            entry["boost"] = field.boost
        mapping[name] = entry
    return content, mapping


def index_settings() -> dict[str, Any]:
    return {"settings": {"index": {"max_ngram_diff": 2}, "analysis": CHINESE_ANALYSIS}}


def _base_backend() -> type:
    try:
        from haystack.backends.elasticsearch7_backend import Elasticsearch7SearchBackend
    except (ImportError, MissingDependency):
        return _MissingClientBackend
    return Elasticsearch7SearchBackend


class _MissingClientBackend(BaseSearchBackend):
    """Stands in when the elasticsearch client is absent: the mapping works, I/O does not."""

    def __init__(self, connection_alias: str, **connection_options) -> None:
        super().__init__(connection_alias, **connection_options)
        self.index_name = connection_options.get("INDEX_NAME", "")

    def _missing(self, *args, **kwargs):
        raise MissingDependency(
            "SEARCH_ENGINE=elasticsearch needs the client: pip install 'elasticsearch>=7,<8'"
        )

    update = remove = clear = search = setup = _missing


class ChineseElasticsearchBackend(_base_backend()):
    """The same operations the search page and the index keeper use on Whoosh."""

    DEFAULT_SETTINGS = index_settings()

    def build_schema(self, fields):
        return chinese_mapping(fields)

    def run_search(self, parsed, *, filters, sort="relevance", page=1, per_page=20):
        from search.es_query import read_response, search_body
        from search.searching import SearchOutcome

        if not self.setup_complete:
            self.setup()
        body = search_body(parsed, filters=filters, sort=sort, page=page, per_page=per_page)
        ids, count, facets = read_response(self.conn.search(index=self.index_name, body=body))
        pages = max(1, -(-count // per_page))
        return SearchOutcome(
            ids=ids, count=count, page=min(page, pages), pages=pages, facets=facets
        )

    def apply_changes(self, *, update_ids, delete_ids) -> None:
        from search.documents import identifier, reports_for_indexing
        from search.search_indexes import ReportIndex

        if update_ids:
            self.update(ReportIndex(), list(reports_for_indexing(update_ids)))
        for pk in delete_ids:
            self.remove(identifier(pk))


def _query_class():
    try:
        from haystack.backends.elasticsearch7_backend import Elasticsearch7SearchQuery
    except (ImportError, MissingDependency):
        from haystack.backends import BaseSearchQuery

        return BaseSearchQuery
    return Elasticsearch7SearchQuery


class ChineseElasticsearchEngine(BaseEngine):
    backend = ChineseElasticsearchBackend
    query = _query_class()
