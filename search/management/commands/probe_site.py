"""python manage.py probe_site URL [--json]: send the hostile request set to a running site.

Exits 1 on any 5xx, connection error or timeout, or any answer slower than --factor times
the median of ordinary queries (RELIABILITY.md records a run). Behind nginx's rate limit
(deploy/nginx.conf.example) pace it with --delay or run it from an unlimited address.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from search import probe


class Command(BaseCommand):
    help = "向运行中的站点发送恶意/异常检索与垃圾网址，统计状态码与耗时；出现 5xx 或过慢时失败。"
    requires_system_checks: list = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("url", help="站点根地址，如 http://127.0.0.1:8000")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出结果")
        parser.add_argument(
            "--factor",
            type=float,
            default=probe.FACTOR,
            help="允许的耗时倍数（相对普通检索的中位数），默认 10",
        )
        parser.add_argument("--delay", type=float, default=0.0, help="每个请求之间的间隔（秒）")

    def handle(self, *args, **options) -> None:
        url = options["url"]
        if not url.startswith(("http://", "https://")):
            raise CommandError("URL 须以 http:// 或 https:// 开头。")
        try:
            report = probe.run(url, factor=options["factor"], delay=options["delay"])
        except RuntimeError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            probe.format_json(report) if options["json"] else probe.format_text(report)
        )
        if report.failures:
            raise CommandError(f"{len(report.failures)} 个请求失败（5xx、无应答或超时、过慢）。")
