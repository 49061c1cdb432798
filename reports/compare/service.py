"""The database side of comparing: a stored report → parts, and the pairs to compare."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch

from reports.compare.diff import Comparison, Part, compare_parts
from reports.compare.promises import (
    FollowUp,
    follow_up,
    is_plan_heading,
    passages_of,
    promises_of,
)
from reports.models import Report, Section, section_label

PREAMBLE = "preamble"


def _sections(report: Report) -> list[Section]:
    return list(report.sections.order_by("position"))


def report_parts(report: Report, sections: list[Section] | None = None) -> list[Part]:
    """The preamble (anchor "preamble") and every section, in reading order."""
    sections = _sections(report) if sections is None else sections
    parts = []
    preamble = report.preamble if sections else (report.preamble or report.text)
    if preamble:
        parts.append(Part(PREAMBLE, "导语" if sections else "正文", "", preamble))
    for s in sections:
        parts.append(
            Part(s.anchor, section_label(s.number, s.heading, s.position), s.heading, s.body)
        )
    return parts


def compare_reports(a: Report, b: Report) -> Comparison:
    return compare_parts(report_parts(a), report_parts(b))


@dataclass
class PromiseCheck:
    """`source`'s plan section, its promises, and where `target` reports on each."""

    source: Report
    target: Report | None
    plan: Section
    items: list[FollowUp]

    @property
    def reported(self) -> int:
        return sum(1 for item in self.items if item.found)


def _plan(sections: list[Section]) -> tuple[Section, list[Section]] | None:
    """The last plan section and all sections under it."""
    for k in range(len(sections) - 1, -1, -1):
        if is_plan_heading(sections[k].heading):
            plan, under = sections[k], []
            for s in sections[k + 1 :]:
                if s.level <= plan.level:
                    break
                under.append(s)
            return plan, under
    return None


def _children(plan: Section, under: list[Section]) -> list[tuple[str, str]]:
    """Direct subsections of the plan, each with the text of those under it."""
    items: list[tuple[str, str]] = []
    top = min((s.level for s in under), default=0)
    for s in under:
        if s.level == top:
            items.append((s.heading, s.body))
        elif items:
            heading, body = items[-1]
            items[-1] = (heading, "\n".join(x for x in (body, s.heading, s.body) if x))
    return items


def check_promises(
    source: Report,
    target: Report | None,
    *,
    source_sections: list[Section] | None = None,
    target_sections: list[Section] | None = None,
) -> PromiseCheck | None:
    """None when `source` has no plan section (or one without items). Sections already
    fetched (in position order) may be given, to save their queries."""
    found = _plan(_sections(source) if source_sections is None else source_sections)
    if found is None:
        return None
    plan, under = found
    promises = promises_of(plan.body, _children(plan, under))
    if not promises:
        return None
    passages = []
    if target is not None:
        sections = _sections(target) if target_sections is None else target_sections
        skip = set()
        target_plan = _plan(sections)
        if target_plan is not None:  # promising it again is not reporting on it
            skip = {target_plan[0].pk, *(s.pk for s in target_plan[1])}
        kept = [s for s in sections if s.pk not in skip]
        parts = report_parts(target, kept)
        passages = passages_of([(p.anchor, p.label, p.heading, p.body) for p in parts])
    return PromiseCheck(source, target, plan, follow_up(promises, passages))


def _neighbours(report: Report, candidates: list[Report] | None) -> dict[int, Report]:
    """The same place's annual reports of year - 1 and year + 1, by year, with their
    sections (two queries, none when `candidates` — the page's other years — has none)."""
    if report.jurisdiction_id is None or report.year is None:
        return {}
    years = (report.year - 1, report.year + 1)
    query = Report.objects.filter(
        jurisdiction_id=report.jurisdiction_id,
        subunit=report.subunit,
        year__in=years,
        doc_type=Report.DocType.ANNUAL,
    ).exclude(pk=report.pk)
    if candidates is not None:
        ids = [c.pk for c in candidates if c.year in years and c.doc_type == Report.DocType.ANNUAL]
        if not ids:
            return {}
        query = query.filter(pk__in=ids)
    ordered = Prefetch("sections", queryset=Section.objects.order_by("position"))
    found: dict[int, Report] = {}
    # Of two reports for one year, the latest published (then the newest) is the one.
    for other in sorted(
        query.prefetch_related(ordered), key=lambda r: (r.published or date.min, r.pk)
    ):
        if other.year is not None:
            found[other.year] = other
    return found


def promise_checks(
    report: Report,
    sections: list[Section] | None = None,
    candidates: list[Report] | None = None,
) -> list[PromiseCheck]:
    """For a report page: last year's promises looked up here, and this report's own
    promises looked up in next year's report (target None when there is none yet).
    `sections`: this report's, already fetched; `candidates`: the same place's other
    reports the page lists (only those are looked at)."""
    if report.doc_type != Report.DocType.ANNUAL or report.year is None:
        return []
    own = _sections(report) if sections is None else sections
    near = _neighbours(report, candidates)
    checks = []
    previous, following = near.get(report.year - 1), near.get(report.year + 1)
    if previous is not None:
        checks.append(
            check_promises(
                previous,
                report,
                source_sections=list(previous.sections.all()),
                target_sections=own,
            )
        )
    next_sections = list(following.sections.all()) if following is not None else None
    checks.append(
        check_promises(report, following, source_sections=own, target_sections=next_sections)
    )
    return [c for c in checks if c is not None]
