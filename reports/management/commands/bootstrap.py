"""One step from a fresh checkout to a working archive: migrate, load samples, index."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

SAMPLES = Path(settings.BASE_DIR) / "fixtures" / "seeds"


class Command(BaseCommand):
    help = "迁移数据库（含行政区划）、导入示例报告并建立检索索引。可重复运行。"

    def handle(self, *args, **options) -> None:
        Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("数据库已迁移（行政区划已载入）。")
        try:
            call_command("import_reports", str(SAMPLES), verbosity=0, stdout=self.stdout)
        except SystemExit:
            self.stderr.write("部分示例报告导入失败，见上。")
        call_command("rebuild_index", interactive=False, verbosity=0)
        self.stdout.write("检索索引已建立。启动：python manage.py runserver 127.0.0.1:8000")
