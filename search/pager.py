"""Numbered pages: 1 … 4 5 [6] 7 8 … 20, as the search page's pager shows them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# Pages shown on each side of the current one; the first and last are always shown.
AROUND = 2


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None: a gap (…)
    url: str = ""
    current: bool = False


def page_links(page: int, pages: int, url: Callable[[int], str]) -> list[PageLink]:
    """The links of a pager for `page` of `pages`; `url(n)` is page n's address."""
    if pages <= 1:
        return []
    shown = {1, pages, *range(max(1, page - AROUND), min(pages, page + AROUND) + 1)}
    # A gap of a single page is shown as that page: "1 2 3", never "1 … 3".
    for n in (2, pages - 1):
        if n - 1 in shown and n + 1 in shown:
            shown.add(n)
    links: list[PageLink] = []
    previous = 0
    for n in sorted(shown):
        if n - previous > 1:
            links.append(PageLink(None))
        links.append(PageLink(n, url(n), n == page))
        previous = n
    return links
