"""Template tags of the compare feature, so report pages show it without view changes."""

from __future__ import annotations

from django import template

from reports.compare.service import PromiseCheck, promise_checks
from reports.models import Report

register = template.Library()


@register.simple_tag
def report_promises(report: Report) -> list[PromiseCheck]:
    """Last year's promises looked up in `report`, and `report`'s own in next year's."""
    return promise_checks(report)
