"""The haystack index: one document per report. Field values come from search.documents.

The field declarations matter for the Elasticsearch mapping (search/elasticsearch_backend.py);
the Whoosh schema is fixed in search/whoosh_backend.py.
"""

from __future__ import annotations

from haystack import indexes
from haystack.fields import FacetMultiValueField

from reports.models import Report
from search.documents import build_document, reports_for_indexing


class ReportIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True)  # title + headings + preamble + bodies (jieba)
    grams = indexes.CharField()  # the same text, CJK bigrams (recall)
    heads = indexes.CharField(boost=3.0)  # title + headings (ranking)
    province = indexes.FacetCharField()
    prefecture = indexes.FacetCharField()  # "" where the report has none
    county = indexes.FacetCharField()
    codes = FacetMultiValueField()  # GB/T 2260 codes, province down (`code=` filter)
    year = indexes.FacetCharField()
    level = indexes.FacetCharField()
    doc_type = indexes.FacetCharField()
    timeliness = indexes.FacetCharField()  # reports.timeliness: on_time / late / unknown
    published = indexes.IntegerField()  # yyyymmdd, 0 when unknown (sort key)
    fingerprint = indexes.CharField(indexed=False)

    def get_model(self) -> type[Report]:
        return Report

    def index_queryset(self, using=None):
        return reports_for_indexing()

    def prepare(self, obj: Report) -> dict:
        self.prepared_data = build_document(obj)
        return self.prepared_data
