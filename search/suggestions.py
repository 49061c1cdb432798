"""What a results page marks and, when it is empty, which next queries it offers."""

from __future__ import annotations

from dataclasses import dataclass

from search import searching, variants
from search.matching import is_cjk, required_words
from search.query import ParsedQuery, parse

MAX_SUGGESTIONS = 6
MAX_TRIED = 10  # each one is a search: a long query must not make the empty page slow


def highlight_terms(parsed: ParsedQuery) -> list[str]:
    """The strings to mark in snippets: the terms, and in words mode each term's words
    and variants (a report matched on words apart has no literal term to mark)."""
    terms = list(parsed.terms)
    if not parsed.exact:
        for term in parsed.terms:
            if term in parsed.phrases:
                continue
            for form in [term, *variants.alternatives(term)]:
                words = required_words(form)
                terms.append(form)
                if any(is_cjk(w) for w in words):  # as matching.Matcher.loose splits
                    terms.extend(words)
    return list(dict.fromkeys(t for t in terms if t))


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
