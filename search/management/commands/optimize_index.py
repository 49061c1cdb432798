"""Merge the search index into one segment (run nightly, e.g. from cron)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from search.engine import engine


class Command(BaseCommand):
    help = "合并全文索引的分段（建议每晚定时运行），避免上传累积后检索变慢。"

    def handle(self, *args, **options) -> None:
        segments = engine().optimize()
        self.stdout.write(
            f"索引原有 {segments} 个分段，现已合并为 1 个。"
            if segments > 1
            else "索引只有一个分段，无需合并。"
        )
