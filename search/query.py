"""The user's query language → a Whoosh query. Pure functions; never raises.

    行政复议 柔性执法      both words (AND)
    "证照分离"             exact phrase (spaces inside kept)
    行政复议 OR 行政诉讼    either
    -信访 / NOT 信访        without
    anything else          searched as plain text

Each term matches when the report contains it as a contiguous string: the jieba field
(boosted: whole-word matches rank first), the title/headings field (boosted more), and
the bigram field (substring recall whatever jieba's cut) are OR-ed per term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq

from search.analysis import CJK_RUN, jieba_words, normalize

MAX_TERMS = 16
BOOST_HEADS = 3.0
BOOST_WORDS = 2.0
BOOST_GRAMS = 1.0

_TOKEN = re.compile(r'"[^"]*"?|\S+')
_WORDISH = re.compile(r"\w")
_PIECES = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|([^\W_]+)")


@dataclass(frozen=True)
class ParsedQuery:
    groups: tuple[tuple[str, ...], ...] = ()  # AND of ORs of normalised terms
    excluded: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=(), compare=False)

    @property
    def is_empty(self) -> bool:
        return not self.groups and not self.excluded

    @property
    def terms(self) -> list[str]:
        """Positive terms, for highlighting."""
        return [t for group in self.groups for t in group]


def _clean(raw: str) -> str | None:
    text = " ".join(normalize(raw).split())
    # Keep only terms with something searchable (letters, digits, CJK).
    return text if _WORDISH.search(text) else None


def parse(q: str) -> ParsedQuery:
    groups: list[list[str]] = []
    excluded: list[str] = []
    negate = join_or = False
    notes: list[str] = []
    for token in _TOKEN.findall(q or ""):
        if token == "OR":
            join_or = bool(groups)
            continue
        if token == "NOT":
            negate = True
            continue
        if token.startswith('"'):
            raw = token.strip('"')
        elif token.startswith("-") and len(token) > 1:
            raw, negate = token[1:], True
        else:
            raw = token
        term = _clean(raw)
        if term is None:
            negate = join_or = False
            continue
        if len(groups) + len(excluded) >= MAX_TERMS:
            notes.append(f"检索词过多，只使用了前 {MAX_TERMS} 个。")
            break
        if negate:
            excluded.append(term)
        elif join_or and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        negate = join_or = False
    return ParsedQuery(
        tuple(tuple(dict.fromkeys(g)) for g in groups), tuple(excluded), tuple(notes)
    )


def _sequence(fieldname: str, words: list[str]) -> wq.Query | None:
    if not words:
        return None
    if len(words) == 1:
        return wq.Term(fieldname, words[0])
    return wq.Phrase(fieldname, words)


def _gram_query(term: str) -> wq.Query | None:
    parts: list[wq.Query] = []
    for cjk, word in _PIECES.findall(term):
        if word:
            parts.append(wq.Term("grams", word))
        elif len(cjk) == 1:
            # Every character starts some bigram or is a run's final unigram.
            parts.append(wq.Prefix("grams", cjk))
        elif len(cjk) == 2:
            parts.append(wq.Term("grams", cjk))
        else:
            parts.append(wq.Phrase("grams", [cjk[i : i + 2] for i in range(len(cjk) - 1)]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def term_query(term: str) -> wq.Query:
    """One normalised term, matched as a contiguous string in any text field."""
    options: list[wq.Query] = []
    words = [w for w in jieba_words(term) if w]
    for fieldname, boost in (("heads", BOOST_HEADS), ("text", BOOST_WORDS)):
        q = _sequence(fieldname, words)
        if q is not None:
            options.append(q.with_boost(boost))
    grams = _gram_query(term)
    if grams is not None:
        options.append(grams.with_boost(BOOST_GRAMS))
    if not options:
        return wq.NullQuery
    return wq.Or(options)


def to_whoosh(parsed: ParsedQuery) -> wq.Query:
    """A Whoosh query; wq.Every() for an empty query (the faceted browse)."""
    positive: wq.Query
    if parsed.groups:
        clauses = [wq.Or([term_query(t) for t in group]) for group in parsed.groups]
        positive = clauses[0] if len(clauses) == 1 else wq.And(clauses)
    else:
        positive = wq.Every()
    if parsed.excluded:
        return wq.AndNot(positive, wq.Or([term_query(t) for t in parsed.excluded]))
    return positive


def translate(q: str) -> wq.Query:
    return to_whoosh(parse(q))


def has_cjk(text: str) -> bool:
    return bool(CJK_RUN.search(text))
