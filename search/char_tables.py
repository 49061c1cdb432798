"""OpenCC's traditional → simplified conversion and the one-for-one character tables built
from it, loaded once per process for both apps.

Plain library code (it imports neither app): `reports.parsing.chars` folds the matching
copy of a report with these tables, `search.analysis` folds what is indexed and queried.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Any


@cache
def converter() -> Any:
    """OpenCC's t2s converter, with its phrase tables (opencc is untyped)."""
    from opencc import OpenCC

    return OpenCC("t2s")


@cache
def t2s_chars() -> dict[int, str]:
    """Traditional → simplified, one character for one (OpenCC's first choice), by code
    point (str.translate's shape)."""
    import opencc

    table: dict[int, str] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(target) == 1 and source != target:
            table[ord(source)] = target
    return table


@cache
def traditional_chars() -> frozenset[str]:
    """The characters t2s changes."""
    return frozenset(map(chr, t2s_chars()))


@cache
def fold_table(*, simplify: bool, lower: bool) -> dict[int, str]:
    """Every BMP character whose fold is one different character: NFKC, then (`simplify`)
    traditional → simplified, then (`lower`) lower case where that stays one character.

    A character whose NFKC form is longer (… → ..., ㈠ → (一)) is left out, so a folded
    text keeps its length and every index in place.
    """
    t2s = t2s_chars() if simplify else {}
    table: dict[int, str] = {}
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) != 1:
            continue
        folded = t2s.get(ord(folded), folded)
        if lower:
            lowered = folded.lower()
            if len(lowered) == 1:
                folded = lowered
        if folded != ch:
            table[code] = folded
    return table
