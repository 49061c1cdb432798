"""python manage.py evaluate_parser [--no-urls] [--json] [-v] [PATH...]

Parses every labelled page of the development set (default fixtures/devset/pages_*.jsonl;
the held-out heldout_d.jsonl only when named) with and without its URL and prints per-field accuracy side by side. Writes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reports.evaluation import as_json, evaluate, format_misses, format_table, load_pages, refs_of

# The held-out set (heldout_*.jsonl) is measured only when named: it must not steer tuning.
DEFAULT_GLOB = "fixtures/devset/pages_*.jsonl"


class Command(BaseCommand):
    help = "在开发集（带人工标注的真实网页）上测量解析器各字段的准确率（有网址 / 无网址）。"

    def create_parser(self, prog_name: str, subcommand: str, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        # A bare -v lists every miss (Django's -v otherwise needs a number).
        for action in parser._actions:
            if action.dest == "verbosity":
                action.nargs, action.const = "?", 2
        return parser

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="*", metavar="PATH", help=f"默认 {DEFAULT_GLOB}")
        parser.add_argument("--no-urls", action="store_true", help="只测无网址的情形")
        parser.add_argument("--json", action="store_true", help="输出一个 JSON 对象")

    def handle(self, *args, **options) -> None:
        if options["paths"]:
            paths = [Path(p) for p in options["paths"]]
        else:
            paths = sorted(Path(settings.BASE_DIR).glob(DEFAULT_GLOB))
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            raise CommandError(f"文件不存在：{'、'.join(missing)}")
        if not paths:
            raise CommandError(f"没有找到开发集文件（{DEFAULT_GLOB}）")
        try:
            pages = load_pages(paths)
        except ValueError as e:
            raise CommandError(str(e)) from e
        tallies = evaluate(pages, urls=not options["no_urls"])
        if options["json"]:
            out = as_json(tallies, [str(p) for p in paths])
            self.stdout.write(json.dumps(out, ensure_ascii=False))
            return
        self.stdout.write(f"页面：{len(pages)}（{refs_of(pages)}）")
        for row in format_table(tallies):
            self.stdout.write(row)
        if int(options["verbosity"]) >= 2:
            for row in format_misses(tallies):
                self.stdout.write(row)
