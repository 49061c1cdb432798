"""The order of a page of matches: BM25 over the query's jieba words, with boosts for
literal matches and for words that stand together.

A report's score sums, for each jieba word of the positive terms (and of their curated
variants, at half weight), BM25 in the headings (×BOOST_HEADS; titles and headings are
short, so no length normalisation) and in the text (×BOOST_WORDS, the length read from
the texts column, search/bodies.py). Words close together rank higher: each adjacent
pair of the term's words that the report also has adjacent (the `pairs` field, a
posting read) adds that pair's weight, and a report holding every term as a string
(`literal`) gets the weight of all its words at saturation. In exact mode every match
is literal and the words and pairs decide.

Whoosh's collector scored every match through a union matcher, one posting at a time
(~20 µs a report: most of a broad query's time at 10,000 reports). Here the sums are
read block by block from each word's posting list (ids and weights come out of a block
as arrays), and only the best `need` are sorted. Ties go to the lower docnum.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from itertools import pairwise

from search import postings, variants
from search.analysis import jieba_words
from search.query import BOOST_HEADS, BOOST_WORDS, ParsedQuery

FIELDS = (("heads", BOOST_HEADS), ("text", BOOST_WORDS))
K1, B = 1.2, 0.75
VARIANT_WEIGHT = 0.5
PAIR_WEIGHT = 1.0
# Words close together: the best-scored POOL reports get up to PROXIMITY × the literal
# bonus, less the further apart the query's words are in their closest occurrence.
POOL = 200
PROXIMITY = 0.5
MAX_OCCURRENCES = 64


def _forms(parsed: ParsedQuery) -> list[tuple[str, float]]:
    forms = [(t, 1.0) for t in parsed.terms]
    if not parsed.exact:
        forms += [
            (alt, VARIANT_WEIGHT)
            for t in parsed.terms
            if t not in parsed.phrases
            for alt in variants.alternatives(t)
        ]
    return forms


def scoring_terms(parsed: ParsedQuery) -> list[tuple[str, str, float]]:
    """(field, word, boost) for every jieba word of the positive terms."""
    terms = []
    for term, weight in _forms(parsed):
        for word in dict.fromkeys(w for w in jieba_words(term) if w):
            terms.extend((field, word, boost * weight) for field, boost in FIELDS)
    return terms


def _idf(searcher, field: str, word: str) -> float:
    n = searcher.doc_count_all()
    df = searcher.doc_frequency(field, word)
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def scores(
    searcher,
    parsed: ParsedQuery,
    docs: set[int],
    lengths: Sequence[int] | None = None,
    literal: set[int] | None = None,
) -> dict[int, float]:
    """docnum → score, for the reports in `docs` that hold any query word."""
    totals: dict[int, float] = {}
    get = totals.get
    # A word in several terms (政务 in 政务公开 OR 政务服务) is one posting list read,
    # its boosts added.
    boosts: dict[tuple[str, str], float] = {}
    for field, word, boost in scoring_terms(parsed):
        boosts[(field, word)] = boosts.get((field, word), 0.0) + boost
    average = (sum(lengths) / len(lengths) or 1.0) if lengths else 1.0
    saturated = literal_bonus(searcher, parsed)
    for (field, word), boost in boosts.items():
        factor = boost * _idf(searcher, field, word)  # (an absent word has no postings)
        for offset, matcher in postings.leaf_postings(searcher, field, word):
            for ids, weights in postings.blocks(matcher):
                for docnum, tf in zip(ids, weights, strict=True):
                    docnum += offset
                    if docnum in docs:
                        if field == "text" and lengths is not None:
                            norm = K1 * (1 - B + B * lengths[docnum] / average)
                        else:
                            norm = K1
                        totals[docnum] = get(docnum, 0.0) + factor * tf * (K1 + 1) / (tf + norm)
    # Words that stand together in the query and in the report.
    for term, weight in _forms(parsed):
        words = [w for w in jieba_words(term) if w]
        for pair in dict.fromkeys(a + b for a, b in pairwise(words)):
            bonus = PAIR_WEIGHT * weight * BOOST_WORDS * _idf(searcher, "pairs", pair)
            for docnum in postings.docs_with(searcher, "pairs", pair) & docs:
                totals[docnum] = get(docnum, 0.0) + bonus
    if literal and saturated and len(literal) < len(docs):
        for docnum in literal & docs:
            totals[docnum] = get(docnum, 0.0) + saturated
    return totals


def window(text: str, words: list[str]) -> int | None:
    """The length of the shortest stretch of `text` holding every one of `words` (None
    when one is missing); only each word's first MAX_OCCURRENCES count."""
    events: list[tuple[int, int, int]] = []  # (start, end, word)
    for i, word in enumerate(words):
        start, seen = text.find(word), 0
        if start < 0:
            return None
        while start >= 0 and seen < MAX_OCCURRENCES:
            events.append((start, start + len(word), i))
            start, seen = text.find(word, start + 1), seen + 1
    events.sort()
    last: dict[int, int] = {}  # word → index of its latest event in the sweep
    best_span: int | None = None
    for j, (_start, end, i) in enumerate(events):
        last[i] = j
        if len(last) == len(words):
            first = min(events[k][0] for k in last.values())
            span = end - first
            if best_span is None or span < best_span:
                best_span = span
    return best_span


def _query_words(parsed: ParsedQuery) -> list[str]:
    words = [w for t in parsed.terms for w in jieba_words(t) if w and len(w) > 1]
    return list(dict.fromkeys(words))


def _closeness(
    texts, parsed: ParsedQuery, totals: dict[int, float], bonus: float
) -> dict[int, float]:
    words = _query_words(parsed)
    if len(words) < 2 or not bonus:
        return totals
    pool = heapq.nsmallest(POOL, totals.items(), key=lambda kv: (-kv[1], kv[0]))
    least = sum(len(w) for w in words)
    for docnum, score in pool:
        span = window(texts.text(docnum), words)
        if span is not None:
            excess = max(0, span - least)
            totals[docnum] = score + PROXIMITY * bonus / (1 + excess / 10)
    return totals


def literal_bonus(searcher, parsed: ParsedQuery) -> float:
    """Every query word at saturation in the text."""
    return sum(
        boost * _idf(searcher, field, word) * (K1 + 1)
        for field, word, boost in scoring_terms(parsed)
        if field == "text"
    )


def best(
    searcher,
    parsed: ParsedQuery,
    docs: set[int],
    need: int,
    lengths: Sequence[int] | None = None,
    literal: set[int] | None = None,
    texts=None,
) -> list[int]:
    """The `need` best-scored docnums of `docs`, best first (unscored ones left out)."""
    totals = scores(searcher, parsed, docs, lengths, literal)
    if texts is not None:
        totals = _closeness(texts, parsed, totals, literal_bonus(searcher, parsed))
    return [d for d, _ in heapq.nsmallest(need, totals.items(), key=lambda kv: (-kv[1], kv[0]))]
