"""The user's query language → terms, and terms → Whoosh queries. Pure; never raises.

    行政复议 柔性执法      both words (AND)
    "证照分离"             exact phrase (spaces inside kept)
    行政复议 OR 行政诉讼    either
    -信访 / NOT 信访        without
    anything else          searched as plain text

Each term matches when the report contains it as a contiguous string, decided on the
bigram field (search/matching.py); the jieba words and the title/headings rank the
matches (search/searching.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq

from search.analysis import BIGRAM_PIECES, normalize

MAX_TERMS = 16
BOOST_HEADS = 3.0
BOOST_WORDS = 2.0
BOOST_GRAMS = 1.0

_TOKEN = re.compile(r'"[^"]*"?|\S+')
_WORDISH = re.compile(r"\w")
_PIECES = BIGRAM_PIECES  # the same pieces the bigram tokenizer indexes


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


_EDGE_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")
# Chinese keyboards type these quotes; they mean the same as ".
_QUOTES = str.maketrans({"“": '"', "”": '"', "「": '"', "」": '"', "『": '"', "』": '"'})


def _clean(raw: str) -> str | None:
    # Brackets and punctuation around a word are not part of it: (执法 → 执法.
    text = _EDGE_PUNCTUATION.sub("", " ".join(normalize(raw).split()))
    # Keep only terms with something searchable (letters, digits, CJK).
    return text if _WORDISH.search(text) else None


def parse(q: str) -> ParsedQuery:
    groups: list[list[str]] = []
    excluded: list[str] = []
    negate = join_or = False
    notes: list[str] = []
    for token in _TOKEN.findall((q or "").translate(_QUOTES)):
        if token == "AND":
            continue  # words are AND-ed anyway
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


Piece = tuple[wq.Query | None, wq.Query | None, str | None]


def piece_queries(term: str) -> list[Piece]:
    """Per piece of a term on the bigram field: (exact query, None, None), or for a run of
    ≥ 3 CJK characters (None, a superset query — every bigram of the run —, the run
    itself, which the report's text must contain)."""
    pieces: list[Piece] = []
    for cjk, word in _PIECES.findall(term):
        if word:
            pieces.append((wq.Term("grams", word), None, None))
        elif len(cjk) == 1:
            # Every character starts some bigram or is a run's final unigram.
            pieces.append((wq.Prefix("grams", cjk), None, None))
        elif len(cjk) == 2:
            pieces.append((wq.Term("grams", cjk), None, None))
        else:
            grams = dict.fromkeys(cjk[i : i + 2] for i in range(len(cjk) - 1))
            pieces.append((None, wq.And([wq.Term("grams", g) for g in grams]), cjk))
    return pieces


def piece_queries_of(parsed: ParsedQuery) -> list[wq.Query]:
    """Every Whoosh query a search for `parsed` may run (for checks that they build)."""
    queries: list[wq.Query] = []
    for term in [*parsed.terms, *parsed.excluded]:
        for exact, superset, _run in piece_queries(term):
            queries.extend(q for q in (exact, superset) if q is not None)
    return queries
