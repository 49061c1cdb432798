"""Builders for reports in search tests: hand-made ParsedReports, and the five seeds."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from reports.ingest import save_report
from reports.models import Jurisdiction, Report
from reports.parsing.types import ParsedReport, ParsedSection

SEEDS_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
# file prefix → (jurisdiction code, year, doc type, level)
SEED_META = {
    "000": ("350700", 2023, "annual", "prefecture"),
    "001": ("420200", 2023, "annual", "prefecture"),
    "002": ("330424", 2023, "reply", "department"),
    "003": ("360704", 2020, "annual", "county"),
    "004": ("410328", 2023, "annual", "county"),
}
_HEADING = re.compile(r"^\s*([一二三四五六七八九十]+)、(.*)$")


def make_parsed(
    title: str,
    sections: list[tuple[str, str]] | None = None,
    *,
    preamble: str = "",
    code: str | None = None,
    year: int | None = 2023,
    doc_type: str = "annual",
    level: str = "",
    published: date | None = None,
) -> ParsedReport:
    sections = sections or []
    text = "\n".join([title, preamble, *(f"{h}\n{b}" for h, b in sections)])
    return ParsedReport(
        text=text,
        title=title,
        doc_type=doc_type,
        year=year,
        published=published,
        jurisdiction_code=code,
        level=level,
        preamble=preamble,
        sections=[
            ParsedSection(level=1, number=str(i), heading=h, body=b)
            for i, (h, b) in enumerate(sections, 1)
        ],
    )


def parse_seed(path: Path) -> ParsedReport:
    """A crude stand-in for the real parser: 一、 lines start sections; nothing is dropped."""
    code, year, doc_type, level = SEED_META[path.name[:3]]
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    title = next((ln for ln in lines[:12] if "报告" in ln or "答复" in ln), lines[0])[:300]
    preamble: list[str] = []
    sections: list[ParsedSection] = []
    for line in lines:
        match = _HEADING.match(line)
        if match:
            sections.append(ParsedSection(1, match.group(1), match.group(2)[:500]))
        elif sections:
            sections[-1].body += line + "\n"
        else:
            preamble.append(line)
    if not sections:  # one long line per paragraph: one section per line
        sections = [ParsedSection(1, str(i), "", ln) for i, ln in enumerate(preamble[1:], 1)]
        preamble = preamble[:1]
    return ParsedReport(
        text="\n".join(lines),
        title=title,
        doc_type=doc_type,
        year=year,
        jurisdiction_code=code,
        level=level,
        preamble="\n".join(preamble),
        sections=sections,
    )


@pytest.fixture
def make_report(django_capture_on_commit_callbacks):
    """Save a report and run the after-commit indexing."""

    def make(title: str, sections=None, **kwargs) -> Report:
        with django_capture_on_commit_callbacks(execute=True):
            return save_report(parsed=make_parsed(title, sections, **kwargs))

    return make


@pytest.fixture
def seeds(django_capture_on_commit_callbacks) -> dict[str, Report]:
    """The five seed files, saved and indexed; keyed by their 3-digit prefix."""
    saved = {}
    with django_capture_on_commit_callbacks(execute=True):
        for path in sorted(SEEDS_DIR.glob("*.txt")):
            saved[path.name[:3]] = save_report(parsed=parse_seed(path))
    return saved


def seed_texts() -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))}


def jurisdiction(code: str) -> Jurisdiction:
    return Jurisdiction.objects.get(code=code)


def write_index_documents(docs: list[dict], delete: set[int]) -> None:
    """Write prepared documents straight into the index, bypassing the signals (to put the
    index out of line with the database), on whichever engine the tests run."""
    from search import indexing

    indexing.backend().write_documents(docs, delete)
