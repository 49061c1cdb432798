"""What a results page marks and, when it is empty, which next queries it offers."""

from __future__ import annotations

from dataclasses import dataclass

from search import searching
from search.query import ParsedQuery, parse
from search.terms import highlight_terms, required_words

__all__ = ["Suggestion", "highlight_terms", "next_queries"]

MAX_SUGGESTIONS = 6
MAX_TRIED = 10  # each one is a search: a long query must not make the empty page slow


@dataclass(frozen=True)
class Suggestion:
    label: str
    q: str
    mode: str
    count: int


def _term_text(term: str, parsed: ParsedQuery) -> str:
    return f'"{term}"' if term in parsed.phrases or " " in term else term


def _query_text(groups: list[tuple[str, ...]], parsed: ParsedQuery) -> str:
    parts = [" OR ".join(_term_text(t, parsed) for t in group) for group in groups]
    parts += [f"-{_term_text(t, parsed)}" for t in parsed.excluded]
    return " ".join(parts)


def next_queries(parsed: ParsedQuery, filters: dict[str, list[str]]) -> list[Suggestion]:
    """Queries close to `parsed` that do find reports with the same filters: the other
    mode, the query without one of its terms, its words separately and one by one."""
    candidates: list[tuple[str, str, str]] = []
    here = _query_text(list(parsed.groups), parsed)
    if parsed.exact:
        candidates.append(("改用模糊检索", here, "words"))
    groups = list(parsed.groups)
    if len(groups) > 1:
        for i, group in enumerate(groups):
            rest = _query_text(groups[:i] + groups[i + 1 :], parsed)
            dropped = " OR ".join(group)
            candidates.append((f"去掉“{dropped}”", rest, parsed.mode))
    words = list(dict.fromkeys(w for t in parsed.terms for w in required_words(t) if len(w) > 1))
    if len(words) > 1:
        candidates.append(("各词分开检索", " ".join(words), "words"))
    candidates += [(f"只检索“{w}”", w, parsed.mode) for w in words if w not in parsed.terms]
    found: list[Suggestion] = []
    seen = {(here, parsed.mode)}
    for label, q, mode in candidates:
        if not q or (q, mode) in seen:
            continue
        seen.add((q, mode))
        if len(seen) > MAX_TRIED:
            break
        count = searching.count(parse(q, mode=mode), filters)
        if count:
            found.append(Suggestion(label, q, mode, count))
        if len(found) >= MAX_SUGGESTIONS:
            break
    return found
