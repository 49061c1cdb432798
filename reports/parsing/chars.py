"""The matching copy's characters: tidying, NFKC and traditional → simplified, one for one.

The text is stored as the source printed it: `tidy` only removes what is not text.
`fold` makes the parallel matching copy (NFKC, simplified) of the same length, so a
position found in the copy is the same position in the printed line.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

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


@cache
def _fold_tables() -> tuple[dict[int, str], dict[int, str]]:
    """(NFKC table, NFKC + simplified table) of the characters that change, one for one.

    A character whose NFKC form is longer (… → ..., ㈠ → (一)) is left as it is, so the
    matching copy keeps the printed line's length.
    """
    t2s = _t2s_chars()
    nfkc: dict[int, str] = {}
    both: dict[int, str] = {}
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) != 1:
            folded = ch
        if folded != ch:
            nfkc[code] = folded
        simple = t2s.get(folded, folded)
        if simple != ch:
            both[code] = simple
    return nfkc, both


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


@cache
def _opencc():
    from opencc import OpenCC

    return OpenCC("t2s")


@cache
def _t2s_chars() -> dict[str, str]:
    """Traditional → simplified, one character for one (OpenCC's first choice)."""
    import os

    import opencc

    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "TSCharacters.txt")
    table: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1:
                    if parts[0] != parts[1]:
                        table[parts[0]] = parts[1]
    except OSError:
        pass
    return table


@cache
def _traditional_chars() -> frozenset[str]:
    """Characters that t2s changes; built once from OpenCC's own dictionary."""
    return frozenset(_t2s_chars())


def has_traditional(text: str) -> bool:
    return not _traditional_chars().isdisjoint(text)


def to_simplified(text: str) -> str:
    """The matching copy of a harvested value (issuer, 来源): NFKC and simplified.

    For detection only (never stored); the same length as `text`, like `fold`.
    """
    return fold(text, phrases=True)


def _phrase_simplified(text: str) -> str:
    """OpenCC's t2s with its phrase tables. Cheap when nothing to do."""
    if not _traditional_chars().intersection(text):
        return text
    try:
        out = _opencc().convert(text)
    except Exception:  # the pure-python converter should not fail; detection can live without
        return text
    return out
