"""python manage.py import_reports PATH... [--dry-run] [--json]

Files or folders (recursive): report files, JSON Lines manifests (.jsonl, one page a line)
and WARC files (.warc, .warc.gz). One JSON object per input with --json (external checks
read these keys: keep them stable); a manifest line or a WARC record is one input, named
PATH#LINE or PATH#RECORD. Exit status 1 when any input failed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from config import uploads
from reports.ingest import DuplicateReport, find_duplicate, save_report
from reports.manifests import Page, manifest_pages
from reports.parsing import ParseError, parse_upload
from reports.parsing.types import ParsedReport
from reports.warc import Skipped, warc_pages
from search.signals import batched_indexing

SUFFIXES = {".txt", ".html", ".htm", ".docx", ".pdf", ".jsonl", ".warc"}


def kind_of(path: Path) -> str:
    """ "manifest", "warc" or "file"."""
    name = path.name.lower()
    if name.endswith(".jsonl"):
        return "manifest"
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    return "file"


def collect(paths: list[str]) -> list[Path]:
    """Named files as given; folders walked for files with a supported suffix."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and (p.suffix.lower() in SUFFIXES or p.name.lower().endswith(".warc.gz"))
                )
            )
        elif path.exists():
            found.append(path)
        else:
            raise CommandError(f"路径不存在：{raw}")
    return found


def describe(parsed: ParsedReport) -> dict:
    return {
        "title": parsed.title,
        "doc_type": parsed.doc_type,
        "year": parsed.year,
        "published": parsed.published.isoformat() if parsed.published else None,
        "issuer": parsed.issuer,
        "province": parsed.province,
        "prefecture": parsed.prefecture,
        "county": parsed.county,
        "subunit": parsed.subunit,
        "level": parsed.level,
        "jurisdiction_code": parsed.jurisdiction_code,
        "sections": len(parsed.sections),
        "headings": [s.heading for s in parsed.sections],
        "warnings": list(parsed.warnings),
    }


EMPTY = dict.fromkeys(
    [
        "title",
        "doc_type",
        "year",
        "published",
        "issuer",
        "province",
        "prefecture",
        "county",
        "subunit",
        "level",
        "jurisdiction_code",
    ]
)


class Command(BaseCommand):
    help = "导入报告文件（.txt/.html/.docx/.pdf）、JSON Lines 清单（.jsonl）、WARC 文件或文件夹。"

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--dry-run", action="store_true", help="只解析，不写入数据库")
        parser.add_argument("--json", action="store_true", help="每个输入输出一行 JSON")

    def handle(self, *args, paths: list[str], dry_run: bool, json: bool, **options) -> None:
        files = collect(paths)
        counts = {"imported": 0, "duplicate": 0, "failed": 0, "parsed": 0}
        failures: list[tuple[str, str]] = []
        skipped = Skipped()
        # A manifest's or a WARC's number of pages is known only once it is read.
        streams = any(kind_of(p) != "file" for p in files)
        progress = tqdm(
            self.inputs(files, skipped, dry_run=dry_run),
            total=None if streams else len(files),
            desc="导入",
            unit="份",
            file=sys.stderr,
            disable=not files or options.get("verbosity", 1) == 0,
        )
        # One index commit per 200 reports, not one per report (~0.5 s each).
        with batched_indexing():
            for row in progress:
                counts[row["status"]] += 1
                if row["status"] == "failed":
                    failures.append((row["file"], row["error"]))
                if json:
                    self.stdout.write(_dumps(row))
        summary_out = self.stderr if json else self.stdout
        summary_out.write(
            f"导入 {counts['imported']} 份，重复 {counts['duplicate']} 份，"
            f"失败 {counts['failed']} 份"
            + (f"，仅解析 {counts['parsed']} 份（--dry-run）" if dry_run else "")
            + (f"，跳过 {skipped.count} 条非网页 WARC 记录" if skipped.count else "")
        )
        for where, reason in failures:
            summary_out.write(f"  失败：{where}：{reason}")
        if failures:
            sys.exit(1)

    def inputs(self, files: list[Path], skipped: Skipped, *, dry_run: bool) -> Iterator[dict]:
        """One output row per input: a file, a manifest line or a WARC record."""
        cap = uploads.limit()
        for path in files:
            kind = kind_of(path)
            if kind == "file":
                yield self.import_one(path, dry_run=dry_run)
                continue
            pages = (
                manifest_pages(path, cap) if kind == "manifest" else warc_pages(path, cap, skipped)
            )
            try:
                for page in pages:
                    yield self.import_page(page, dry_run=dry_run)
            except OSError as error:
                yield _failed(
                    {"file": str(path), "id": None}, f"无法读取文件：{error.strerror or error}"
                )

    def import_one(self, path: Path, *, dry_run: bool) -> dict:
        base = {"file": str(path), "id": None}
        try:
            if path.stat().st_size > uploads.limit():
                raise ParseError(f"文件超过 {uploads.in_mb()} MB 上限")
            data = path.read_bytes()
            parsed = parse_upload(data, path.name)
        except (ParseError, OSError) as error:
            return _failed(base, str(error))
        return self.store(base, parsed, data, path.name, dry_run=dry_run)

    def import_page(self, page: Page, *, dry_run: bool) -> dict:
        base = {"file": page.where, "id": None, "ref": page.ref, "url": page.url or None}
        if page.error:
            return _failed(base, page.error)
        try:
            parsed = parse_upload(
                page.data,
                page.filename,
                source_url=page.url,
                charset=page.charset,
                title=page.title,
            )
        except ParseError as error:
            return _failed(base, str(error))
        return self.store(base, parsed, page.data, page.filename, dry_run=dry_run)

    def store(
        self, base: dict, parsed: ParsedReport, data: bytes, name: str, *, dry_run: bool
    ) -> dict:
        row = {**base, **describe(parsed)}
        if dry_run:
            duplicate = find_duplicate(parsed.text)
            return {**row, "status": "parsed", "duplicate_of": duplicate.pk if duplicate else None}
        try:
            report = save_report(parsed=parsed, original=data, original_name=name)
        except DuplicateReport as duplicate:
            return {**row, "id": duplicate.existing.pk, "status": "duplicate"}
        return {**row, "id": report.pk, "status": "imported"}


def _failed(base: dict, error: str) -> dict:
    return {
        **base,
        **EMPTY,
        "sections": 0,
        "headings": [],
        "warnings": [],
        "status": "failed",
        "error": error,
    }


def _dumps(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False)
