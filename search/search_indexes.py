"""The haystack index: one document per report. Field values come from search.documents.

The field declarations matter for the Elasticsearch mapping (search/elasticsearch_backend.py);
the Whoosh schema is fixed in search/whoosh_backend.py.
"""

from __future__ import annotations

from typing import Any

from haystack import indexes
from haystack.fields import FacetMultiValueField

from reports.models import Report
from search.documents import build_document, reports_for_indexing
from search.facets import FACETS

# The facet and filter fields, one per search.facets entry (keywords in the Elasticsearch
# mapping): a base class, because haystack reads fields from a class's namespace.
_FacetFields: Any = type(indexes.SearchIndex)(
    "_FacetFields",
    (indexes.SearchIndex,),
    {
        "__module__": __name__,
        **{
            f.field: FacetMultiValueField() if f.multi else indexes.FacetCharField() for f in FACETS
        },
    },
)


class ReportIndex(_FacetFields, indexes.Indexable):
    text = indexes.CharField(document=True)  # title + headings + preamble + bodies (jieba)
    grams = indexes.CharField()  # the same text, CJK bigrams (recall)
    heads = indexes.CharField(boost=3.0)  # title + headings (ranking)
    # province … timeliness: from _FacetFields (search/facets.py)
    published = indexes.IntegerField()  # yyyymmdd, 0 when unknown (sort key)
    fingerprint = indexes.CharField(indexed=False)

    def get_model(self) -> type[Report]:
        return Report

    def index_queryset(self, using=None):
        return reports_for_indexing()

    def prepare(self, obj: Report) -> dict:
        self.prepared_data = build_document(obj)
        return self.prepared_data
