"""The stock haystack SearchIndex of the comparison (only bench.stock_settings loads it)."""

from __future__ import annotations

from django.db.models import Prefetch
from haystack import indexes
from jieba.analyse import ChineseAnalyzer

from reports.models import Report, Section


def full_text(report: Report) -> str:
    sections = list(report.sections.all())
    return "\n".join(
        part
        for part in (
            report.title,
            *(s.heading for s in sections if s.heading),
            report.preamble,
            *(s.body for s in sections),
        )
        if part
    )


class StockReportIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True, analyzer=ChineseAnalyzer())
    title = indexes.CharField(model_attr="title")
    province = indexes.CharField(faceted=True, null=True)
    year = indexes.CharField(faceted=True, null=True)
    level = indexes.CharField(faceted=True, null=True)
    doc_type = indexes.CharField(model_attr="doc_type", faceted=True)
    published = indexes.DateField(model_attr="published", null=True)

    def get_model(self):
        return Report

    def index_queryset(self, using=None):
        sections = Section.objects.only("id", "report_id", "heading", "body", "position")
        return (
            Report.objects.with_places()
            .prefetch_related(Prefetch("sections", queryset=sections.order_by("position")))
            .order_by("pk")
        )

    def prepare_text(self, obj: Report) -> str:
        return full_text(obj)

    def prepare_province(self, obj: Report):
        province = obj.places()["province"]
        return province.name if province else None

    def prepare_year(self, obj: Report):
        return str(obj.year) if obj.year else None

    def prepare_level(self, obj: Report):
        return obj.level or None
