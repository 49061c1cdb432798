"""System checks of the deployment that Django's own `check --deploy` does not make."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.checks import Error, register


def static_manifest_errors() -> list[Error]:
    """Without collectstatic's manifest every page that uses {% static %} would answer 500.

    A clear refusal at start-up is better than a site whose HTML pages all fail while the
    API answers (issue 12: DEBUG off and collectstatic not run).
    """
    backend = settings.STORAGES["staticfiles"]["BACKEND"]
    if settings.DEBUG or "Manifest" not in backend:
        return []
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.is_file():
        return []
    return [
        Error(
            f"静态文件清单 {manifest} 不存在：DEBUG 关闭时每个页面都会出错。"
            "请先运行 python manage.py collectstatic --noinput。",
            hint="The static files manifest is missing: run `manage.py collectstatic` "
            "(with the same STATIC_ROOT) before starting the site.",
            id="fazhi.E001",
        )
    ]


@register(deploy=True)
def check_static_manifest(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    return static_manifest_errors()
