"""The rules that leave a number out: what makes a sentence's figure no plain statement
of the reporting place's value for the year (a bound, a target, a part of the year, a total
over several years, another place's figure). Pure functions over the folded sentence."""

from __future__ import annotations

import re
from decimal import Decimal

# 党的十八大以来…受理一审行政案件235.2万件 / 2016年以来… / 近几年来…: a total over several
# years, for the rest of the paragraph, unless a year is named after it (…2021年…65.4%).
# Only a "since" anchored in years or a political period: 上线以来 or 今年以来 are not.
_SINCE = re.compile(
    r"(?:(?P<year>(?:19|20)\d\d)年|十[八九]大|二十大)以来|近(?:几|些|\d+)?年来|多年来"
    # 两年来 / 四年来 / 近三年来: a count of years (一年来 is the year itself)
    r"|(?:(?<!\d)\d{1,2}|[两二三四五六七八九十]+)年来"
    # since a reform or an institution began (改革实施以来): no year of its own
    r"|(?:改革|(?<!今年)(?:实施|施行|运行|成立|组建|挂牌|启动))以来"
    # up to a day within a year (截至2025年7月底): a total since some earlier start
    r"|截[至止]到?\s*(?:(?:19|20)\d\d年)?\s*(?:[1-9]|1[01])月"
    # 2015年至今年上半年 / 2018年至今: from a year up to now
    r"|(?:19|20)\d\d年(?:\d{1,2}月)?(?:至|到)今"
)

# 近200, 超过90%, 将近: a bound, not the figure
_NOT_EXACT_BEFORE = re.compile(r"(?:近|超过|超|逾|不足|不到|突破|约占|将近|接近)$")
# 约19.2%, 约为24%, 大约: an approximation of the figure (kept when no exact one is given)
_APPROXIMATE_BEFORE = re.compile(r"(?:约|约为|大约)$")
_NOT_EXACT_AFTER = re.compile(r"^(?:以上|以下|以内|左右|余|多)")
_BAD_GAP = re.compile(
    r"同比|上年|去年|上一年|比|较|分别|制定|制发|出台|清理|废止|印发|公开|其他|等"
)
# 上半年 / 2024年第三季度 / 1-10月: a part of the year, not the year's figure
# (1月至6月, 1月-7月: the first month may carry its 月)
_PART_OF_YEAR = re.compile(
    r"[上下]半年|第[一二三四1-4]季度|(?<!\d)\d{1,2}月?\s*[-—至~到]\s*\d{1,2}月|前\d{1,2}个?月"
)
# 出庭应诉率连续五年保持100%: a streak over several years, not the year's own statement
_STREAK = re.compile(r"连续(?:\d{1,2}|[两二三四五六七八九十]+)年")
# 2021年…23.22%,2022年下降至18.01%,…: one value of a year-by-year series
_SERIES_AFTER = re.compile(
    r"^[，,]\s*(?:(?:19|20)\d\d年|\d{1,2}月)[^，,。；;\d]{0,8}\d+(?:\.\d+)?(?:%|件|起|宗|人)"
)
_TARGET = re.compile(r"确保|力争|争取|目标|不低于|要求|应当|计划|预计")

# 目前 / 截至目前: a figure so far in the year, not the year's. A stock (the staff counted
# now: 目前全县共有行政执法人员809名) is the year's figure all the same.
# 截至2025年12月25日: a day before the year's end is so far too
_SO_FAR = re.compile(
    r"目前|截[至止]到?(?:目前|当前|今年)"
    r"|截[至止]到?\s*(?:(?:19|20)\d\d年)?\s*12月(?:[1-9]|[12]\d|30)日"
)


def so_far_in(sentence: str) -> bool:
    """Whether the sentence counts so far or a part of the year (截至目前…, 今年上半年…):
    the paragraph's flows after it too (E-122, E-206)."""
    return _SO_FAR.search(sentence) is not None or _PART_OF_YEAR.search(sentence) is not None


# 同比2022年行政检查1270件,实施行政处罚160起: the sentence gives the year compared with
_COMPARED = re.compile(r"\s*(?:同比|与上年相比|与去年相比|较上年|上年|去年)")
# (含2018年度结转案件30件): what a count includes names an earlier year, not the figure's
_INCLUDES = re.compile(r"\((?:含|包括)[^()]*\)")
# 新收一审行政案件17484件,占全省的79.5%: one part's share of the whole place
_SHARE_OF_WHOLE = re.compile(r"^[，,]\s*占(?:全[省市州县区旗]|全国)")
# (自 2013 年 1 月 1 日至 2018 年 12 月 31 日: some pages set a space before 年, E-219)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?年")
# a year named as a period of its own, not as a day in it (至2025年7月底)
_WHOLE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d年(?!\s*(?:[1-9]|1[01])月)")


def over_years(before: str, since: bool, year: int | None) -> bool:
    """Whether a number after `before` (the sentence up to it) is a total over several
    years: a "since" before it with no year named between, or one earlier in the
    paragraph (`since`) and no year named in the sentence."""
    last = None
    for m in _SINCE.finditer(before):
        if not (m.group("year") and year is not None and int(m.group("year")) == year):
            last = m
    if last is not None:
        return not _WHOLE_YEAR.search(before[last.end() :])
    return since and not _WHOLE_YEAR.search(before)


_SHARE = re.compile(r"[，,]\s*占([^，,。；;]*)")


def share_of_same_total(after: str, match: re.Match) -> bool:
    """市政府收到复议申请1186件，占收到申请总数的19.1% (or a bare 占27.1% in the list that
    follows): one part of the total received. 审结…72747件，占受理案件总数的94.68% is not:
    another quantity's share."""
    share = _SHARE.match(after)
    verb = match.groupdict().get("verb")
    if not share or not verb:
        return False
    return verb in share.group(1) or re.fullmatch(r"\s*\d+(?:\.\d+)?%", share.group(1)) is not None


def plain(
    sentence: str, at: int, match: re.Match, year: int | None, *, stock: bool = False
) -> str | None:
    """None when the sentence makes this number a bound, a target, another year's, a
    part of the year (a `stock`, a count of staff, is not a part of the year when counted
    so far), a streak over years or one value of a year-by-year series; "approximate" for
    约19.2%; else "exact".

    `at` is where the match's clause starts in the sentence."""
    num_at, unit_end = at + match.start("num"), at + match.end("unit")
    before, after = sentence[:num_at], sentence[unit_end:]
    if _NOT_EXACT_BEFORE.search(before) or _NOT_EXACT_AFTER.match(after):
        return None  # 近200场次, 超过90%, 80%以上, 200件左右
    if _BAD_GAP.search(match.groupdict().get("gap") or ""):
        return None
    if _PART_OF_YEAR.search(before) or (not stock and _SO_FAR.search(before)):
        return None
    if _STREAK.search(before) or _SERIES_AFTER.match(after) or _SHARE_OF_WHOLE.match(after):
        return None
    if _TARGET.search(before) or before.count("《") > before.count("》"):
        return None
    if _COMPARED.match(sentence):
        return None
    years = {int(y) for y in _YEAR.findall(_INCLUDES.sub("", before))}
    if (year is not None and years - {year}) or len(years) > 1:
        return None
    if re.match(r"[、和]\d", after):
        return None  # 3595件、3125件: a list of values
    return "approximate" if _APPROXIMATE_BEFORE.search(before) else "exact"


# 全省 / 我市 / 本县: the whole place a sentence speaks for, and the rank of its level.
_WHOLE_PLACE = re.compile(r"[全我本](省|市|州|盟|县|区|旗)")
_RANKS = {
    "省": 1,
    "市": 2,
    "州": 2,
    "盟": 2,
    "县": 3,
    "区": 3,
    "旗": 3,
    "镇": 4,
    "乡": 4,
    "街道": 4,
}
# A sentence whose subject is a named place (南京市行政机关负责人出庭率达90.83%), after
# a year or 在 at most. The name: two to five characters, none of 全我本各该 first.
_NAMED_SUBJECT = re.compile(
    r"^(?:(?:19|20)\d\d年度?[,，]?\s*)?(?:在)?"
    r"(?P<name>(?![全我本各该其])[\u4e00-\u9fff]{2,5}?)(?P<level>省|市|州|盟|县|区|旗|镇|乡|街道)"
)


def place_rank(text: str) -> int | None:
    """The level of the place the text reports on (1 province … 3 county), read from the
    whole place it names most (全省 / 我省 … 全县 / 我区); None when it names none, or two
    levels as often."""
    counts: dict[int, int] = {}
    for m in _WHOLE_PLACE.finditer(text):
        rank = _RANKS[m.group(1)]
        counts[rank] = counts.get(rank, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    ranks = [rank for rank, n in counts.items() if n == best]
    return ranks[0] if len(ranks) == 1 else None


# 粤东西北12市新收一审案件4520件 / 13个市州…: a number of lower places, a part of the whole
_SOME_PLACES = re.compile(
    r"^[^，,。；;\d]{0,12}?(?<![\d.])(?:\d{1,3}|[两二三四五六七八九十]+)个?"
    r"(?:地市|市州|州市|县市区|县区|市|州|县|区)(?![场民政委级直长属])"
)


def another_place(sentence: str, rank: int | None) -> bool:
    """Whether the sentence gives the figure of a place below the one the text reports on:
    a province's text naming one city (南京市…90.83% among 全省's figures), a county's
    naming one town. A sentence that also speaks for the whole (全省) is the whole's."""
    if _SOME_PLACES.match(sentence) and not _WHOLE_PLACE.search(sentence):
        return True
    if rank is None or _WHOLE_PLACE.search(sentence):
        return False
    m = _NAMED_SUBJECT.match(sentence)
    return m is not None and _RANKS[m.group("level")] > rank


def parallel_lines(runs: dict[str, list[tuple[int, Decimal]]]) -> set[tuple[str, Decimal]]:
    """(key, value) of the values given by three or more sentences in a row with three or
    more different values of one key: the lines of a breakdown (局机关…执法人员27人; 支队…
    执法人员47人; …, E-170), none of them the whole's figure unless the first is the sum of
    the others (E-194)."""
    out: set[tuple[str, Decimal]] = set()
    for key, seen in runs.items():
        start = 0
        for i in range(1, len(seen) + 1):
            if i == len(seen) or seen[i][0] != seen[i - 1][0] + 1:
                run = seen[start:i]
                values = [value for _, value in run]
                if len(run) >= 3 and len(set(values)) >= 3:
                    # 共办理…31065件。…委办局…14867件;…街道…16198件: a total, then its parts
                    total = values[0] == sum(values[1:])
                    out |= {(key, value) for value in values[1 if total else 0 :]}
                start = i
    return out
