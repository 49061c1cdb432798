"""Compare the database with the search index; exit 1 when they differ, --fix repairs."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from search import indexing


def _ids(ids: set[int]) -> str:
    shown = ", ".join(str(i) for i in sorted(ids)[:20])
    return shown + (" …" if len(ids) > 20 else "")


class Command(BaseCommand):
    help = "核对数据库与全文索引：缺失、过期、孤立的文档；--fix 修复。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--fix", action="store_true", help="修复发现的差异")

    def handle(self, *args, **options) -> None:
        diff = indexing.compare()
        if not diff:
            self.stdout.write(self.style.SUCCESS("索引与数据库一致。"))
            return
        for label, ids in (
            ("索引缺失", diff.missing),
            ("索引过期", diff.stale),
            ("孤立文档（数据库中已不存在）", diff.orphaned),
        ):
            if ids:
                self.stdout.write(f"{label}：{len(ids)} 份（编号 {_ids(ids)}）")
        if options["fix"]:
            indexing.repair(diff)
            remaining = indexing.compare()
            if not remaining:
                self.stdout.write(self.style.SUCCESS("已修复。"))
                return
            raise CommandError("修复后仍有差异。")
        raise CommandError("索引与数据库不一致（可用 --fix 修复）。")
