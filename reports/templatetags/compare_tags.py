"""Template tags of the compare feature, so report pages show it without view changes."""

from __future__ import annotations

from django import template

from reports.compare.service import PromiseCheck, promise_checks
from reports.models import Report, Section

register = template.Library()


def _flat(nodes: list) -> list[Section]:
    found = []
    for node in nodes:
        found.append(node.section)
        found += _flat(node.children)
    return found


@register.simple_tag
def report_promises(report: Report, nodes: list, others: list[Report]) -> list[PromiseCheck]:
    """Last year's promises looked up in `report`, and `report`'s own in next year's.

    `nodes`: the page's section tree (reports.views.common.section_tree), `others`: the
    same place's other reports the page lists; both already fetched, so a report without
    neighbouring years costs no query more.
    """
    return promise_checks(report, _flat(nodes), others)
