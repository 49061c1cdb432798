"""python manage.py reparse_reports [--apply] [--json] [ID...]

Runs the parser again on every stored report's original (the uploaded file, or else the
stored text, with the report's source URL) and prints what would change, report by
report. A dry run unless --apply, which saves each report through reports.ingest (the
index follows after each commit). Fields staff corrected by hand are never touched.
Exit status 1 when a report could not be re-parsed or saved.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

from django.core.management.base import BaseCommand, CommandError

from reports.ingest import (
    PARSED_FIELDS,
    SECTIONS,
    DuplicateReport,
    outline,
    parsed_values,
    save_report,
    stored_outline,
    stored_values,
)
from reports.models import Report
from reports.parsing import ParseError, parse_text, parse_upload
from reports.parsing.types import ParsedReport
from search.signals import batched_indexing

_SHOWN = 60  # characters of a value shown in a change line
_LONG = ("text", "preamble")  # shown by length: they are whole texts


def reparse(report: Report) -> ParsedReport:
    """The parser's reading of a stored report, from its original when it has one."""
    if report.original:
        try:
            with report.original.open("rb") as handle:
                data = handle.read()
        except OSError:
            data = None
        if data is not None:
            name = report.original_name or f"original.{report.original_suffix or 'txt'}"
            return parse_upload(data, name, source_url=report.source_url)
    return parse_text(report.text, source_url=report.source_url)


def _length(value: object) -> int:
    return len(value) if isinstance(value, str) else 0


def differences(report: Report, parsed: ParsedReport) -> dict[str, list]:
    """field → [stored, new] for every field the parser would change (staff's kept)."""
    keep = set(report.corrected_fields or [])
    new, old = parsed_values(parsed), stored_values(report)
    found: dict[str, list] = {}
    for name in PARSED_FIELDS:
        if name not in keep and new[name] != old[name]:
            if name in _LONG:  # whole texts: their lengths say enough
                found[name] = [_length(old[name]), _length(new[name])]
            else:
                found[name] = [_plain(old[name]), _plain(new[name])]
    if list(parsed.warnings) != list(report.warnings or []):
        found["warnings"] = [report.warnings, list(parsed.warnings)]
    if SECTIONS not in keep:
        before, after = stored_outline(report), outline(parsed.sections)
        if before != after:
            found[SECTIONS] = [len(before), len(after)]
    return found


def _plain(value) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _shown(name: str, value) -> str:
    if value is None or value == "":
        return "（空）"
    if name in _LONG:
        return f"{value} 字"
    if name == SECTIONS:
        return f"{value} 节"
    text = "；".join(value) if isinstance(value, list) else str(value)
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


class Command(BaseCommand):
    help = "用解析器重新解析已入库的报告，列出变化；--apply 保存（人工修改过的字段保持不变）。"

    def add_arguments(self, parser) -> None:
        parser.add_argument("ids", nargs="*", type=int, metavar="ID", help="只处理这些报告")
        parser.add_argument("--apply", action="store_true", help="保存变化（默认只列出）")
        parser.add_argument("--json", action="store_true", help="每份报告输出一行 JSON")

    def handle(self, *args, ids: list[int], apply: bool, json: bool, **options) -> None:
        reports = Report.objects.with_places().order_by("pk")
        if ids:
            reports = reports.filter(pk__in=ids)
            missing = sorted(set(ids) - set(reports.values_list("pk", flat=True)))
            if missing:
                raise CommandError(f"报告不存在：{', '.join(map(str, missing))}")
        counts = {"unchanged": 0, "changed": 0, "applied": 0, "failed": 0}
        with batched_indexing():  # one index commit per 200 reports, as import_reports
            for row in self.rows(reports, apply=apply):
                counts[row["status"]] += 1
                self.stdout.write(_dumps(row) if json else _line(row))
        summary = self.stderr if json else self.stdout
        summary.write(
            f"共 {sum(counts.values())} 份：无变化 {counts['unchanged']} 份，"
            + (
                f"已更新 {counts['applied']} 份，"
                if apply
                else f"将有变化 {counts['changed']} 份（加 --apply 保存），"
            )
            + f"失败 {counts['failed']} 份"
        )
        if counts["failed"]:
            sys.exit(1)

    def rows(self, reports, *, apply: bool) -> Iterator[dict]:
        for report in reports.iterator(chunk_size=100):
            row = {"id": report.pk, "title": report.title, "kept": report.corrected_fields or []}
            try:
                parsed = reparse(report)
            except ParseError as error:
                yield {**row, "status": "failed", "error": str(error), "changes": {}}
                continue
            changes = differences(report, parsed)
            if not changes:
                yield {**row, "status": "unchanged", "changes": {}}
                continue
            if not apply:
                yield {**row, "status": "changed", "changes": changes}
                continue
            try:
                save_report(parsed=parsed, replacing=report)
            except DuplicateReport as duplicate:
                message = f"新正文与报告 {duplicate.existing.pk} 相同，未保存"
                yield {**row, "status": "failed", "error": message, "changes": changes}
                continue
            yield {**row, "status": "applied", "changes": changes}


def _line(row: dict) -> str:
    head = f"报告 {row['id']}（{_shown('title', row['title'])}）"
    if row["status"] == "failed":
        return f"{head}：失败：{row['error']}"
    if row["status"] == "unchanged":
        return f"{head}：无变化"
    verb = "已更新" if row["status"] == "applied" else "将变化"
    lines = [f"{head}：{verb}"]
    for name, (old, new) in row["changes"].items():
        note = "（标题或正文有变）" if name == SECTIONS and old == new else ""
        lines.append(f"  {name}: {_shown(name, old)} → {_shown(name, new)}{note}")
    if row["kept"]:
        lines.append(f"  保留人工修改：{', '.join(row['kept'])}")
    return "\n".join(lines)


def _dumps(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, default=str)
