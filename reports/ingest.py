"""Writing a parsed report: the one function the admin, the import command and the tests call."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction

from reports import similarity_store
from reports.indicators.store import extract_and_store
from reports.models import Jurisdiction, Report, Section
from reports.parsing.types import ParsedReport, ParsedSection

_WHITESPACE = re.compile(r"\s+")


class DuplicateReport(Exception):
    """The same text is already stored; `existing` is that report."""

    def __init__(self, existing: Report) -> None:
        super().__init__(f"该报告已存在：{existing.title}（编号 {existing.pk}）")
        self.existing = existing


def content_hash(text: str) -> str:
    """Fingerprint of the report text, blind to whitespace so a re-scrape is still a duplicate.

    Taken on the NFKC form: a copy printed with full-width punctuation is the same report
    (and reports stored before the text was kept as printed keep their fingerprint).
    """
    folded = unicodedata.normalize("NFKC", text)
    return hashlib.sha256(_WHITESPACE.sub("", folded).encode("utf-8")).hexdigest()


def find_duplicate(text: str) -> Report | None:
    return Report.objects.filter(content_hash=content_hash(text)).first()


@dataclass(frozen=True)
class FlatSection:
    level: int
    number: str
    heading: str
    body: str
    parent_index: int | None  # index into the flattened list


def flatten_sections(sections: Iterable[ParsedSection]) -> list[FlatSection]:
    """Depth-first list of the tree, each node pointing at its parent's index."""
    flat: list[FlatSection] = []

    def walk(nodes: Iterable[ParsedSection], parent: int | None, depth: int) -> None:
        for node in nodes:
            level = min(max(node.level, depth), 4)
            flat.append(FlatSection(level, node.number[:16], node.heading[:500], node.body, parent))
            walk(node.children, len(flat) - 1, level + 1)

    walk(sections, None, 1)
    return flat


def anchor_for(path: list[int]) -> str:
    """s1, s1-2, s1-2-3: the position among siblings at each depth, stable for a given outline."""
    return "s" + "-".join(str(n) for n in path)


@transaction.atomic
def save_report(
    *,
    parsed: ParsedReport,
    original: bytes | None = None,
    original_name: str = "",
    jurisdiction: Jurisdiction | None = None,
    corrected_fields: Iterable[str] = (),
    replacing: Report | None = None,
) -> Report:
    """Store `parsed` and its section tree in one transaction.

    `jurisdiction` overrides the parser's code (the admin preview lets staff correct it);
    `corrected_fields` names the fields staff changed from what the parser gave.
    `replacing` re-derives that stored report from `parsed` instead (reparse_reports),
    leaving its `corrected_fields` as they are.
    Raises DuplicateReport when the same text is already stored (as another report).
    """
    if replacing is not None:
        return _rederive(replacing, parsed)
    digest = content_hash(parsed.text)
    existing = Report.objects.filter(content_hash=digest).first()
    if existing is not None:
        raise DuplicateReport(existing)
    if jurisdiction is None and parsed.jurisdiction_code:
        jurisdiction = Jurisdiction.objects.filter(code=parsed.jurisdiction_code).first()
    year = plausible_year(parsed)

    report = Report(
        title=parsed.title[:300] or "（无标题）",
        doc_type=parsed.doc_type or Report.DocType.OTHER,
        year=year,
        published=parsed.published,
        issuer=parsed.issuer[:200],
        jurisdiction=jurisdiction,
        subunit=parsed.subunit[:100],
        level=parsed.level,
        source_name=parsed.source_name[:200],
        source_url=parsed.source_url[:1000],
        preamble=parsed.preamble,
        text=parsed.text,
        content_hash=digest,
        warnings=list(parsed.warnings),
        corrected_fields=sorted(set(corrected_fields)),
        original_name=original_name[:255],
        original_suffix=(parsed.file_kind or "txt")[:8],
    )
    try:
        # A savepoint, so that a concurrent insert of the same text surfaces as a duplicate.
        with transaction.atomic():
            report.save()
    except IntegrityError:
        existing = Report.objects.filter(content_hash=digest).first()
        if existing is None:
            raise
        raise DuplicateReport(existing) from None
    _save_sections(report, parsed.sections)
    extract_and_store(report=report)  # indicators (reports/indicators/)
    similarity_store.schedule_update(report)  # near-duplicates, after commit (issue 16)
    if original is not None:
        # Last, so that nothing after it can fail and leave the file without its row.
        report.original.save("original", ContentFile(original), save=True)
    return report


# The report fields the parser derives, as model field names ("jurisdiction" is the code).
PARSED_FIELDS = (
    "title",
    "doc_type",
    "year",
    "published",
    "issuer",
    "jurisdiction",
    "subunit",
    "level",
    "source_name",
    "preamble",
    "text",
)
SECTIONS = "sections"  # the outline, as a whole


YEARS = (1990, 2100)  # the range the database accepts (report_year_plausible)


def plausible_year(parsed: ParsedReport) -> int | None:
    """The parsed year, or None (with a warning) when it is outside YEARS: a year the
    parser read from a cited 1978 or 1963 must not make the database refuse the page."""
    year = parsed.year
    if year is not None and not YEARS[0] <= year <= YEARS[1]:
        parsed.warnings.append(f"报告年度 {year} 不在 {YEARS[0]}–{YEARS[1]} 之间，已留空")
        parsed.year = year = None
    return year


def mark_corrected(current: Iterable[str] | None, changed: Iterable[str]) -> list[str]:
    """`current` plus the parser-derived fields among `changed` (a form's changed_data)."""
    names = set(current or []) | {n for n in changed if n in PARSED_FIELDS or n == SECTIONS}
    return sorted(names)


def parsed_values(parsed: ParsedReport) -> dict[str, object]:
    """What save_report would store for each of PARSED_FIELDS (jurisdiction as its code)."""
    return {
        "title": parsed.title[:300] or "（无标题）",
        "doc_type": parsed.doc_type or Report.DocType.OTHER,
        "year": parsed.year if parsed.year is None or YEARS[0] <= parsed.year <= YEARS[1] else None,
        "published": parsed.published,
        "issuer": parsed.issuer[:200],
        "jurisdiction": parsed.jurisdiction_code or None,
        "subunit": parsed.subunit[:100],
        "level": parsed.level,
        "source_name": parsed.source_name[:200],
        "preamble": parsed.preamble,
        "text": parsed.text,
    }


def stored_values(report: Report) -> dict[str, object]:
    values = {name: getattr(report, name) for name in PARSED_FIELDS if name != "jurisdiction"}
    values["jurisdiction"] = report.jurisdiction.code if report.jurisdiction else None
    return values


def outline(sections: Iterable[ParsedSection]) -> list[tuple]:
    """The section tree as comparable rows (level, number, heading, body, parent index)."""
    return [
        (s.level, s.number, s.heading, s.body, s.parent_index) for s in flatten_sections(sections)
    ]


def stored_outline(report: Report) -> list[tuple]:
    rows = list(report.sections.order_by("position"))
    index = {row.pk: i for i, row in enumerate(rows)}
    return [
        (
            r.level,
            r.number,
            r.heading,
            r.body,
            None if r.parent_id is None else index.get(r.parent_id),
        )
        for r in rows
    ]


def _rederive(stale: Report, parsed: ParsedReport) -> Report:
    """save_report's update: the report's fields from a new parse, but those staff
    corrected. The index follows after commit (search/signals.py)."""
    plausible_year(parsed)
    report = Report.objects.select_for_update().get(pk=stale.pk)
    keep = set(report.corrected_fields or [])
    new, old = parsed_values(parsed), stored_values(report)
    changed = [name for name in PARSED_FIELDS if name not in keep and new[name] != old[name]]
    for name in changed:
        if name == "jurisdiction":
            code = new[name]
            report.jurisdiction = Jurisdiction.objects.filter(code=code).first() if code else None
        else:
            setattr(report, name, new[name])
    if "text" in changed:
        digest = content_hash(report.text)
        other = Report.objects.filter(content_hash=digest).exclude(pk=report.pk).first()
        if other is not None:
            raise DuplicateReport(other)
        report.content_hash = digest
    warnings = list(parsed.warnings)
    if warnings != report.warnings:
        report.warnings = warnings
        changed.append("warnings")
    sections_changed = SECTIONS not in keep and outline(parsed.sections) != stored_outline(report)
    if changed:
        try:
            with transaction.atomic():  # a concurrent insert of the same text: a duplicate
                report.save()
        except IntegrityError:
            other = Report.objects.filter(content_hash=report.content_hash).first()
            if other is None or other.pk == report.pk:
                raise
            raise DuplicateReport(other) from None
    if sections_changed:
        replace_sections(report, parsed.sections)
    extract_and_store(report=report)  # indicators (reports/indicators/)
    if changed or sections_changed:
        similarity_store.schedule_update(report)  # near-duplicates, after commit
    return report


def replace_sections(report: Report, sections: Iterable[ParsedSection]) -> None:
    with transaction.atomic():
        report.sections.all().delete()
        _save_sections(report, sections)


def _save_sections(report: Report, sections: Iterable[ParsedSection]) -> None:
    flat = flatten_sections(sections)
    saved: list[Section] = []
    child_counts: dict[int | None, int] = {}
    paths: list[list[int]] = []
    for position, node in enumerate(flat, start=1):
        child_counts[node.parent_index] = child_counts.get(node.parent_index, 0) + 1
        parent_path = paths[node.parent_index] if node.parent_index is not None else []
        path = [*parent_path, child_counts[node.parent_index]]
        paths.append(path)
        section = Section(
            report=report,
            parent=saved[node.parent_index] if node.parent_index is not None else None,
            level=node.level,
            number=node.number,
            heading=node.heading,
            body=node.body,
            position=position,
            anchor=anchor_for(path),
        )
        section.save()
        saved.append(section)
