"""Snippets for the results page, computed at render time from the database sections.

Only the 20 reports on the page are read (their sections in one query, as plain rows:
building ~800 model instances was a fifth of a results page's time); each
section is scored by how often the query terms occur in it (headings count more), and
a ~120-character window around the first hit of the best sections is escaped and marked.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from reports.models import Report, Section, section_label
from search.analysis import normalize_chars
from search.highlight import highlight_html, match_spans

WINDOW = 120
LEAD = 40  # characters shown before the first hit


@dataclass
class Snippet:
    section: str  # the section's label (number + heading)
    anchor: str
    html: SafeString

    def as_dict(self) -> dict[str, str]:
        return {"section": self.section, "anchor": self.anchor, "html": str(self.html)}


@dataclass(frozen=True)
class SectionText:
    number: str
    heading: str
    body: str
    position: int
    anchor: str

    def __str__(self) -> str:
        return section_label(self.number, self.heading, self.position)


def sections_of(report_ids: list[int]) -> dict[int, list[SectionText]]:
    """Each report's sections in order, for report_snippets."""
    found: dict[int, list[SectionText]] = {}
    rows = (
        Section.objects.filter(report_id__in=report_ids)
        .order_by("report_id", "position")
        .values_list("report_id", "number", "heading", "body", "position", "anchor")
    )
    for report_id, number, heading, body, position, anchor in rows:
        found.setdefault(report_id, []).append(SectionText(number, heading, body, position, anchor))
    return found


def _window(text: str, terms: list[str]) -> SafeString:
    text = " ".join(text.split())
    start = 0
    if terms:
        # The first hit of any term (what match_spans' first span starts with), without
        # finding every hit of a long section.
        folded = normalize_chars(text)
        hits = [at for at in (folded.find(n) for n in _needles(terms)) if at >= 0]
        start = max(0, min(hits) - LEAD) if hits else 0
    end = min(len(text), start + WINDOW)
    start = max(0, min(start, end - WINDOW))
    piece = highlight_html(text[start:end], terms)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(escape(prefix) + piece + escape(suffix))


def _needles(terms: list[str]) -> set[str]:
    """The terms as match_spans looks for them."""
    return {normalize_chars(t.strip()) for t in terms if t and t.strip()}


def report_snippets(
    report: Report, sections: list[SectionText], terms: list[str], limit: int = 3
) -> list[Snippet]:
    """Up to `limit` snippets from the best-matching of the report's `sections`."""
    needles = [normalize_chars(t) for t in terms if t]
    scored = []
    for section in sections:
        heading = normalize_chars(section.heading)
        body = normalize_chars(section.body)
        score = sum(3 * heading.count(n) + body.count(n) for n in needles)
        if score:
            scored.append((-score, section.position, section))
    if not needles:
        # No query (faceted browse): the opening of the report.
        text = report.preamble or (sections[0].body if sections else "")
        if not text:
            return []
        first = sections[0] if sections and not report.preamble else None
        return [
            Snippet(
                str(first) if first else "导语", first.anchor if first else "", _window(text, [])
            )
        ]
    scored.sort(key=lambda item: item[:2])
    out = []
    for _, _, section in scored[:limit]:
        text = section.body or section.heading  # a heading alone matched: show it
        out.append(Snippet(str(section), section.anchor, _window(text, terms)))
    if not out and report.preamble and match_spans(report.preamble, needles):
        out.append(Snippet("导语", "", _window(report.preamble, terms)))
    return out
