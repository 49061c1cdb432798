"""manage.py compute_similar: signatures and near-duplicates of every stored report."""

from __future__ import annotations

import sys
import time

from django.core.management.base import BaseCommand
from tqdm import tqdm

from reports.similarity_store import compute_all


class Command(BaseCommand):
    help = "计算全部报告的文本签名与相似报告（MinHash/LSH，套话不计），替换已存结果。"

    def handle(self, *args, **options) -> None:
        quiet = options.get("verbosity", 1) == 0

        def progress(rows):
            return tqdm(rows, desc="签名", unit="份", file=sys.stderr, disable=quiet)

        started = time.perf_counter()
        summary = compute_all(progress=progress)
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"报告 {summary.reports} 份（有非套话文字 {summary.with_text} 份），"
            f"相似记录 {summary.pairs} 条；套话阈值：{summary.boilerplate_limit} 份报告以上的句子；"
            f"用时 {elapsed:.1f} 秒。"
        )
