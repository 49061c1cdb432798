"""What the parser returns. Plain data: no Django, no ORM."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Values match reports.models.Report.DocType / Report.Level (kept as plain strings here so
# the parser imports nothing from Django).
DOC_TYPES = ("annual", "reply", "plan", "interpretation", "news", "other")
LEVELS = ("province", "prefecture", "county", "township", "department")


class ParseError(ValueError):
    """The input cannot become a report. The message is shown to the user, in Chinese."""


@dataclass
class ParsedSection:
    level: int  # 1 = 一、  2 = (一)  3 = 1. / 1、  4 = 1) / (1)
    number: str  # the label as printed: 一 / (一) / 1. / 1)
    heading: str  # run-in heading text, or the whole heading line
    body: str = ""
    children: list[ParsedSection] = field(default_factory=list)


@dataclass
class ParsedReport:
    text: str  # the cleaned full text, paragraphs separated by "\n"
    title: str = ""
    doc_type: str = "other"
    year: int | None = None
    published: date | None = None
    issuer: str = ""
    source_name: str = ""
    source_url: str = ""
    province: str | None = None  # full official names: 福建省 / 南平市 / 海盐县
    prefecture: str | None = None
    county: str | None = None
    jurisdiction_code: str | None = None  # the most specific of the three, six digits
    subunit: str = ""  # 海盐县司法局, 下洋镇
    level: str = ""  # one of LEVELS, or "" when unknown
    preamble: str = ""  # text before the first heading
    sections: list[ParsedSection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    file_kind: str = "txt"  # txt / html / docx / pdf
