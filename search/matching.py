"""Which documents a parsed query matches, as sets of docnums: exact and cheap.

A term matches a report when the report's normalised text contains it as a contiguous
string. The bigram field decides that exactly (a run of ≥ 3 CJK characters is the
phrase of its bigrams), but checking positions in every report is what made broad
queries slow. So, per term:

* A = reports where jieba produced the term as one word (a Term: posting list only):
  these certainly contain the string;
* B = reports holding every bigram of the term (posting lists only, no positions): a
  superset of the answer;
* only B − A — the reports where jieba cut the string some other way — have their
  bigram positions checked (every other bigram at consecutive positions).

The answer is A ∪ verified(B − A), exactly the reports containing the string.
Everything runs per segment (leaf searcher) and is offset into global docnums.
"""

from __future__ import annotations

from whoosh import query as wq
from whoosh.reading import TermNotFound

from search.analysis import jieba_words
from search.query import ParsedQuery, piece_queries


def _docs(searcher, query: wq.Query) -> set[int]:
    return set(searcher.docs_for_query(query))


def _verify(searcher, grams: list[str], candidates: set[int]) -> set[int]:
    """The candidates whose text has `grams` (a run's bigrams) at consecutive positions.

    Reads the positions of every other bigram only (plus the last): ab@p, cd@p+2, ef@p+4
    already spell abcdef. Set intersection on positions beats Whoosh's span matcher.
    """
    found: set[int] = set()
    if not candidates:
        return found
    offsets = list(range(0, len(grams), 2))
    if offsets[-1] != len(grams) - 1:
        offsets.append(len(grams) - 1)
    for leaf, offset in searcher.leaf_searchers():
        size = leaf.doc_count_all()
        local = sorted(d - offset for d in candidates if offset <= d < offset + size)
        if not local:
            continue
        reader = leaf.reader()
        try:
            matchers = [(i, reader.postings("grams", grams[i])) for i in offsets]
        except TermNotFound:
            continue
        for docnum in local:
            starts: set[int] | None = None
            for i, matcher in matchers:
                if matcher.is_active() and matcher.id() < docnum:
                    matcher.skip_to(docnum)
                if not matcher.is_active() or matcher.id() != docnum:
                    starts = None
                    break
                shifted = {p - i for p in matcher.value_as("positions")}
                starts = shifted if starts is None else starts & shifted
                if not starts:
                    break
            if starts:
                found.add(docnum + offset)
    return found


def _word_query(term: str) -> wq.Query | None:
    # Only a single word: a jieba phrase would read positions in every report again.
    words = [w for w in jieba_words(term) if w]
    return wq.Term("text", words[0]) if len(words) == 1 else None


def term_docs(searcher, term: str) -> set[int]:
    """Docnums of the reports whose text contains `term` (normalised) as a string."""
    result: set[int] | None = None
    sure: set[int] | None = None  # reports where jieba found the whole term
    for exact, candidates, grams in piece_queries(term):
        if exact is not None:
            docs = _docs(searcher, exact)
        else:
            if sure is None:
                word_query = _word_query(term)
                sure = _docs(searcher, word_query) if word_query is not None else set()
            superset = _docs(searcher, candidates)
            known = sure & superset
            docs = known | _verify(searcher, grams, superset - known)
        result = docs if result is None else result & docs
        if not result:
            return set()
    return result or set()


def query_docs(searcher, parsed: ParsedQuery, universe: set[int]) -> set[int]:
    """AND of ORs of terms, minus the excluded terms; `universe` for an empty query."""
    matched = set(universe)
    for group in parsed.groups:
        either: set[int] = set()
        for term in group:
            either |= term_docs(searcher, term)
        matched &= either
        if not matched:
            return matched
    for term in parsed.excluded:
        matched -= term_docs(searcher, term)
    return matched
