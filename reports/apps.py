from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = "法治报告"

    def ready(self) -> None:
        from config import checks  # noqa: F401  (registers the deployment checks)
