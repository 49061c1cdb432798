"""The matching copy's characters: tidying, NFKC and traditional → simplified, one for one.

The text is stored as the source printed it: `tidy` only removes what is not text.
`fold` makes the parallel matching copy (NFKC, simplified) of the same length, so a
position found in the copy is the same position in the printed line.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from search import char_tables

# ---------------------------------------------------------------- tidy and fold

_ZERO_WIDTH = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff\u00ad\u180e\u034f"),
    None,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Any whitespace but the line break: spaces, tabs, the ideographic and no-break spaces.
_SPACES = re.compile(r"[^\S\n]+")


def tidy(text: str) -> str:
    """The text as printed, without what is not text.

    No zero-width or control characters, \\n line ends, one space for a run of spaces
    (full-width ones too), no blank lines. Punctuation and characters are never changed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    text = _CONTROL.sub("", text).translate(_ZERO_WIDTH)
    lines = (_SPACES.sub(" ", ln).strip(" |｜") for ln in text.split("\n"))
    return "\n".join(ln.strip() for ln in lines if ln.strip())


def normalize(text: str) -> str:
    """`tidy`, then NFKC: for matching only (full-width ２０２３（一） reads as 2023(一))."""
    return tidy(unicodedata.normalize("NFKC", tidy(text)))


@cache  # one lookup per folded line
def _fold_tables() -> tuple[dict[int, str], dict[int, str]]:
    """(NFKC table, NFKC + simplified table) of the characters that change, one for one
    (built once, in search.char_tables)."""
    return (
        char_tables.fold_table(simplify=False, lower=False),
        char_tables.fold_table(simplify=True, lower=False),
    )


def fold(line: str, *, phrases: bool = False) -> str:
    """The matching copy of a printed line: NFKC and simplified, the same length.

    `phrases` converts with OpenCC's phrase tables (better on 乾/干 and the like, ~3 ms a
    KB), kept only when it does not change the length.
    """
    nfkc, both = _fold_tables()
    if not phrases or not has_traditional(line):
        return line.translate(both)
    width = line.translate(nfkc)
    simple = _phrase_simplified(width)
    return simple if len(simple) == len(width) else line.translate(both)


# ---------------------------------------------------------------- traditional → simplified


def has_traditional(text: str) -> bool:
    return not char_tables.traditional_chars().isdisjoint(text)


def to_simplified(text: str) -> str:
    """The matching copy of a harvested value (issuer, 来源): NFKC and simplified.

    For detection only (never stored); the same length as `text`, like `fold`.
    """
    return fold(text, phrases=True)


def _phrase_simplified(text: str) -> str:
    """OpenCC's t2s with its phrase tables. Cheap when nothing to do."""
    if char_tables.traditional_chars().isdisjoint(text):
        return text
    try:
        out = char_tables.converter().convert(text)
    except Exception:  # the pure-python converter should not fail; detection can live without
        return text
    return out
