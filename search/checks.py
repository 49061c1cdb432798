"""System checks of the search side (manage.py check, runserver, migrate, check --deploy)."""

from __future__ import annotations

from django.core import checks

from search import bulk_postings, whoosh_adapter


@checks.register(checks.Tags.compatibility)
def check_whoosh_internals(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """The installed Whoosh still has every private name search/whoosh_adapter.py uses."""
    missing = whoosh_adapter.check(buffer_factory=bulk_postings.PostingBuffer)
    return [
        checks.Error(
            f"已安装的 Whoosh 缺少检索所用的内部属性 {name}",
            hint=(
                f"search/whoosh_adapter.py 按 whoosh-reloaded=={whoosh_adapter.CHECKED_RELEASE} "
                "编写：安装该版本（pip install -e .），或按新版本改写适配模块。"
            ),
            obj=name,
            id="search.E001",
        )
        for name in missing
    ]
