"""Dates as printed on Chinese government pages."""

from __future__ import annotations

import re
from datetime import date

# 2024-03-28 / 2021/03/29 / 2024.03.28 / 2023年03月30日 / "2024- 03- 14"
DATE_RE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)\s*日?"
)
# A date written as 2023年6月5日 (needs the 日, used for closing signatures).
CN_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "0": 0, "一": 1, "二": 2, "三": 3, "四": 4}
_CN_DIGITS.update({"五": 5, "六": 6, "七": 7, "八": 8, "九": 9})
# 二〇二四年三月五日
HANZI_DATE_RE = re.compile(
    r"([〇○零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)


def make_date(y: int | str, m: int | str, d: int | str) -> date | None:
    try:
        y, m, d = int(y), int(m), int(d)
        if not 1990 <= y <= 2100:
            return None
        return date(y, m, d)
    except (ValueError, TypeError):
        return None


def cn_number(s: str) -> int | None:
    """一..九十九 → int."""
    digits = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    if not s:
        return None
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = digits.get(tens, 0) if tens else 1
        o = digits.get(ones, 0) if ones else 0
        if (tens and tens not in digits) or (ones and ones not in digits):
            return None
        return t * 10 + o
    if len(s) == 1:
        return digits.get(s)
    return None


def find_date(text: str) -> date | None:
    """The first valid date anywhere in text (numeric or 二〇二四年三月五日 form)."""
    for m in DATE_RE.finditer(text):
        d = make_date(*m.groups())
        if d:
            return d
    hanzi = HANZI_DATE_RE.search(text)
    if hanzi:
        y = "".join(str(_CN_DIGITS.get(c, 0)) for c in hanzi.group(1))
        return make_date(y, cn_number(hanzi.group(2)) or 0, cn_number(hanzi.group(3)) or 0)
    return None


def is_date_only(line: str) -> bool:
    """A line that is nothing but a date (and maybe a time)."""
    rest = DATE_RE.sub("", line, count=1)
    rest = HANZI_DATE_RE.sub("", rest, count=1)
    rest = re.sub(r"\d{1,2}\s*[:时]\s*\d{1,2}(?:\s*[:分]\s*\d{1,2}\s*秒?)?\s*分?", "", rest)
    return rest != line and not re.sub(r"[\s()\[\]【】|]", "", rest)
