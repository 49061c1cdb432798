"""The order of a page of matches: Whoosh's TF-IDF, summed from the posting lists.

A report's score is what Whoosh's `TF_IDF` gives the OR of its query words in the
headings (×BOOST_HEADS) and in the text (×BOOST_WORDS): Σ boost × frequency × idf. Asking
Whoosh's collector for it scored every match through a union matcher, one posting at a
time (~20 µs a report: most of a broad query's time at 10,000 reports). Here the same
sums are read block by block from each word's posting list (ids and weights come out of
a block as arrays), and only the best `need` are sorted. Ties go to the lower docnum, as
in Whoosh.
"""

from __future__ import annotations

import heapq

from search import postings
from search.analysis import jieba_words
from search.query import BOOST_HEADS, BOOST_WORDS, ParsedQuery

FIELDS = (("heads", BOOST_HEADS), ("text", BOOST_WORDS))


def scoring_terms(parsed: ParsedQuery) -> list[tuple[str, str, float]]:
    """(field, word, boost) for every jieba word of the positive terms."""
    terms = []
    for term in parsed.terms:
        for word in dict.fromkeys(w for w in jieba_words(term) if w):
            terms.extend((field, word, boost) for field, boost in FIELDS)
    return terms


def scores(searcher, parsed: ParsedQuery, docs: set[int]) -> dict[int, float]:
    """docnum → score, for the reports in `docs` that hold any query word."""
    totals: dict[int, float] = {}
    get = totals.get
    # A word in several terms (政务 in 政务公开 OR 政务服务) is one posting list read,
    # its boosts added: the same sum.
    boosts: dict[tuple[str, str], float] = {}
    for field, word, boost in scoring_terms(parsed):
        boosts[(field, word)] = boosts.get((field, word), 0.0) + boost
    for (field, word), boost in boosts.items():
        factor = boost * searcher.idf(field, word)  # (an absent word has no postings)
        for offset, matcher in postings.leaf_postings(searcher, field, word):
            for ids, weights in postings.blocks(matcher):
                for docnum, weight in zip(ids, weights, strict=True):
                    docnum += offset
                    if docnum in docs:
                        totals[docnum] = get(docnum, 0.0) + weight * factor
    return totals


def best(searcher, parsed: ParsedQuery, docs: set[int], need: int) -> list[int]:
    """The `need` best-scored docnums of `docs`, best first (unscored ones left out)."""
    totals = scores(searcher, parsed, docs)
    return [d for d, _ in heapq.nsmallest(need, totals.items(), key=lambda kv: (-kv[1], kv[0]))]
