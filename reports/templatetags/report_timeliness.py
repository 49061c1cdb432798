"""{% report_timeliness report as t %}: the report's reports.timeliness.Timeliness (or None),
so that the report page's include needs nothing from the view."""

from __future__ import annotations

from django import template

from reports.timeliness import Timeliness, of_report

register = template.Library()


@register.simple_tag
def report_timeliness(report) -> Timeliness | None:
    return of_report(report)
