"""Which documents a parsed query matches, as sets of docnums: exact and cheap.

A term matches a report when the report's normalised text contains it as a contiguous
string. Per piece of the term (search/query.py):

* a word, a single CJK character or a CJK pair is one posting read on the bigram field,
  which is exact;
* a run of ≥ 3 CJK characters: the reports holding its two rarest bigrams (posting
  lists only) are a superset. Those where jieba cut the run as one word (行政复议) or as
  two adjacent words (合法性|审查, the `pairs` field) hold it for sure; each of the others
  is checked with one `find` of the run in the report's text, kept in the index
  (search/bodies.py). Decoding bigram positions for the same check cost ~40 µs a report
  in Python and made broad queries slow.

Everything works on global docnums of one searcher.
"""

from __future__ import annotations

from whoosh import query as wq

from search import postings
from search.bodies import SearcherTexts
from search.query import ParsedQuery, piece_queries


def _docs(searcher, query: wq.Query) -> set[int]:
    """The query's documents (deleted ones too: run() keeps the live ones), read from
    the posting blocks for the queries piece_queries makes."""
    if isinstance(query, wq.Term):
        return postings.docs_with(searcher, query.fieldname, query.text)
    if isinstance(query, wq.Prefix):
        return postings.docs_with_prefix(searcher, query.fieldname, query.text)
    if isinstance(query, wq.And):
        found: set[int] | None = None
        for sub in query.subqueries:
            docs = _docs(searcher, sub)
            found = docs if found is None else found & docs
            if not found:
                break
        return found or set()
    return set(searcher.docs_for_query(query))


# Candidates for a run come from its rarest bigrams only: the text check decides anyway,
# and each further posting list read cost more than the checks it saved.
CANDIDATE_GRAMS = 2


def _candidates(searcher, superset: wq.And) -> set[int]:
    by_rarity = sorted(
        superset.subqueries, key=lambda q: searcher.doc_frequency(q.fieldname, q.text)
    )
    return _docs(searcher, wq.And(by_rarity[:CANDIDATE_GRAMS]))


def term_docs(searcher, texts: SearcherTexts, term: str) -> set[int]:
    """Docnums of the reports whose text contains `term` (normalised) as a string."""
    result: set[int] | None = None
    for exact, superset, run in piece_queries(term):
        if exact is not None:
            docs = _docs(searcher, exact)
        else:
            docs = _candidates(searcher, superset)
            if result is not None:
                docs &= result  # check only what the other pieces left
            # Where jieba cut the run as one word, or as two adjacent words, the text
            # certainly holds it.
            sure = postings.docs_with(searcher, "text", run)
            sure |= postings.docs_with(searcher, "pairs", run)
            sure &= docs
            docs = sure | texts.containing(docs - sure, run)
        result = docs if result is None else result & docs
        if not result:
            return set()
    return result or set()


def query_docs(searcher, texts: SearcherTexts, parsed: ParsedQuery, universe: set[int]) -> set[int]:
    """AND of ORs of terms, minus the excluded terms; `universe` for an empty query."""
    matched = set(universe)
    for group in parsed.groups:
        either: set[int] = set()
        for term in group:
            either |= term_docs(searcher, texts, term)
        matched &= either
        if not matched:
            return matched
    for term in parsed.excluded:
        matched -= term_docs(searcher, texts, term)
    return matched
