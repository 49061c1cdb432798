"""{% report_citation report as citation %}: the GB/T 7714 citation of a report page."""

from __future__ import annotations

from django import template

from reports.citation import citation_for
from reports.models import Report

register = template.Library()


@register.simple_tag(takes_context=True)
def report_citation(context, report: Report) -> str:
    return citation_for(report, context["request"])


@register.simple_tag(takes_context=True)
def report_permalink(context, report: Report) -> str:
    return context["request"].build_absolute_uri(report.get_absolute_url())
