"""Helpers shared by the report and browse views: search links, query terms, section trees."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import SafeString

from reports.models import Section
from search.facets import FACET_PARAMS
from search.highlight import highlight_html
from search.query import DEFAULT_MODE, parse
from search.terms import highlight_terms

# The parameters the search page understands (its filters from search/facets.py); anything
# else is not passed back to it.
SEARCH_PARAMS = ("q", *FACET_PARAMS, "sort", "mode", "page")

_MAX_TERMS = 10
_MAX_QUERY = 200
_CHINESE_NUMERAL = re.compile(r"^[一二三四五六七八九十百零〇]+$")


def search_url(params: Mapping[str, str | int | Iterable[str | int]] | None = None) -> str:
    """`/search/?province=福建省&year=2023`: the search helper owns the page, we only link to it."""
    base = reverse("search:search")
    if not params:
        return base
    return (
        base
        + "?"
        + urlencode({k: v for k, v in params.items() if v not in ("", None, [], ())}, doseq=True)
    )


def query_terms(q: str, mode: str = "") -> list[str]:
    """Words to highlight from a search query, read by the search's own query parser: in
    words mode the words and variants that matched apart, as in the results' snippets."""
    parsed = parse(q[:_MAX_QUERY], mode=mode or DEFAULT_MODE)
    return highlight_terms(parsed)[:_MAX_TERMS]


def back_to_search_url(request: HttpRequest) -> str:
    """The search the visitor came from, rebuilt from the parameters we were given."""
    params = {k: request.GET.getlist(k) for k in SEARCH_PARAMS if request.GET.getlist(k)}
    return search_url(params)


def is_web_url(url: str) -> bool:
    """Only http(s) links are rendered: `javascript:` and friends stay plain text."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def paragraphs(text: str, terms: list[str]) -> list[SafeString]:
    """One escaped (and highlighted) string per non-blank line."""
    return [highlight_html(line.strip(), terms) for line in text.split("\n") if line.strip()]


def number_label(number: str) -> str:
    """The section number as printed: 一 → 一、, 1 → 1., (一) unchanged."""
    number = number.strip()
    if _CHINESE_NUMERAL.match(number):
        return number + "、"
    if number.isdigit():
        return number + "."
    return number


def heading_text(section: Section) -> str:
    label = number_label(section.number)
    heading = section.heading.strip()
    if label and heading:
        sep = "" if label[-1] in "、)）" else " "
        return f"{label}{sep}{heading}"
    return label or heading or f"第{section.position}部分"


@dataclass
class SectionNode:
    section: Section
    depth: int  # 1 for top level, whatever the parser's level says
    title: SafeString
    plain_title: str
    body: list[SafeString]
    children: list[SectionNode] = field(default_factory=list)

    @property
    def heading_tag(self) -> str:
        # h1 is the report title; a nested section never skips a heading level.
        return f"h{min(self.depth + 1, 6)}"

    @property
    def anchor(self) -> str:
        return self.section.anchor


def section_tree(sections: Iterable[Section], terms: list[str] | None = None) -> list[SectionNode]:
    """Assemble sections (already fetched in one query, ordered by position) into a tree."""
    terms = terms or []
    nodes: dict[int, SectionNode] = {}
    roots: list[SectionNode] = []
    for section in sections:
        parent = nodes.get(section.parent_id) if section.parent_id else None
        plain = heading_text(section)
        node = SectionNode(
            section=section,
            depth=parent.depth + 1 if parent else 1,
            title=highlight_html(plain, terms),
            plain_title=plain,
            body=paragraphs(section.body, terms),
        )
        nodes[section.pk] = node
        # A parent always precedes its children in position order; an orphan becomes a root.
        (parent.children if parent else roots).append(node)
    return roots


def section_dicts(nodes: list[SectionNode]) -> list[dict]:
    """The API's nested section list (plain text, no HTML)."""
    return [
        {
            "anchor": n.section.anchor,
            "level": n.section.level,
            "number": n.section.number,
            "heading": n.section.heading,
            "body": n.section.body,
            "children": section_dicts(n.children),
        }
        for n in nodes
    ]


def error_page(request: HttpRequest, status: int, message: str) -> HttpResponse:
    """A Chinese error page with a specific message (404.html / 400.html)."""
    return render(request, f"{status}.html", {"message": message}, status=status)
