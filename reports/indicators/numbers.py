"""The number patterns every indicator rule reads: a count, a rate, a number of people,
and the words allowed between a keyword and its number."""

from __future__ import annotations

# 在编执法人员 27 名: a space either side of the number, as some pages set it
NUM = r"\s?(?P<num>\d+(?:\.\d+)?)(?P<wan>万)?\s?"
COUNT = NUM + r"(?P<unit>件次|件|起|宗|份|项|个)"
RATE = NUM + r"(?P<unit>%)"
PEOPLE = NUM + r"(?P<unit>人次|人|名)"
# Words between a verb and its number: no digits, no separators, no list or sum words.
GAP = r"(?P<gap>[^\d，,。；;、和及与%]{0,16}?)"
SHORT_GAP = r"(?P<gap>[^\d，,。；;、和及与%]{0,8}?)"
