"""python manage.py extract_indicators [--report ID]...

Extracts the indicators of every stored report (or the given ones) again and stores them;
values staff corrected or rejected are kept. Prints progress and a summary.
"""

from __future__ import annotations

from collections import Counter

from django.core.management.base import BaseCommand, CommandError

from reports.indicators.keys import LABELS
from reports.indicators.store import extract_and_store
from reports.models import Report


class Command(BaseCommand):
    help = "重新提取报告中的指标（人工更正或否决的值保留）。"

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--report", type=int, action="append", metavar="ID", help="报告编号，可重复"
        )

    def handle(self, *args, **options) -> None:
        reports = Report.objects.order_by("pk")
        if options["report"]:
            reports = reports.filter(pk__in=options["report"])
            missing = set(options["report"]) - set(reports.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"报告不存在：{'、'.join(str(m) for m in sorted(missing))}")
        total = reports.count()
        by_key: Counter[str] = Counter()
        with_values = 0
        for done, report in enumerate(reports.iterator(), start=1):
            rows = extract_and_store(report=report)
            by_key.update(row.key for row in rows)
            with_values += bool(rows)
            self.stdout.write(
                f"[{done}/{total}] {report.pk} {report.title[:30]}：{len(rows)} 个指标值"
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"共处理 {total} 份报告，{with_values} 份有指标，共 {sum(by_key.values())} 个指标值。"
            )
        )
        for key, n in sorted(by_key.items(), key=lambda kv: -kv[1]):
            self.stdout.write(f"  {LABELS.get(key, key)}：{n}")
