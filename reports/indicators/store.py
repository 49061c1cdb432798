"""Writing a report's indicators: the one function save_report, the command and tests call."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F

from reports.indicators.extract import Found, extract
from reports.models import Indicator, Report, Section


@transaction.atomic
def extract_and_store(*, report: Report) -> list[Indicator]:
    """Extract the report's indicators again and store them.

    Values staff corrected or rejected are kept (matched by indicator, sentence and number
    as written) as long as their sentence is still in the text; the others are replaced.
    """
    found = extract(report.text, year=report.year)
    sections = list(Section.objects.filter(report=report).order_by("position"))
    kept = {
        (row.key, row.evidence, row.text): row
        for row in Indicator.objects.filter(report=report).exclude(
            status=Indicator.Status.EXTRACTED
        )
    }
    Indicator.objects.filter(report=report, status=Indicator.Status.EXTRACTED).delete()
    # Kept rows move out of the text's range first, so that saving them at their new
    # offsets never meets another kept row's old one (indicator_unique_number).
    Indicator.objects.filter(pk__in=[row.pk for row in kept.values()]).update(
        number_start=F("number_start") + len(report.text) + 1
    )
    rows: list[Indicator] = []
    for item in found:
        section = _section_of(report.text, sections, item)
        fields = {
            "value": item.value,
            "unit": item.unit,
            "number_start": item.number_start,
            "number_offset": item.number_start - item.start,
            "section": section,
            "anchor": section.anchor if section else "",
        }
        row = kept.pop((item.key, item.evidence, item.text), None)
        if row is None:
            row = Indicator(report=report, key=item.key, text=item.text, evidence=item.evidence)
        for name, value in fields.items():
            setattr(row, name, value)
        rows.append(row)
    # A staff decision about a sentence the text no longer holds has nothing to point at.
    Indicator.objects.filter(pk__in=[row.pk for row in kept.values()]).delete()
    for row in rows:
        row.save()
    return rows


def _section_of(text: str, sections: list[Section], item: Found) -> Section | None:
    """The section whose body holds the sentence, else the last one whose heading comes
    before it in the text (a sentence in a run-in heading)."""
    for section in sections:
        if item.evidence in section.body:
            return section
    best, cursor = None, 0
    for section in sections:
        title = section.heading or section.number
        at = text.find(title, cursor) if title else -1
        if at < 0:
            continue
        if at > item.start:
            break
        best, cursor = section, at + len(title)
    return best
