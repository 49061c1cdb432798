"""Rebuild the search index into a new directory and swap it in (overrides haystack's)."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandParser

from search.engine import engine


class Command(BaseCommand):
    help = "重建全文索引：写入新目录后原子切换，中途中断时旧索引继续可用。"

    def add_arguments(self, parser: CommandParser) -> None:
        # Accepted for compatibility with haystack's command: scripts pass them.
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive")
        parser.add_argument("-u", "--using", action="append", default=[])
        parser.add_argument("-k", "--workers", type=int, default=None, help="分词进程数")
        parser.add_argument("-b", "--batch-size", type=int, default=None)
        parser.add_argument("--nocommit", action="store_false", dest="commit")

    def handle(self, *args, **options) -> None:
        verbosity = options["verbosity"]
        started = time.perf_counter()
        count = engine().rebuild(progress=verbosity >= 1, procs=options["workers"])
        if verbosity >= 1:
            elapsed = time.perf_counter() - started
            self.stdout.write(self.style.SUCCESS(f"已索引 {count} 份报告，用时 {elapsed:.1f} 秒。"))
