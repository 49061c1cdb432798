"""python manage.py evaluate_indicators [--heldout] [--refs FIRST LAST] [-v 2]

Runs the indicator extraction over the seeds, the development pages and
fixtures/indicators/pages.jsonl and compares it with the hand-marked values in
fixtures/indicators/marked.jsonl: precision, recall, and with -v 2 every miss.
`--heldout` measures fixtures/devset/heldout_d.jsonl instead (never used for tuning);
`--refs E-022 E-040` only the extra pages between those refs (a batch marked with the rules
frozen).
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from reports.indicators.evaluation import evaluate


class Command(BaseCommand):
    help = "在人工标注的指标值上测量指标提取的精确率和召回率。"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--heldout", action="store_true", help="只测保留集 heldout_d.jsonl")
        parser.add_argument(
            "--refs", nargs=2, metavar=("FIRST", "LAST"), help="只测这两个编号之间的补充页面"
        )

    def handle(self, *args, **options) -> None:
        refs = tuple(options["refs"]) if options["refs"] else None
        outcome = evaluate(Path(settings.BASE_DIR), heldout=options["heldout"], refs=refs)
        self.stdout.write(
            f"文档 {outcome.documents} 份，人工标注 {outcome.marked} 个值，提取 {outcome.predicted} 个，正确 {outcome.correct} 个"
        )
        self.stdout.write(f"精确率 precision：{outcome.precision:.1%}")
        self.stdout.write(f"召回率 recall：{outcome.recall:.1%}")
        if options["verbosity"] >= 2:
            for source, key, value, sentence in outcome.false_positives:
                self.stdout.write(f"误提取 {source} {key}={value}：{sentence[:80]}")
            for source, key, value, sentence in outcome.missed:
                self.stdout.write(f"漏提取 {source} {key}={value}：{sentence[:80]}")
