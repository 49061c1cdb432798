"""A report's citation in GB/T 7714-2015 style for electronic resources ([EB/OL])."""

from __future__ import annotations

from datetime import date

# GB/T 7714-2015 8.1.1: a work without a known author is cited under 佚名.
UNKNOWN_AUTHOR = "佚名"


def gbt7714(
    *,
    issuer: str,
    title: str,
    published: date | None,
    source_url: str,
    permalink: str,
    cited: date,
) -> str:
    """主要责任者. 题名[EB/OL]. (发布日期)[引用日期]. 获取和访问路径.

    The access path is the source URL; the archive's permalink follows it (it is the
    only path when the report has no source URL).
    """
    author = " ".join(issuer.split()) or UNKNOWN_AUTHOR
    name = " ".join(title.split())
    dates = f"({published.isoformat()})" if published else ""
    dates += f"[{cited.isoformat()}]"
    paths = [u for u in (source_url.strip(), permalink) if u]
    if len(paths) == 2:
        access = f"{paths[0]}. 法治报告库存档: {paths[1]}."
    else:
        access = f"{paths[0]}."
    return f"{author}. {name}[EB/OL]. {dates}. {access}"


def citation_for(report, request) -> str:
    """A stored report's citation, cited today, as its page and `GET /api/reports/<id>`
    give it (`request` makes the permalink absolute)."""
    from django.utils import timezone

    from reports.views.common import is_web_url

    return gbt7714(
        issuer=report.issuer,
        title=report.title,
        published=report.published,
        source_url=report.source_url if is_web_url(report.source_url) else "",
        permalink=request.build_absolute_uri(report.get_absolute_url()),
        cited=timezone.localdate(),
    )
