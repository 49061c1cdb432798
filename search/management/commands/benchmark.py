"""Benchmark the search on a synthetic corpus, in scratch sites (bench/runner.py).

    python manage.py benchmark --reports 10000 [--engine opensearch]

Never touches the developer's var/: the database, both indexes and the media folder
live in a temporary work dir. The last line of output is one JSON object (the keys
n, tokenize_s, build_s, build_ratio, p50_ms, p95_ms, stock_p95_ms, naive_p95_ms,
upload_to_search_s, index_mb, rss_mb are kept stable for external checks).
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = "在临时站点上测评检索性能（合成语料），最后一行输出 JSON。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--reports", type=int, default=1000, help="合成报告数（100–100000）")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--rounds", type=int, default=5, help="每个查询测几轮（本系统）")
        parser.add_argument("--stock-rounds", type=int, default=3)
        parser.add_argument("--naive-rounds", type=int, default=1)
        parser.add_argument("--uploads", type=int, default=5)
        parser.add_argument("--skip-stock", action="store_true", help="不建 stock haystack 索引")
        parser.add_argument("--workdir", type=Path, default=None, help="保留在此目录")
        parser.add_argument("--keep", action="store_true", help="保留临时目录")
        parser.add_argument(
            "--engine",
            choices=["whoosh", "opensearch"],
            default="whoosh",
            help="opensearch：同一语料另建 OpenSearch 索引并一同测评（deploy/test_opensearch.sh）",
        )

        parser.add_argument(
            "--skip-whoosh",
            action="store_true",
            help="与 --engine opensearch --skip-stock 同用：不建 Whoosh 索引，只测 OpenSearch",
        )

    def handle(self, *args, **options) -> None:
        from bench.runner import Options, run

        n = options["reports"]
        if not 1 <= n <= 100_000:
            raise CommandError("--reports 应在 1 到 100000 之间。")
        if options["skip_whoosh"] and (
            options["engine"] != "opensearch" or not options["skip_stock"]
        ):
            raise CommandError("--skip-whoosh 须与 --engine opensearch 和 --skip-stock 同用。")
        result = run(
            Options(
                n=n,
                seed=options["seed"],
                rounds=options["rounds"],
                stock_rounds=options["stock_rounds"],
                naive_rounds=options["naive_rounds"],
                uploads=options["uploads"],
                skip_stock=options["skip_stock"],
                workdir=options["workdir"],
                keep=options["keep"],
                engine=options["engine"],
                skip_whoosh=options["skip_whoosh"],
            ),
            say=lambda line: self.stdout.write(line),
        )
        self.stdout.write(json.dumps(result, ensure_ascii=False))
        if not result.get("hit_counts_ok", True):
            raise CommandError("hit counts differ from icontains for single-term queries")
