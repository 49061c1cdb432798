"""A report's text → sentences, and each sentence → the key it is compared by."""

from __future__ import annotations

import re

from search.analysis import normalize

# A sentence ends at 。！？； or a line end. ；often separates the items of one long
# sentence that later reports reorder or drop one by one, so it splits too.
_ENDS = re.compile(r"(?<=[。！？；!?;])|\n")
# Under this many characters of words a piece is a numbering or a stray phrase, not a sentence.
MIN_CHARS = 6
# Converters on mirror sites print the pinyin of some characters after them: 執(zhí)法.
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
_NOT_WORD = re.compile(r"[\W_]+")
# The report's own year changes every year; "last year's text with the dates changed" is reuse.
_YEAR = re.compile(r"(?:19|20)\d\d(?=年)")


def split_sentences(text: str) -> list[str]:
    """The sentences of `text` as printed (stripped), numbering and fragments left out."""
    found = []
    for piece in _ENDS.split(text or ""):
        piece = piece.strip()
        if len(_NOT_WORD.sub("", piece)) >= MIN_CHARS:
            found.append(piece)
    return found


def sentence_key(sentence: str) -> str:
    """What two sentences are compared by: NFKC, simplified, lower case, without pinyin
    glosses, punctuation or spaces, the years masked."""
    text = _PINYIN.sub("", normalize(sentence))
    return _YEAR.sub("#", _NOT_WORD.sub("", text))
