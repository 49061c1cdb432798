"""Text normalisation and the two Whoosh analyzers used for Chinese text.

* `normalize` runs before indexing and before querying: NFKC (full-width ２０２３ → 2023),
  one line-ending style, traditional → simplified, lower case.
* `JiebaTokenizer`: jieba default mode with *sequential* positions (token ordinal), so
  phrase queries work (jieba's own ChineseAnalyzer uses character offsets as positions
  and emits overlapping sub-words, which breaks phrases).
* `BigramTokenizer`: overlapping CJK 2-grams, plus the last character of every CJK run
  as a unigram, so every character is the first character of some term. That guarantees
  recall however jieba cut a sentence: a run of >= 3 characters is a phrase of bigrams,
  2 characters a term, 1 character a prefix query.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from whoosh.analysis import Token, Tokenizer

from search import char_tables

# CJK ideographs (basic, extension A, compatibility) count as "Chinese" for the bigrams.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# What the bigram tokenizer emits: CJK runs, or runs of letters/digits (whole words).
BIGRAM_PIECES = re.compile(f"([{_CJK}]+)|([^\\W{_CJK}_]+)")
_WORDISH = re.compile(r"\w", re.UNICODE)

# A value starting with this marker is already tokenized (by a rebuild worker): tokens
# joined with \x1f, an empty token is a position gap.
PRETOKENIZED = "\x00tok\x00"
_SEP = "\x1f"

_CONTROLS = {c: None for c in range(32) if chr(c) not in "\n\t"}
_lock = threading.Lock()
_jieba_ready = False


@cache
def _traditional_re() -> re.Pattern[str]:
    chars = "".join(re.escape(chr(c)) for c in char_tables.t2s_chars())
    return re.compile(f"[{chars}]")


def normalize(text: str) -> str:
    """NFKC, \\n line endings, simplified characters, lower case."""
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_CONTROLS)  # also keeps PRETOKENIZED markers out of real text
    # OpenCC is the slow part: only run it when a traditional character is present.
    if _traditional_re().search(text):
        text = char_tables.converter().convert(text)
    return text.lower()


@cache
def _char_changes() -> tuple[re.Pattern[str], dict[str, str]]:
    table = char_tables.fold_table(simplify=True, lower=True)
    chars = "".join(re.escape(chr(c)) for c in sorted(table))
    return re.compile(f"[{chars}]"), {chr(c): folded for c, folded in table.items()}


def normalize_chars(text: str) -> str:
    """Length-preserving normalisation (for highlighting and snippet scoring).

    Index i of the result corresponds to index i of `text`; characters whose normal form
    is longer than one character are left as they are. Only the few characters that
    change are visited (str.translate looked every character up: ~14x slower on a
    report, and the results page folds all 20 reports' sections).
    """
    pattern, changes = _char_changes()
    return pattern.sub(lambda found: changes[found.group()], text)


def warm_up() -> None:
    """Load jieba's dictionary and the OpenCC tables once per process (~1 s, ~110 MB)."""
    global _jieba_ready
    if _jieba_ready:
        return
    with _lock:
        if _jieba_ready:
            return
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        char_tables.converter()
        _traditional_re()
        _char_changes()
        _jieba_ready = True


def jieba_words(text: str) -> list[str]:
    """Normalised text → jieba words, "" standing for punctuation/space (a position gap)."""
    warm_up()
    import jieba

    # HMM off: 25% faster, and words only rank (the bigrams decide what matches); the
    # same function cuts queries, so index and query always agree.
    return [w if _WORDISH.search(w) else "" for w in jieba.cut(text, HMM=False)]


def words_of(value: str) -> list[str]:
    """jieba words of a normalised or a pretokenized value."""
    if value.startswith(PRETOKENIZED):
        return value[len(PRETOKENIZED) :].split(_SEP)
    return jieba_words(value)


def word_pairs(words: list[str]) -> list[str]:
    """Each two adjacent jieba words, joined: 合法性|审查 → 合法性审查.

    Adjacent words are contiguous in the text, so a report holding the pair holds the
    string: a query term jieba cuts in two is found without reading the report's text.
    """
    return [a + b for a, b in pairwise(words) if a and b]


def pretokenize(text: str) -> str:
    """The marker value a rebuild worker sends instead of raw text (see PRETOKENIZED)."""
    return pretokenized(jieba_words(text))


def pretokenized(words: list[str]) -> str:
    return PRETOKENIZED + _SEP.join(words)


def bigram_terms(text: str) -> list[str]:
    """Normalised text → bigram-field terms, "" as a position gap between runs."""
    terms: list[str] = []
    for match in BIGRAM_PIECES.finditer(text):
        cjk, word = match.groups()
        if word:
            terms.append(word)
        else:
            terms.extend(cjk[i : i + 2] for i in range(len(cjk) - 1))
            terms.append(cjk[-1])
        terms.append("")
    return terms


def _emit(terms: list[str], tokenizer_kwargs: dict, start_pos: int = 0) -> Iterator[Token]:
    positions = tokenizer_kwargs.get("positions", False)
    removestops = tokenizer_kwargs.get("removestops", True)
    mode = tokenizer_kwargs.get("mode", "")
    token = Token(positions, False, removestops=removestops, mode=mode)
    for pos, term in enumerate(terms, start_pos):
        if not term:
            continue
        token.text = term
        token.boost = 1.0
        token.stopped = False
        if positions:
            token.pos = pos
        yield token


class JiebaTokenizer(Tokenizer):
    """jieba default mode; positions are token ordinals (phrase queries work)."""

    def __call__(self, value: str, start_pos: int = 0, **kwargs) -> Iterator[Token]:
        return _emit(words_of(value), kwargs, start_pos)


class WordPairTokenizer(Tokenizer):
    """Adjacent jieba word pairs (see word_pairs); no positions."""

    def __call__(self, value: str, start_pos: int = 0, **kwargs) -> Iterator[Token]:
        return _emit(word_pairs(words_of(value)), kwargs, start_pos)


class BigramTokenizer(Tokenizer):
    """Overlapping CJK bigrams + final-character unigrams; other words whole."""

    def __call__(self, value: str, start_pos: int = 0, **kwargs) -> Iterator[Token]:
        return _emit(bigram_terms(value), kwargs, start_pos)


def jieba_analyzer() -> JiebaTokenizer:
    # Text arrives normalised (documents.py / query.py): no filters needed.
    return JiebaTokenizer()


def bigram_analyzer() -> BigramTokenizer:
    return BigramTokenizer()


def word_pair_analyzer() -> WordPairTokenizer:
    return WordPairTokenizer()
