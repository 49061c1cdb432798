"""Bulk data: the whole archive as files others can build on (`manage.py export_archive`).

A dump is a directory with `reports.jsonl.gz` (one report a line, with its full text and
section tree), `reports.csv.gz` (the metadata, one row a report) and `manifest.json`
(format version, date, counts, each file's size and sha256). The manifest is written
last, after the data files are complete and renamed into place: a directory with a
manifest is a finished dump, which is what the /data/ page lists.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.db.models import Count
from django.utils import timezone

from reports.export_rows import csv_line, metadata, section_rows, section_tree_dicts
from reports.models import Report

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
JSONL = "reports.jsonl.gz"
CSV = "reports.csv.gz"
BATCH = 500
CSV_COLUMNS = (
    "id",
    "url",
    "title",
    "doc_type",
    "year",
    "published",
    "province",
    "prefecture",
    "county",
    "subunit",
    "level",
    "jurisdiction_code",
    "issuer",
    "source_name",
    "source_url",
    "created",
    "updated",
    "sections",
    "chars",
)
DESCRIPTIONS = {
    JSONL: "每行一份报告（JSON）：元数据、导语、全文 text 与章节树 sections",
    CSV: "每行一份报告的元数据（CSV，UTF-8 带 BOM）",
}


@dataclass
class Dump:
    """One finished dump: its directory and its manifest."""

    path: Path
    manifest: dict

    def file(self, name: str) -> Path | None:
        """A file the manifest lists, inside the dump's directory; None for anything else."""
        listed = {f["name"] for f in self.manifest.get("files", [])} | {MANIFEST}
        if name not in listed:
            return None
        found = (self.path / name).resolve()
        if found.parent != self.path.resolve() or not found.is_file():
            return None
        return found


def _batches() -> Iterator[list[Report]]:
    """Every report in id order, BATCH at a time (keyset pages: no OFFSET scans)."""
    last = 0
    while True:
        batch = list(
            Report.objects.with_places()
            .defer("warnings")
            .filter(pk__gt=last)
            .order_by("pk")[:BATCH]
        )
        if not batch:
            return
        yield batch
        last = batch[-1].pk


def _section_trees(batch: list[Report]) -> dict[int, list[dict]]:
    rows = section_rows([r.pk for r in batch])
    return {pk: section_tree_dicts(found) for pk, found in rows.items()}


def _count_sections(tree: list[dict]) -> int:
    return sum(1 + _count_sections(node["children"]) for node in tree)


def _gzip_text(path: Path) -> io.TextIOWrapper:
    # mtime=0: the same archive gives the same bytes, so the same sha256.
    raw = gzip.GzipFile(filename="", mode="wb", fileobj=path.open("wb"), mtime=0)
    return io.TextIOWrapper(raw, encoding="utf-8", newline="")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_archive(
    *, directory: Path, base_url: str, progress: Callable[[int], object] | None = None
) -> dict:
    """Write a dump of every report into `directory` (created if needed); returns the
    manifest. `base_url` makes the report links absolute; `progress(n)` is told after
    each batch how many reports it held."""
    directory.mkdir(parents=True, exist_ok=True)
    base = base_url.rstrip("/")
    tmp = {name: directory / f".{name}.partial" for name in (JSONL, CSV)}
    reports = sections = 0
    jsonl, table = _gzip_text(tmp[JSONL]), _gzip_text(tmp[CSV])
    try:
        table.write("\ufeff" + csv_line(CSV_COLUMNS))
        for batch in _batches():
            trees = _section_trees(batch)
            for report in batch:
                tree = trees.get(report.pk, [])
                n_sections = _count_sections(tree)
                row = metadata(report, base)
                row["source_name"] = report.source_name
                row["created"] = report.created.isoformat()
                row["updated"] = report.updated.isoformat()
                table.write(
                    csv_line(
                        [
                            *("" if row[c] is None else row[c] for c in CSV_COLUMNS[:-2]),
                            n_sections,
                            len(report.text),
                        ]
                    )
                )
                row.update(preamble=report.preamble, text=report.text, sections=tree)
                jsonl.write(json.dumps(row, ensure_ascii=False) + "\n")
                reports += 1
                sections += n_sections
            if progress is not None:
                progress(len(batch))
    finally:
        jsonl.close()
        table.close()
    files = []
    for name, partial in tmp.items():
        os.replace(partial, directory / name)
        files.append(
            {
                "name": name,
                "bytes": (directory / name).stat().st_size,
                "sha256": _sha256(directory / name),
                "rows": reports,
                "description": DESCRIPTIONS[name],
            }
        )
    manifest = {
        "format_version": FORMAT_VERSION,
        "created": timezone.now().isoformat(timespec="seconds"),
        "reports": reports,
        "sections": sections,
        "files": files,
        "csv_columns": list(CSV_COLUMNS),
    }
    partial = directory / f".{MANIFEST}.partial"
    partial.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", "utf-8")
    os.replace(partial, directory / MANIFEST)
    return manifest


def report_count() -> int:
    return Report.objects.aggregate(n=Count("id"))["n"]


def newest_dump(root: Path) -> Dump | None:
    """The finished dump with the latest manifest date: `root` itself or a directory
    directly inside it."""
    found: list[Dump] = []
    if not root.is_dir():
        return None
    for candidate in [root, *sorted(p for p in root.iterdir() if p.is_dir())]:
        try:
            manifest = json.loads((candidate / MANIFEST).read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(manifest, dict) and isinstance(manifest.get("created"), str):
            found.append(Dump(candidate, manifest))
    return max(found, key=lambda d: d.manifest["created"], default=None)
