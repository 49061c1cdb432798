"""Which documents a parsed query matches, as sets of docnums.

Exact (every mode's core): a term matches a report when the report's normalised text
holds it as a string, whatever characters it has. Per piece of the term
(search/query.py) the bigram field gives a superset of candidates:

* a CJK run: one posting read for 1–2 characters, the two rarest bigrams for more;
* letters/digits: the whole token inside the term; at the term's edges a prefix, suffix
  or substring of the tokens (21 is part of 2021), read from the segment's lexicon.

A term that is one such piece, exactly, is decided by the postings. Any other term (a
CJK run of ≥ 3, a mix of pieces, punctuation or spaces inside) is decided by one `find`
of the whole string in each candidate's text, kept in the index (search/bodies.py),
except where jieba cut the term as one word or two adjacent words (`text` and `pairs`
fields), which certainly hold it. A term with no indexed piece at all scans every text.

Words mode (the default) adds, per unquoted term, the reports holding all of its jieba
words anywhere (each word exact), the same for its curated variants (search/variants.py),
and for a province's name the reports filed under that province. When that finds fewer
than RELAX_BELOW reports, `relax` accepts all but one of the query's words.

Everything works on global docnums of one searcher.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from search import postings, variants
from search.bodies import SearcherTexts, _key
from search.provinces import full_name
from search.query import ParsedQuery, Piece, pieces
from search.terms import is_cjk, required_words

# Candidates for a run come from its rarest bigrams only: the text check decides anyway,
# and each further posting list read cost more than the checks it saved.
CANDIDATE_GRAMS = 2
# A letters/digits piece that expands to more tokens than this (a single digit) is
# checked on the texts instead: opening a posting list costs ~0.1 ms, more than a
# find in ~100 texts.
MAX_EXPANSION = 32
RELAX_BELOW = 3


def _and_rarest(searcher, field: str, grams: list[str]) -> set[int]:
    by_rarity = grams
    if len(grams) > CANDIDATE_GRAMS:  # (a frequency lookup costs ~60 µs)
        by_rarity = sorted(grams, key=lambda g: searcher.doc_frequency(field, g))
    found: set[int] | None = None
    for gram in by_rarity[:CANDIDATE_GRAMS]:
        docs = postings.docs_with(searcher, field, gram)
        found = docs if found is None else found & docs
        if not found:
            break
    return found or set()


# The letters/digits tokens of each segment's bigram field, read once per segment.
_lexicons: dict[tuple[str, str], tuple[str, ...]] = {}
_lexicon_lock = threading.Lock()
_CJK_FIRST, _CJK_END = "\u3400".encode(), "\ua000".encode()


def _word_tokens(reader) -> tuple[str, ...]:
    key = _key(reader)
    with _lexicon_lock:
        found = _lexicons.get(key)
    if found is not None:
        return found
    tokens: list[str] = []
    # Terms sort by code point: CJK bigrams ([\u3400-\u9fff] first character) are skipped.
    for start, stop in ((b"", _CJK_FIRST), (_CJK_END, None)):
        for fieldname, text in reader.terms_from("grams", start):
            if fieldname != "grams" or (stop is not None and text >= stop):
                break
            decoded = text.decode("utf-8")
            if not ("\uf900" <= decoded[0] <= "\ufaff"):
                tokens.append(decoded)
    found = tuple(tokens)
    with _lexicon_lock:
        if len(_lexicons) > 256:  # segments come and go with merges
            _lexicons.clear()
        _lexicons[key] = found
    return found


def warm_lexicons(searcher) -> None:
    """Read each segment's letters/digits tokens now rather than in a first search."""
    for leaf, _offset in searcher.leaf_searchers():
        reader = leaf.reader()
        if reader.doc_count_all():
            _word_tokens(reader)


def _word_piece_docs(searcher, piece: Piece) -> set[int] | None:
    """Documents with a token holding the letters/digits piece as the term needs it;
    None when that would expand to too many tokens (the caller checks texts)."""
    text = piece.text
    if not piece.open_left and not piece.open_right:
        return postings.docs_with(searcher, "grams", text)
    if piece.open_left and piece.open_right:
        wanted: Callable[[str], bool] = lambda t: text in t  # noqa: E731
    elif piece.open_left:
        wanted = lambda t: t.endswith(text)  # noqa: E731
    else:
        wanted = lambda t: t.startswith(text)  # noqa: E731
    per_leaf = []
    total = 0
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        if not reader.doc_count_all():
            continue
        if piece.open_left:
            terms = [t for t in _word_tokens(reader) if wanted(t)]
        else:
            terms = [t.decode("utf-8") for t in reader.expand_prefix("grams", text)]
        total += len(terms)
        if total > MAX_EXPANSION:
            return None
        per_leaf.append((reader, offset, terms))
    found: set[int] = set()
    for reader, offset, terms in per_leaf:
        for term in terms:
            postings._add(found, reader.postings("grams", term), offset)
    return found


def _piece_docs(searcher, piece: Piece) -> set[int] | None:
    if not piece.cjk:
        return _word_piece_docs(searcher, piece)
    run = piece.text
    if len(run) == 1:
        return postings.docs_with_prefix(searcher, "grams", run)
    grams = list(dict.fromkeys(run[i : i + 2] for i in range(len(run) - 1)))
    return _and_rarest(searcher, "grams", grams)


@dataclass
class Matched:
    docs: set[int]
    relaxed: bool = False
    words: list[str] = field(default_factory=list)  # relaxed: the words considered
    min_words: int = 0  # relaxed: how many of them each report holds at least


class Matcher:
    """One search's matching; each string's exact documents are computed once."""

    def __init__(
        self,
        searcher,
        texts: SearcherTexts,
        universe: set[int],
        province_docs: Callable[[str], set[int]] | None = None,
    ) -> None:
        self.searcher = searcher
        self.texts = texts
        self.universe = universe
        self.province_docs = province_docs
        self._exact: dict[str, set[int]] = {}

    def exact(self, term: str) -> set[int]:
        """Docnums of the reports whose text contains `term` (normalised) as a string."""
        found = self._exact.get(term)
        if found is None:
            found = self._exact[term] = self._exact_uncached(term)
        return found

    def _exact_uncached(self, term: str) -> set[int]:
        searcher = self.searcher
        parts = pieces(term)
        if len(parts) == 1 and parts[0].text == term:
            piece = parts[0]
            if not piece.cjk or len(term) <= 2:  # the postings are exact
                docs = _piece_docs(searcher, piece)
                if docs is not None:
                    return docs
        candidates: set[int] | None = None
        # A single character's prefix expands to hundreds of bigram lists (年: ~440 at
        # 1,000 reports): where other pieces narrow the term down, the text check is cheaper.
        narrowing = [p for p in parts if not (p.cjk and len(p.text) == 1)] or parts
        for piece in narrowing:
            docs = _piece_docs(searcher, piece)
            if docs is None:
                continue  # too broad to narrow anything down
            candidates = docs if candidates is None else candidates & docs
            if not candidates:
                return set()
        if candidates is None:  # nothing indexed narrows it: every text is checked
            candidates = set(self.universe)
        # Where jieba cut the term as one word, or as two adjacent words, the text
        # certainly holds it.
        sure = postings.docs_with(searcher, "text", term)
        sure |= postings.docs_with(searcher, "pairs", term)
        sure &= candidates
        return sure | self.texts.containing(candidates - sure, term)

    def all_words(self, words: list[str]) -> set[int]:
        found: set[int] | None = None
        for word in words:
            docs = self.exact(word)
            found = set(docs) if found is None else found & docs
            if not found:
                return set()
        return found or set()

    def loose(self, term: str) -> set[int]:
        """Words mode: the reports holding all of the term's words (or of a variant's
        words) anywhere — a superset of the exact matches, since the words are parts of
        the term —; for a province name, its reports too."""
        found: set[int] = set()
        split: list[list[str]] = []
        wholes: list[str] = []
        for form in [term, *variants.alternatives(term)]:
            words = required_words(form)
            # Splitting is for Chinese: .3% or covid-19 apart would match nearly anything.
            if words == [form] or not any(is_cjk(w) for w in words):
                wholes.append(form)
            else:
                split.append(words)
        for form in wholes:
            # A form holding another whole form adds nothing (一件事一次办 ⊂ 一件事).
            if not any(other != form and other in form for other in wholes):
                found |= self.exact(form)
        for words in split:
            found |= self.all_words(words)
        province = full_name(term)
        if province is not None and self.province_docs is not None:
            found |= self.province_docs(province)
        return found

    def term_docs(self, parsed: ParsedQuery, term: str) -> set[int]:
        if parsed.exact or term in parsed.phrases:
            return self.exact(term)
        return self.loose(term)

    def match(self, parsed: ParsedQuery) -> Matched:
        """AND of ORs of terms, minus the excluded terms (exact in both modes: leaving
        out more than the user named would hide reports); the universe when empty."""
        matched = set(self.universe)
        for group in parsed.groups:
            either: set[int] = set()
            for term in group:
                either |= self.term_docs(parsed, term)
            matched &= either
            if not matched:
                break
        for term in parsed.excluded:
            matched -= self.exact(term)
        return Matched(matched)

    def relax(self, parsed: ParsedQuery) -> Matched | None:
        """Words mode: the reports holding all but one of the query's words — with OR,
        all but one of its groups —; None where there is nothing to relax."""
        if parsed.exact:
            return None
        units: dict[str, set[int]] = {}
        if any(len(group) > 1 for group in parsed.groups):
            for group in parsed.groups:
                either: set[int] = set()
                for term in group:
                    either |= self.term_docs(parsed, term)
                units[" OR ".join(group)] = either
        else:
            for (term,) in parsed.groups:
                words = required_words(term)
                if term in parsed.phrases or not any(is_cjk(w) for w in words):
                    words = [term]  # as loose() keeps it whole
                for word in words:
                    units[word] = self.exact(word)
        if len(units) < 2:
            return None
        held: Counter[int] = Counter()
        for docs in units.values():
            held.update(docs & self.universe)
        need = len(units) - 1
        found = {d for d, n in held.items() if n >= need}
        for term in parsed.excluded:
            found -= self.exact(term)
        return Matched(found, relaxed=True, words=list(units), min_words=need)


def query_docs(searcher, texts: SearcherTexts, parsed: ParsedQuery, universe: set[int]) -> set[int]:
    """The matched docnums (see Matcher.match)."""
    return Matcher(searcher, texts, universe).match(parsed).docs
