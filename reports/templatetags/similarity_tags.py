"""{% similar_reports report as similar %}: the report page's "相似报告" (other places only)."""

from __future__ import annotations

from dataclasses import dataclass

from django import template

from reports.models import Report, SimilarPair

register = template.Library()

SHOWN = 10


@dataclass(frozen=True)
class Similar:
    report: Report
    similarity: float

    @property
    def percent(self) -> int:
        return round(self.similarity * 100)


@register.simple_tag
def similar_reports(report: Report, limit: int = SHOWN) -> list[Similar]:
    """The reports of other places that share most of `report`'s distinctive text."""
    pairs = SimilarPair.objects.of(report.pk).select_related("other", "other__jurisdiction")
    if report.jurisdiction_id is not None:
        pairs = pairs.exclude(other__jurisdiction_id=report.jurisdiction_id)
    return [Similar(p.other, p.similarity) for p in pairs[:limit]]
