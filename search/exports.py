"""Every report a search lists, as rows for the CSV and JSON Lines exports.

The ids come from the search facade in one call (`searching.run` with a page as large as
the export may be), so the order is the search's own and both engines work; the reports
are then read from the database in batches (`in_bulk`), so memory stays flat however
many rows are written.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.http import QueryDict

from reports.export_rows import (  # noqa: F401 (re-exported for the views)
    CSV_COLUMNS,
    csv_line,
    metadata,
    safe_cell,
    section_rows,
    section_tree_dicts,
)
from reports.models import Report
from search import searching, suggestions
from search.facets import FACET_PARAMS
from search.forms import BadParameter, SearchForm
from search.query import DEFAULT_MODE, ParsedQuery, parse
from search.snippets import SectionText, report_snippets

BATCH = 200
_LIMIT = re.compile(r"\d{1,9}", re.ASCII)
_MARK = re.compile(r"</?mark>")


@dataclass
class ExportPlan:
    """What one export writes: the search's ids (at most `limit`) and its full count."""

    q: str
    ids: list[int]
    count: int
    limit: int
    terms: list[str] = field(default_factory=list)

    @property
    def truncated(self) -> bool:
        return self.count > len(self.ids)

    def note(self) -> str:
        return (
            f"仅导出前 {len(self.ids)} 份（共 {self.count} 份，上限 {self.limit}）；"
            "请缩小检索范围，或使用 /data/ 的全量数据。"
        )


def checked_form(data: QueryDict) -> SearchForm:
    """The search page's form; a parameter it would drop with a notice is an error here,
    as on the API: an export must not silently widen the search."""
    form = SearchForm(data)
    form.validate_strictly()
    return form


def export_limit(data: QueryDict) -> int:
    """`limit` (optional, 1–EXPORT_MAX_ROWS); past the cap is an error, not a silent cut."""
    cap = settings.EXPORT_MAX_ROWS
    raw = str(data.get("limit") or "").strip()
    if not raw:
        return cap
    if not _LIMIT.fullmatch(raw) or not 1 <= int(raw) <= cap:
        raise BadParameter(f"导出条数（limit）应为 1 到 {cap} 之间的整数，超过上限请分批检索导出。")
    return int(raw)


def plan(form: SearchForm, limit: int) -> ExportPlan:
    data = form.cleaned_data
    parsed: ParsedQuery = parse(data["q"], mode=data["mode"])
    outcome = searching.run(parsed, filters=form.filters, sort=data["sort"], page=1, per_page=limit)
    return ExportPlan(
        q=data["q"],
        ids=outcome.ids,
        count=outcome.count,
        limit=limit,
        terms=suggestions.highlight_terms(parsed),
    )


def search_params(form: SearchForm) -> list[tuple[str, str]]:
    """The form's state as query parameters (for the export and feed links)."""
    data = form.cleaned_data
    params = [("q", data["q"])] if data["q"] else []
    for p in FACET_PARAMS:
        params += [(p, v) for v in data[p]]
    if data["mode"] != DEFAULT_MODE:
        params.append(("mode", data["mode"]))
    return params


def plain(snippet_html: str) -> str:
    """A snippet's text: it is escaped text with our own <mark> only."""
    return html.unescape(_MARK.sub("", snippet_html))


def _batches(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def report_rows(
    export: ExportPlan, *, base_url: str, with_sections: bool = False
) -> Iterator[dict]:
    """One dict per report, in the search's order; `base_url` makes the links absolute."""
    base = base_url.rstrip("/")
    for batch in _batches(export.ids):
        reports = Report.objects.with_places().defer("text", "warnings").in_bulk(batch)
        sections = section_rows(batch)
        for pk in batch:
            report = reports.get(pk)
            if report is None:  # deleted since it was indexed
                continue
            rows = sections.get(pk, [])
            texts = [SectionText(r[4], r[5], r[6], r[7], r[2]) for r in rows]
            snippets = report_snippets(report, texts, export.terms)
            row = metadata(report, base)
            row["snippets"] = [
                {"section": s.section, "anchor": s.anchor, "text": plain(str(s.html))}
                for s in snippets
            ]
            if with_sections:
                row["preamble"] = report.preamble
                row["sections"] = section_tree_dicts(rows)
            yield row


def csv_cells(row: dict) -> list[object]:
    cells = [("" if row[c] is None else row[c]) for c in CSV_COLUMNS if c != "snippets"]
    cells.append("\n".join(s["text"] for s in row["snippets"]))
    return cells


def csv_stream(export: ExportPlan, *, base_url: str) -> Iterator[str]:
    """UTF-8 with a BOM (so that Excel reads Chinese right), a header, one row a report,
    and a last line saying so when the export stopped at its limit."""
    yield "\ufeff" + csv_line(CSV_COLUMNS)
    for row in report_rows(export, base_url=base_url):
        yield csv_line(csv_cells(row))
    if export.truncated:
        yield csv_line(["# " + export.note()])


def jsonl_stream(export: ExportPlan, *, base_url: str) -> Iterator[str]:
    """One JSON object a line (with sections); a last `{"truncated": true, …}` line when
    the export stopped at its limit."""
    for row in report_rows(export, base_url=base_url, with_sections=True):
        yield json.dumps(row, ensure_ascii=False) + "\n"
    if export.truncated:
        tail = {
            "truncated": True,
            "count": export.count,
            "exported": len(export.ids),
            "note": export.note(),
        }
        yield json.dumps(tail, ensure_ascii=False) + "\n"


def filename(q: str, suffix: str, today: date | None = None) -> str:
    """fazhi-<query>-<date>.<suffix>: letters, digits and Chinese of the query only."""
    slug = "-".join(re.findall(r"\w+", q))[:40] or "全部报告"
    return f"fazhi-{slug}-{(today or date.today()).strftime('%Y%m%d')}.{suffix}"
