"""An escaping highlighter: the text is HTML-escaped first, then our own <mark> is added.

haystack's {% highlight %} does not escape, and Whoosh's stock highlighter uses an
English analyzer; neither is safe or useful on Chinese report text. Matching runs on a
length-preserving normalised copy (full-width, 繁体, case), so 行政復議 in the text is
marked for the query 行政复议 and the reverse, while the original characters are shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.analysis import normalize_chars


def terms_for(q: str) -> list[str]:
    """The positive terms of a user query (what the report page should highlight)."""
    from search.query import parse

    return parse(q or "").terms


def match_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Merged [start, end) spans of every occurrence of any term in `text`."""
    folded = normalize_chars(text)
    needles = sorted({normalize_chars(t.strip()) for t in terms if t and t.strip()}, key=len)
    spans: list[tuple[int, int]] = []
    for needle in needles:
        start = folded.find(needle)
        while start != -1:
            spans.append((start, start + len(needle)))
            start = folded.find(needle, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def highlight_html(text: str, terms: list[str]) -> SafeString:
    """`text` escaped, with every occurrence of any of `terms` wrapped in <mark>."""
    parts: list[str] = []
    last = 0
    for start, end in match_spans(text, terms):
        parts.append(escape(text[last:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        last = end
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))
