"""Characters folded before the rules read a report: full-width ASCII to ASCII and the
traditional forms of the characters the rules use to their simplified forms.

Every entry maps one character to one character, so an offset in the folded copy is the
same offset in the text as published (the evidence is cut from the published text). A
converter such as OpenCC works on phrases and may change lengths, hence this short table:
only characters that occur in the rules' keywords, checked one by one.
"""

from __future__ import annotations

_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

# traditional → simplified, for the characters of the rules' keywords (extract.py)
_TRADITIONAL = (
    "復复議议訴诉訟讼應应審审規规範范決决辦办結结類类機机關关構构請请計计總总為为爲为達达"
    "還还備备報报糾纠錯错敗败勝胜負负責责數数與与項项進进執执處处罰罚員员個个萬万過过"
    "餘余較较別别發发臺台廢废開开確确爭争標标於于當当劃划預预見见參参佔占來来調调離离"
    "國国約约級级縣县區区鄉乡鎮镇廳厅門门億亿內内並并併并準准認认違违銷销變变務务據据顯显"
    "兩两"
)
_TRADITIONAL_MAP = {
    ord(t): ord(s) for t, s in zip(_TRADITIONAL[::2], _TRADITIONAL[1::2], strict=True)
}

FOLD: dict[int, int] = _FULL_WIDTH | _TRADITIONAL_MAP


def fold(text: str) -> str:
    """The text with those characters folded; same length, same offsets."""
    return text.translate(FOLD)
