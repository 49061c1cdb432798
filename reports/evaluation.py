"""Parser accuracy on a labelled set of real pages (the development set in fixtures/devset/).

Pure logic over dicts and ParsedReports: the `evaluate_parser` command reads the JSON Lines
files and prints what `evaluate` returns. A page is parsed the way `import_reports` takes a
manifest line {"url", "text"}: `parse_text(text, source_url=url)`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reports.parsing import ParseError, parse_text
from reports.parsing.clean import to_simplified
from reports.parsing.places import MASKED, find_mentions
from reports.parsing.types import ParsedReport

FIELDS = (
    "province",
    "prefecture",
    "county",
    "subunit",
    "level",
    "year",
    "published",
    "doc_type",
)
PLACE_FIELDS = ("province", "prefecture", "county")
FAILED = "（解析失败）"


@dataclass
class Miss:
    ref: str
    field: str
    expected: object
    got: object


@dataclass
class Tally:
    """One run over the set (with or without the URLs)."""

    n: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    masked_invented: list[str] = field(default_factory=list)  # refs
    non_reports_as_annual: list[str] = field(default_factory=list)  # refs
    failed: list[str] = field(default_factory=list)  # refs the parser refused
    misses: list[Miss] = field(default_factory=list)

    def pct(self, name: str) -> float:
        return 100.0 * self.correct[name] / self.n if self.n else 0.0


def load_pages(paths: Iterable[Path]) -> list[dict]:
    """Every labelled page of the JSON Lines files, in order; blank lines skipped."""
    pages: list[dict] = []
    for path in paths:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                page = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{lineno}: 不是有效的 JSON（{e.msg}）") from e
            if not isinstance(page, dict) or not isinstance(page.get("label"), dict):
                raise ValueError(f"{path}:{lineno}: 缺少 label")
            page.setdefault("ref", f"{path.name}#{lineno}")
            pages.append(page)
    return pages


def _norm(name: str, value: object) -> object:
    """Labels write null where the parser writes "" (and dates as ISO strings)."""
    if value == "" or value is None:
        return None
    if name == "published" and isinstance(value, date):
        return value.isoformat()
    if name == "year" and isinstance(value, str) and value.isdigit():
        return int(value)
    return value


def got_fields(parsed: ParsedReport | None) -> dict[str, object]:
    if parsed is None:
        return dict.fromkeys(FIELDS, FAILED)
    return {name: _norm(name, getattr(parsed, name)) for name in FIELDS}


def _bare_unit(name: str) -> str:
    """长治市司法局 / 市司法局 / 司法局 → 司法局: a department named with or without its place."""
    stripped = False
    while True:
        ms = find_mentions(name, allow_short=True)
        if not ms or ms[0].start != 0 or ms[0].end >= len(name):
            break
        name, stripped = name[ms[0].end :], True
    if not stripped and len(name) > 2 and name[0] in "省市县区州旗":
        return name[1:]  # 市司法局: the place left out
    return name


def same_unit(got: str, expected: str) -> bool:
    """The page writes 省司法厅 where the parser adds the place (江苏省司法厅): the same unit."""
    got, expected = to_simplified(got), to_simplified(expected)  # 山東省… is 山东省…
    return bool(got and expected) and _bare_unit(got) == _bare_unit(expected)


def _masked(text: str) -> bool:
    return bool(MASKED.search(unicodedata.normalize("NFKC", text)))


def score(page: dict, parsed: ParsedReport | None, tally: Tally) -> None:
    """Add one page's comparison to the tally."""
    label = page["label"]
    ref = str(page.get("ref", ""))
    got = got_fields(parsed)
    tally.n += 1
    if parsed is None:
        tally.failed.append(ref)
    for name in FIELDS:
        expected = _norm(name, label.get(name))
        if got[name] == expected or (
            name == "subunit" and same_unit(str(got[name] or ""), str(expected or ""))
        ):
            tally.correct[name] += 1
        else:
            tally.misses.append(Miss(ref, name, expected, got[name]))
    # A masked page (某县, XX市, (略)) whose parse names a place the label leaves empty
    # has had a place invented for it.
    if parsed is not None and _masked(page.get("text", "")):
        if any(got[f] is not None and _norm(f, label.get(f)) is None for f in PLACE_FIELDS):
            tally.masked_invented.append(ref)
    if label.get("doc_type") not in (None, "annual") and got["doc_type"] == "annual":
        tally.non_reports_as_annual.append(ref)


def parse_page(page: dict, *, with_url: bool) -> ParsedReport | None:
    url = str(page.get("url") or "") if with_url else ""
    try:
        return parse_text(str(page.get("text") or ""), source_url=url)
    except ParseError:
        return None


def evaluate(pages: list[dict], *, urls: bool = True) -> dict[str, Tally]:
    """{"with_url": Tally, "without_url": Tally}; only "without_url" when urls is False."""
    modes = (("with_url", True), ("without_url", False)) if urls else (("without_url", False),)
    out = {mode: Tally() for mode, _ in modes}
    for page in pages:
        for mode, with_url in modes:
            score(page, parse_page(page, with_url=with_url), out[mode])
    return out


def as_json(tallies: dict[str, Tally], files: list[str]) -> dict:
    def one(t: Tally) -> dict:
        return {
            "n": t.n,
            "fields": {
                f: {"correct": t.correct[f], "n": t.n, "pct": round(t.pct(f), 1)} for f in FIELDS
            },
            "masked_invented": t.masked_invented,
            "non_reports_as_annual": t.non_reports_as_annual,
            "failed": t.failed,
            "misses": [m.__dict__ for m in t.misses],
        }

    return {"files": files, **{mode: one(t) for mode, t in tallies.items()}}


def _cell(t: Tally, name: str) -> str:
    return f"{t.correct[name]}/{t.n} {t.pct(name):5.1f}%"


_TITLES = {"with_url": "有网址", "without_url": "无网址"}


def format_table(tallies: dict[str, Tally]) -> list[str]:
    """Per-field accuracy, one column per mode present (with URLs, without URLs)."""
    modes = [m for m in ("with_url", "without_url") if m in tallies]
    rows = ["字段".ljust(28) + "".join(_TITLES[m].rjust(15) for m in modes)]
    for name in FIELDS:
        rows.append(name.ljust(30) + "".join(_cell(tallies[m], name).rjust(18) for m in modes))
    counts = [
        ("masked places invented:", "masked_invented"),
        ("non-reports typed as annual:", "non_reports_as_annual"),
        ("parse failures:", "failed"),
    ]
    for label, attr in counts:
        rows.append(
            label.ljust(30) + "".join(str(len(getattr(tallies[m], attr))).rjust(18) for m in modes)
        )
    return rows


def format_misses(tallies: dict[str, Tally]) -> list[str]:
    rows: list[str] = []
    for mode in ("with_url", "without_url"):
        if mode not in tallies:
            continue
        t = tallies[mode]
        rows.append(f"-- 错误（{_TITLES[mode]}）：{len(t.misses)}")
        for m in t.misses:
            rows.append(f"{m.ref}\t{m.field}\t期望 {m.expected!r}\t得到 {m.got!r}")
        for label, refs in (
            ("编造了被隐去的地名", t.masked_invented),
            ("非年度报告被定为 annual", t.non_reports_as_annual),
        ):
            if refs:
                rows.append(f"{label}：{'、'.join(refs)}")
    return rows


def refs_of(pages: list[dict]) -> str:
    """A short description of which pages were measured: A-001…A-040, B-001…B-030."""
    groups: dict[str, list[str]] = {}
    for p in pages:
        ref = str(p.get("ref", ""))
        m = re.match(r"^(.*?)(\d+)$", ref)
        groups.setdefault(m.group(1) if m else ref, []).append(ref)
    return ", ".join(f"{v[0]}…{v[-1]} ({len(v)})" for v in groups.values())
