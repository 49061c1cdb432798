"""Words that narrow or widen a figure's scope, shown to staff checking a value.

Of the 59 values the frozen rules took wrongly on unseen pages (fixtures/indicators/
frozen_errors.tsv), 55 were a figure for another period, body, measure or part of the whole;
these words point a checker at the first two kinds. They are hints, not rules: they occur in
right values as often (fixtures/indicators/README.md), so extraction does not use them.
"""

from __future__ import annotations

import re

_SCOPE = re.compile(
    r"截至|截止|以来|至今|累计|连续|期间|年均|上半年|下半年|前三季度|第?[一二三四]季度"
    r"|\d{1,2}月?\s*[-—~至到]\s*\d{1,2}\s*月|\d{1,2}月(?:份|底|末)"
    r"|近[一二三四五六七八九十两几\d]+年|其中|分别|人次|新增"
    # 约为24% / 约19.2%: a rounded figure (not 约束, 制约)
    r"|约(?:为|占)?(?=\d)"
)


def scope_words(sentence: str) -> list[str]:
    """The scope words in the sentence, each once, in reading order."""
    seen: dict[str, None] = {}
    for match in _SCOPE.finditer(sentence):
        seen.setdefault(match.group(0), None)
    return list(seen)
