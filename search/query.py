"""The user's query language → terms, and terms → index pieces. Pure; never raises.

    行政复议 柔性执法      both (AND)
    "证照分离"             exact phrase (spaces inside kept)
    行政复议 OR 行政诉讼    either
    -信访 / NOT 信访        without
    anything else          searched as plain text

Operators are read in any case and in full width (or, ＯＲ, －信访): a user typing them
means them, and "or"/"and"/"not" are not words of Chinese reports.

What a term matches depends on the mode (search/matching.py): in `exact` mode the
reports whose normalised text holds it as a string; in `words` mode (the default) also
those holding all of its jieba words anywhere, and its curated variants. Quoted phrases
are exact in both modes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from whoosh import query as wq

from search.analysis import BIGRAM_PIECES, normalize

MAX_TERMS = 16
BOOST_HEADS = 3.0
BOOST_WORDS = 2.0
BOOST_GRAMS = 1.0
MODES = ("words", "exact")
DEFAULT_MODE = "words"

_TOKEN = re.compile(r'"[^"]*"?|\S+')
_WORDISH = re.compile(r"\w")
_OPERATORS = {"AND", "OR", "NOT"}


@dataclass(frozen=True)
class ParsedQuery:
    groups: tuple[tuple[str, ...], ...] = ()  # AND of ORs of normalised terms
    excluded: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=(), compare=False)
    # Terms the user quoted: exact in both modes.
    phrases: frozenset[str] = field(default=frozenset(), compare=False)
    mode: str = field(default=DEFAULT_MODE, compare=False)

    @property
    def is_empty(self) -> bool:
        return not self.groups and not self.excluded

    @property
    def terms(self) -> list[str]:
        """Positive terms, for highlighting."""
        return [t for group in self.groups for t in group]

    @property
    def exact(self) -> bool:
        return self.mode == "exact"


# Brackets and quotes around a term are not part of it: (执法 → 执法, 《行政复议法》 →
# 行政复议法. Other punctuation is (.3%, 执行、重): exact means exact.
_EDGES = "()[]{}<>《》〈〉【】〔〕〖〗'\"‘’“”「」『』"
_EDGE_PUNCTUATION = re.compile(f"^[\\s{re.escape(_EDGES)}]+|[\\s{re.escape(_EDGES)}]+$")
# Chinese keyboards type these quotes; they mean the same as ".
_QUOTES = str.maketrans({"“": '"', "”": '"', "「": '"', "」": '"', "『": '"', "』": '"'})


def _clean(raw: str) -> str | None:
    text = _EDGE_PUNCTUATION.sub("", " ".join(normalize(raw).split()))
    # Keep only terms with something searchable (letters, digits, CJK).
    return text if _WORDISH.search(text) else None


def parse(q: str, mode: str = DEFAULT_MODE) -> ParsedQuery:
    groups: list[list[str]] = []
    excluded: list[str] = []
    phrases: set[str] = set()
    negate = join_or = False
    notes: list[str] = []
    # NFKC first: full-width ＯＲ, －词 and the ideographic space are the ASCII ones.
    text = unicodedata.normalize("NFKC", q or "").translate(_QUOTES)
    for token in _TOKEN.findall(text):
        operator = token.upper()
        if operator in _OPERATORS:
            if operator == "OR":
                join_or = bool(groups)
            elif operator == "NOT":
                negate = True
            continue  # AND: words are AND-ed anyway
        quoted = token.startswith('"')
        if quoted:
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
        if quoted:
            phrases.add(term)
        if negate:
            excluded.append(term)
        elif join_or and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        negate = join_or = False
    return ParsedQuery(
        tuple(tuple(dict.fromkeys(g)) for g in groups),
        tuple(excluded),
        tuple(notes),
        frozenset(phrases),
        mode if mode in MODES else DEFAULT_MODE,
    )


@dataclass(frozen=True)
class Piece:
    """A run the bigram field indexes (CJK characters, or letters/digits), and whether
    the term goes on beyond it on each side. A letters/digits piece at an edge of the term
    may be part of a longer token in the text (21 in 2021): it matches by prefix, suffix
    or substring of the indexed tokens; one inside the term is a whole token."""

    text: str
    cjk: bool
    open_left: bool
    open_right: bool


def pieces(term: str) -> list[Piece]:
    found = []
    for match in BIGRAM_PIECES.finditer(term):
        cjk, _word = match.groups()
        found.append(Piece(match.group(), bool(cjk), match.start() == 0, match.end() == len(term)))
    return found


def piece_query(piece: Piece) -> wq.Query:
    """A Whoosh query for the documents that may hold the piece (a superset or exact)."""
    if piece.cjk:
        run = piece.text
        if len(run) == 1:
            # Every character starts some bigram or is a run's final unigram.
            return wq.Prefix("grams", run)
        grams = dict.fromkeys(run[i : i + 2] for i in range(len(run) - 1))
        return wq.And([wq.Term("grams", g) for g in grams])
    if piece.open_left:  # suffix or substring of a token: matching.py reads the lexicon
        return wq.Wildcard("grams", f"*{piece.text}*")
    if piece.open_right:
        return wq.Prefix("grams", piece.text)
    return wq.Term("grams", piece.text)


def piece_queries_of(parsed: ParsedQuery) -> list[wq.Query]:
    """Every Whoosh query a search for `parsed` may run (for checks that they build)."""
    return [piece_query(p) for term in [*parsed.terms, *parsed.excluded] for p in pieces(term)]
