"""The order of a page of matches: BM25 over the query's jieba words, with boosts for
literal matches and for words that stand together.

A report's score sums, for each jieba word of the positive terms (and of their one-word
curated variants, at half weight), BM25 in the headings (×BOOST_HEADS; titles and headings are
short, so no length normalisation) and in the text (×BOOST_WORDS, the length read from
the texts column, search/bodies.py). Words close together rank higher: each adjacent
pair of the term's words that the report also has adjacent (the `pairs` field, a
posting read) adds that pair's weight; among the best POOL of those, a report holding
every term as a string gets the weight of all its words at saturation, and the closer
its words stand the more of a closeness bonus; a curated variant of every term earns
ALT of the literal bonus, and a variant form inside a longer term alone (综合执法 for
综合行政执法改革) CORE of it. Occurrences in an organisation's name (综合行政执法局) or
right after a site's ">" navigation do not count as literal. In exact mode every match
is literal and the words and pairs decide.

Whoosh's collector scored every match through a union matcher, one posting at a time
(~20 µs a report: most of a broad query's time at 10,000 reports). Here the sums are
read block by block from each word's posting list (ids and weights come out of a block
as arrays), and only the best `need` are sorted. Ties go to the lower docnum.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import chain, pairwise

import numpy as np

from search import bodies, postings, variants
from search.analysis import jieba_words
from search.bodies import encode
from search.query import BOOST_HEADS, BOOST_WORDS, ParsedQuery

FIELDS = (("heads", BOOST_HEADS), ("text", BOOST_WORDS))
K1, B = 1.2, 0.75
VARIANT_WEIGHT = 0.5
PAIR_WEIGHT = 1.0
# Literal matches and words close together are decided on the best-scored POOL reports'
# texts: up to PROXIMITY × the literal bonus, less the further apart the words are.
POOL = 100
PROXIMITY = 0.5
MAX_OCCURRENCES = 24
# A report holding the notion of a longer term (a variant form inside it) but not the
# whole term: this share of the literal bonus.
CORE = 0.5
# A report holding a curated variant of every term rather than the terms as typed: this
# share of the literal bonus (重大决策 also stands in 重大决策部署, another notion).
ALT = 0.8


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
    """(field, word, boost) for every jieba word of the positive terms, and of their
    variants that are one word (普法): a variant of several words ranks by its pairs and
    by being written out (`_rerank`); its common words (权力, 事项) cost posting reads
    and told little."""
    terms: list[tuple[str, str, float]] = []
    for term, weight in _forms(parsed):
        words = dict.fromkeys(w for w in jieba_words(term) if w)
        if weight != 1.0 and len(words) > 1:
            continue
        for word in words:
            terms.extend((field, word, boost * weight) for field, boost in FIELDS)
    return terms


def _idf(searcher, field: str, word: str) -> float:
    n = searcher.doc_count_all()
    df = searcher.doc_frequency(field, word)
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def score_array(
    searcher,
    parsed: ParsedQuery,
    docs: set[int],
    lengths: Sequence[int] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(score by global docnum, held: whether the report is in `docs` and holds any query
    word), as arrays over every docnum of the searcher."""
    size = searcher.doc_count_all()
    totals = np.zeros(size, dtype=np.float64)
    held = np.zeros(size, dtype=bool)
    wanted = np.zeros(size, dtype=bool)
    wanted[np.fromiter(docs, dtype=np.int64, count=len(docs))] = True
    # A word in several terms (政务 in 政务公开 OR 政务服务) is one posting list read,
    # its boosts added.
    boosts: dict[tuple[str, str], float] = {}
    for field, word, boost in scoring_terms(parsed):
        boosts[(field, word)] = boosts.get((field, word), 0.0) + boost
    average = (sum(lengths) / len(lengths) or 1.0) if lengths else 1.0
    text_lengths = np.asarray(lengths, dtype=np.float64) if lengths else None
    # BM25's length norm K1·(1 − B + B·length/average) = base + scale·length.
    base, scale = K1 * (1 - B), K1 * B / average
    for (field, word), boost in boosts.items():
        # (an absent word has no postings)
        factor = boost * _idf(searcher, field, word) * (K1 + 1)
        for offset, matcher in postings.leaf_postings(searcher, field, word):
            ids_parts, tf_parts = [], []
            for ids, weights in postings.blocks(matcher):
                ids_parts.append(ids)
                tf_parts.append(weights)
            ids = np.fromiter(chain.from_iterable(ids_parts), dtype=np.int64) + offset
            tf = np.fromiter(chain.from_iterable(tf_parts), dtype=np.float64)
            keep = wanted[ids]
            ids, tf = ids[keep], tf[keep]
            # Each docnum once per posting list: the fancy-index add is exact. The same
            # operations in the same order as one report at a time (the scores are equal).
            if field == "text" and text_lengths is not None:
                norm: np.ndarray | float = base + scale * text_lengths[ids]
            else:
                norm = K1
            totals[ids] += factor * tf / (tf + norm)
            held[ids] = True
    # Words that stand together in the query and in the report (in exact mode every
    # match holds each term: its pairs would add about the same to every report).
    for term, weight in [] if parsed.exact else _forms(parsed):
        words = [w for w in jieba_words(term) if w]
        for pair in dict.fromkeys(a + b for a, b in pairwise(words)):
            bonus = PAIR_WEIGHT * weight * BOOST_WORDS * _idf(searcher, "pairs", pair)
            together = postings.docs_with(searcher, "pairs", pair) & docs
            if together:
                ids = np.fromiter(together, dtype=np.int64, count=len(together))
                totals[ids] += bonus
                held[ids] = True
    return totals, held


def scores(
    searcher,
    parsed: ParsedQuery,
    docs: set[int],
    lengths: Sequence[int] | None = None,
) -> dict[int, float]:
    """docnum → score, for the reports in `docs` that hold any query word."""
    totals, held = score_array(searcher, parsed, docs, lengths)
    ids = np.flatnonzero(held)
    return dict(zip(ids.tolist(), totals[ids].tolist(), strict=True))


def _top(totals: np.ndarray, ids: np.ndarray, need: int) -> np.ndarray:
    """The `need` best of `ids` by score, ties to the lower docnum."""
    if need <= 0:
        return ids[:0]
    if len(ids) > need:
        # Everything scoring at least the need-th best score (ties included), then sorted.
        cut = np.partition(totals[ids], len(ids) - need)[len(ids) - need]
        ids = ids[totals[ids] >= cut]
    order = np.lexsort((ids, -totals[ids]))
    return ids[order][:need]


def window(segment, docnum: int, needles: list[bytes]) -> int | None:
    """The length in characters of the shortest stretch of a report's text holding every
    one of `needles` (words as bodies.encode gives them; None when one is missing),
    found in the mapped texts without decoding them; only each word's first
    MAX_OCCURRENCES count."""
    start, end = segment.starts[docnum], segment.ends[docnum]
    find = segment.buffer.find
    events: list[tuple[int, int, int]] = []  # (start, end, word) in bytes
    for i, needle in enumerate(needles):
        at, seen = find(needle, start, end), 0
        while at >= 0 and seen < MAX_OCCURRENCES:
            if not (at - start) & 1:  # on a character boundary
                events.append((at, at + len(needle), i))
                seen += 1
            at = find(needle, at + 1, end)
        if not seen:
            return None
    events.sort()
    held = [0] * len(needles)
    missing, left, best_span = len(needles), 0, None
    for _start, stop, i in events:  # two pointers over the occurrences in text order
        held[i] += 1
        missing -= held[i] == 1
        while not missing:
            first, _stop, j = events[left]
            if best_span is None or stop - first < best_span:
                best_span = stop - first
            held[j] -= 1
            missing += held[j] == 0
            left += 1
    return None if best_span is None else best_span // 2


def _query_words(parsed: ParsedQuery) -> list[str]:
    words = [w for t in parsed.terms for w in jieba_words(t) if w and len(w) > 1]
    return list(dict.fromkeys(words))


# A form right before one of these is part of an organisation's name (综合行政执法局,
# 普法办公室), not the work itself; one right after ">" is a site's navigation (首页 >
# 政务公开 > …). (Single characters such as 处 or 科 would also cut 处罚, 科学化.)
_NAME_ENDS = tuple(
    encode(s) for s in ("局", "厅", "大队", "支队", "中队", "办公室", "委员会", "领导小组")
)
_NAV = encode(">")
_CHAR = len(encode("字"))


def holds(segment, docnum: int, needle: bytes) -> bool:
    """Whether the report's text holds `needle` once outside names and navigation (its
    first MAX_OCCURRENCES looked at)."""
    start, end = segment.starts[docnum], segment.ends[docnum]
    buffer = segment.buffer
    at, seen = buffer.find(needle, start, end), 0
    while at >= 0 and seen < MAX_OCCURRENCES:
        if not (at - start) & 1:  # on a character boundary
            seen += 1
            after = at + len(needle)
            named = any(buffer[after : after + len(s)] == s for s in _NAME_ENDS)
            before = (
                buffer[at - i * _CHAR : at - (i - 1) * _CHAR]
                for i in (1, 2)
                if at - i * _CHAR >= start
            )
            if not named and _NAV not in before:
                return True
        at = buffer.find(needle, at + 1, end)
    return False


def _cores(term: str) -> list[str]:
    """The variant forms a term holds (综合行政执法 in 综合行政执法改革) and their other
    forms: the notion the term is about, written any of its ways."""
    found: dict[str, None] = {}
    for forms in variants.entries():
        if any(f in term for f in forms) and not any(f == term for f in forms):
            found.update(dict.fromkeys(forms))
    return list(found)


def _rerank(
    texts, parsed: ParsedQuery, totals: np.ndarray, scored: np.ndarray, bonus: float
) -> None:
    """Words mode, on the best POOL reports by BM25 and pairs: a report holding every
    term as a string gets the literal bonus and the full closeness bonus, one holding a
    variant of it ALT of that bonus (either outside names and navigation, see `holds`);
    holding the notion of a longer
    term (its variant form alone) earns CORE of the literal bonus; another gets the
    closeness bonus by its words' shortest window. (In exact mode every match is literal
    and its words stand together: nothing to add.)"""
    if not bonus:
        return
    words = _query_words(parsed)
    needles = [bodies.encode(w) for w in words]

    def forms(term: str) -> list[str]:
        quoted = term in parsed.phrases
        return [term] if quoted else [term, *variants.alternatives(term)]

    groups = [[encode(f) for t in group for f in forms(t)] for group in parsed.groups]
    literal = [[encode(t) for t in group] for group in parsed.groups]
    cores = [
        [encode(f) for f in _cores(t)]
        for group in parsed.groups
        for t in group
        if t not in parsed.phrases
    ]
    cores = [c for c in cores if c]
    full = PROXIMITY * bonus
    least = sum(len(w) for w in words)
    for docnum in _top(totals, np.flatnonzero(scored), POOL).tolist():
        score = float(totals[docnum])
        located = texts.segment_of(docnum)
        if located is None:
            continue
        segment, local = located
        if all(any(holds(segment, local, f) for f in group) for group in literal):
            totals[docnum] = score + bonus + full
            continue
        if all(any(holds(segment, local, f) for f in group) for group in groups):
            totals[docnum] = score + ALT * bonus + full
            continue
        if cores:
            held = sum(any(holds(segment, local, f) for f in core) for core in cores)
            score += CORE * bonus * held / len(cores)
        span = window(segment, local, needles) if len(words) > 1 else None
        if span is not None:
            score += full / (1 + max(0, span - least) / 10)
        totals[docnum] = score


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
    texts=None,
) -> list[int]:
    """The `need` best-scored docnums of `docs`, best first (unscored ones left out)."""
    totals, held = score_array(searcher, parsed, docs, lengths)
    if texts is not None and not parsed.exact:
        _rerank(texts, parsed, totals, held, literal_bonus(searcher, parsed))
    return _top(totals, np.flatnonzero(held), need).tolist()
