"""A reproducible synthetic corpus: N reports recombined from the seed reports' sections.

The five seeds (fixtures/seeds/*.txt) are parsed with the real parser
(reports.parsing.parse_text). Each generated report gets a real jurisdiction from the
divisions table and a year in 2019–2025; its preamble comes from one seed and its
sections are recombined from all seeds' second-level blocks (heading, body and
sub-sections), with the seed's own place name and years replaced by the new ones.
Reports are ~6,100 characters on average, like the seeds. The same (n, seed) always
gives the same reports.

`load(n, seed)` writes them with bulk inserts (the same rows save_report would write,
without firing the per-report indexing signals): index them afterwards with rebuild.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
YEARS = tuple(range(2019, 2026))
MEAN_CHARS = 5600  # block granularity overshoots: ~6,100 on average
_NUMERALS = "一二三四五六七八九十"


def numeral(i: int) -> str:
    """1 → 一 … 10 → 十, 11 → 十一 … 99."""
    if i <= 10:
        return _NUMERALS[i - 1]
    tens, ones = divmod(i, 10)
    return ("" if tens == 1 else _NUMERALS[tens - 1]) + "十" + (_NUMERALS[ones - 1] if ones else "")


@dataclass
class Block:
    """One section and its sub-sections, as text templates ({place}, {year}, {next})."""

    heading: str
    body: str
    children: list[Block] = field(default_factory=list)

    def size(self) -> int:
        return len(self.heading) + len(self.body) + sum(c.size() for c in self.children)


@dataclass
class SeedPool:
    preambles: list[str]
    top_headings: list[str]  # first top-level headings (主要做法与成效 …)
    blocks: list[Block]  # second-level blocks of the first top-level section
    closings: list[Block]  # the other top-level sections (问题, 下一步计划 …)


def _template(text: str, names: list[str], year: int | None) -> str:
    """Replace the seed's place names and years with placeholders."""
    for name in sorted(set(names), key=len, reverse=True):
        text = text.replace(name, "{place}")
    if year:
        text = re.sub(
            rf"(?<!\d)({year}|{year + 1})(?=年)",
            lambda m: "{year}" if m.group(1) == str(year) else "{next}",
            text,
        )
    return text.replace("{", "\x01").replace("}", "\x02")  # protect literal braces


def _fill(text: str, place: str, year: int) -> str:
    return (
        text.replace("\x01place\x02", place)
        .replace("\x01year\x02", str(year))
        .replace("\x01next\x02", str(year + 1))
        .replace("\x01", "{")
        .replace("\x02", "}")
    )


@cache
def seed_pool() -> SeedPool:
    from reports.divisions import division_by_code
    from reports.parsing import parse_text

    divisions = division_by_code()
    pool = SeedPool([], [], [], [])
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        parsed = parse_text(path.read_text(encoding="utf-8"))
        names: list[str] = []
        code = parsed.jurisdiction_code
        while code and code in divisions:
            names.append(divisions[code].name)
            code = divisions[code].parent_code
        names += [n for n in (parsed.county, parsed.prefecture) if n]

        def convert(node, names=names, year=parsed.year) -> Block:
            return Block(
                _template(node.heading, names, year),
                _template(node.body, names, year),
                [convert(c) for c in node.children],
            )

        if parsed.preamble:
            pool.preambles.append(_template(parsed.preamble, names, parsed.year))
        if not parsed.sections:
            continue
        first, *rest = parsed.sections
        pool.top_headings.append(_template(first.heading, names, parsed.year))
        pool.blocks += [convert(c) for c in first.children] or [convert(first)]
        pool.closings += [convert(s) for s in rest]
    return pool


@cache
def jurisdictions() -> tuple[tuple[str, str, str], ...]:
    """(code, name, level) of every division, provinces first (the divisions table)."""
    from reports.divisions import all_divisions

    return tuple((d.code, d.name, d.level) for d in all_divisions())


@dataclass
class FlatSection:
    level: int
    number: str
    heading: str
    body: str
    parent: int | None  # index into the report's flat list


@dataclass
class SyntheticReport:
    title: str
    code: str
    place: str
    level: str
    year: int
    published: date
    preamble: str
    sections: list[FlatSection]

    @property
    def text(self) -> str:
        lines = [self.title, self.preamble]
        for s in self.sections:
            lines.append(f"{s.number}、{s.heading}" if s.level == 1 else f"{s.number}{s.heading}")
            lines.append(s.body)
        return "\n".join(line for line in lines if line)


_NUMBERS = {
    1: lambda i: numeral(i),
    2: lambda i: f"({numeral(i)})",
    3: lambda i: f"{i}.",
    4: lambda i: f"{i})",
}


def _flatten(block: Block, level: int, index: int, parent, place, year, out) -> None:
    out.append(
        FlatSection(
            level,
            _NUMBERS[level](index),
            _fill(block.heading, place, year)[:500],
            _fill(block.body, place, year),
            parent,
        )
    )
    me = len(out) - 1
    for i, child in enumerate(block.children, 1):
        _flatten(child, min(level + 1, 4), i, me, place, year, out)


def generate(n: int, seed: int = 1) -> Iterator[SyntheticReport]:
    """n reports; the same (n, seed) always gives the same reports in the same order."""
    pool = seed_pool()
    places = jurisdictions()
    rng = random.Random(seed)
    for i in range(n):
        code, place, level = places[rng.randrange(len(places))]
        year = YEARS[rng.randrange(len(YEARS))]
        target = max(2500, min(15000, int(rng.gauss(MEAN_CHARS, 1200))))
        preamble = _fill(rng.choice(pool.preambles), place, year)
        # The i-th report's own line keeps every text unique (content_hash is unique).
        preamble += f"\n本报告为第{i + 1}号样本。"
        size = len(preamble)
        first = Block(rng.choice(pool.top_headings), "", [])
        closings = rng.sample(pool.closings, k=min(len(pool.closings), rng.choice((1, 1, 2))))
        size += sum(c.size() for c in closings)
        for block in rng.sample(pool.blocks, k=len(pool.blocks)):
            if size >= target and first.children:
                break
            first.children.append(block)
            size += block.size()
        flat: list[FlatSection] = []
        for index, top in enumerate([first, *closings], 1):
            _flatten(top, 1, index, None, place, year, flat)
        yield SyntheticReport(
            title=f"{place}{year}年度法治政府建设情况报告",
            code=code,
            place=place,
            level=level,
            year=year,
            published=date(year + 1, rng.randint(1, 3), rng.randint(1, 28)),
            preamble=preamble,
            sections=flat,
        )


def parsed_report(report: SyntheticReport):
    """The report as a ParsedReport (for save_report: the real upload path)."""
    from reports.parsing.types import ParsedReport, ParsedSection

    nodes: list[ParsedSection] = []
    roots: list[ParsedSection] = []
    for s in report.sections:
        node = ParsedSection(s.level, s.number, s.heading, s.body)
        nodes.append(node)
        (nodes[s.parent].children if s.parent is not None else roots).append(node)
    return ParsedReport(
        text=report.text,
        title=report.title,
        doc_type="annual",
        year=report.year,
        published=report.published,
        jurisdiction_code=report.code,
        level=report.level,
        preamble=report.preamble,
        sections=roots,
    )


def load(n: int, seed: int = 1, batch: int = 500) -> int:
    """Insert n synthetic reports (bulk, no indexing signals); returns how many."""
    from django.db import transaction

    from reports.ingest import anchor_for, content_hash
    from reports.models import Jurisdiction, Report, Section

    by_code = dict(Jurisdiction.objects.values_list("code", "pk"))
    next_report = (Report.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    next_section = (Section.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    reports: list[Report] = []
    sections: list[Section] = []

    def flush() -> None:
        with transaction.atomic():
            Report.objects.bulk_create(reports)
            Section.objects.bulk_create(sections)
        reports.clear()
        sections.clear()

    count = 0
    for synthetic in generate(n, seed):
        text = synthetic.text
        report = Report(
            pk=next_report,
            title=synthetic.title,
            doc_type="annual",
            year=synthetic.year,
            published=synthetic.published,
            issuer=f"{synthetic.place}人民政府",
            jurisdiction_id=by_code.get(synthetic.code),
            level=synthetic.level,
            preamble=synthetic.preamble,
            text=text,
            content_hash=content_hash(text),
            warnings=[],
            original_suffix="txt",
        )
        reports.append(report)
        ids: list[int] = []
        paths: list[list[int]] = []
        child_counts: dict[int | None, int] = {}
        for position, s in enumerate(synthetic.sections, 1):
            child_counts[s.parent] = child_counts.get(s.parent, 0) + 1
            path = [*(paths[s.parent] if s.parent is not None else []), child_counts[s.parent]]
            paths.append(path)
            ids.append(next_section)
            sections.append(
                Section(
                    pk=next_section,
                    report_id=next_report,
                    parent_id=ids[s.parent] if s.parent is not None else None,
                    level=s.level,
                    number=s.number[:16],
                    heading=s.heading,
                    body=s.body,
                    position=position,
                    anchor=anchor_for(path),
                )
            )
            next_section += 1
        next_report += 1
        count += 1
        if len(reports) >= batch:
            flush()
    if reports:
        flush()
    _reset_sequences(Report, Section)
    return count


def _reset_sequences(*models) -> None:
    """Explicit primary keys do not move PostgreSQL's sequences: move them past the rows, or
    the next ordinary save collides with a loaded report."""
    from django.core.management.color import no_style
    from django.db import connection

    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
