"""Which words a term needs in words mode, and which strings a page marks.

Plain library code, like search/query.py, search/analysis.py and search/highlight.py:
it imports neither app, so the report pages use it without the search engine
(tests/search/test_import_graph.py keeps it so).
"""

from __future__ import annotations

from search import variants
from search.analysis import jieba_words
from search.query import ParsedQuery


def required_words(term: str) -> list[str]:
    """The jieba words a words-mode match needs: single CJK characters are left out
    where longer words remain (every report holds 的, 年 or 会; they only rank). A
    literal form of the variants table is its own one word (一件事, not 一件)."""
    if term in variants.literal_forms():
        return [term]
    words = list(dict.fromkeys(w for w in jieba_words(term) if w))
    longer = [w for w in words if len(w) > 1 or not is_cjk(w)]
    return longer or words


def is_cjk(word: str) -> bool:
    return all("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in word)


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
