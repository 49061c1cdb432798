"""Write the whole archive as bulk data files (reports/archive.py).

python manage.py export_archive DIR [--base-url https://fazhi.example.org]
"""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from reports.archive import report_count, write_archive


class Command(BaseCommand):
    help = "导出全部报告为批量数据：reports.jsonl.gz、reports.csv.gz 与 manifest.json。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", type=Path, metavar="DIR", help="输出目录（不存在则创建）")
        parser.add_argument(
            "--base-url",
            default="",
            help="报告链接的站点地址，如 https://fazhi.example.org（默认只写 /reports/<id>/）",
        )

    def handle(self, *args, directory: Path, base_url: str, **options) -> None:
        progress = tqdm(
            total=report_count(),
            desc="导出",
            unit="份",
            file=sys.stderr,
            disable=options.get("verbosity", 1) == 0,
        )
        with progress:
            manifest = write_archive(
                directory=directory, base_url=base_url, progress=progress.update
            )
        sizes = "，".join(f"{f['name']} {f['bytes'] / 2**20:.1f} MB" for f in manifest["files"])
        self.stdout.write(
            f"已导出 {manifest['reports']} 份报告（{manifest['sections']} 节）到 {directory}：{sizes}"
        )
