"""Indicator values read from a report's text: a pure function over the string.

Each rule reads one clause (a sentence cut at ，：) and needs the number right after its
keyword or verb, with nothing but words between (no other number, no 、/和/及 that would
make it a sum of several things). A value is left out, never guessed, when the sentence
makes it uncertain: a bound (80%以上, 近200, 超过), a target (确保, 力争), another year than
the report's, a previous year's figure (上年, 同比), a subset (其中), several values
(分别), a quotation (《…》, 例如, 参见), a total since a year or a period (2016年以来), a
figure so far (目前), a lower place's figure in a whole place's text (leave_out.py). The
enforcement cases and staff are read in enforcement.py; the number patterns are in
numbers.py, the 规范性文件 and 重大行政决策 counts in documents.py. A sentence opening with its verb continues the paragraph's topic. The text is read folded
(fold.py: full width and traditional script, one character for one); the evidence is the
sentence exactly as published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from reports.indicators.documents import document_matches
from reports.indicators.enforcement import about_enforcement, enforcement_matches
from reports.indicators.fold import fold
from reports.indicators.keys import Key
from reports.indicators.leave_out import (
    another_place,
    over_years,
    parallel_lines,
    place_rank,
    plain,
    share_of_same_total,
    so_far_in,
)
from reports.indicators.numbers import COUNT, RATE, SHORT_GAP

_SENTENCE = re.compile(r"[^。；;！？!?\n]+[。；;！？!?]?")
_CLAUSE = re.compile(r"[^，,：:]+")

_TOPICS = {
    "review": re.compile(r"复议"),
    "litigation": re.compile(r"行政诉讼|行政应诉|一审行政|行政一审|行政案件"),
    "normative": re.compile(r"规范性文件"),
    "decision": re.compile(r"重大行政决策"),
}

_REVIEW_VERBS = {
    Key.REVIEW_RECEIVED: "新收|收到|接收|收案",
    Key.REVIEW_ACCEPTED: "立案受理|受理|立案",
    Key.REVIEW_CONCLUDED: "审结|办结|结案",
}
# Between the verb and the number only the case itself: 受理的行政复议案件共15起.
_REVIEW = re.compile(
    "(?P<verb>" + "|".join(_REVIEW_VERBS.values()) + ")"
    # 行政复议案件申请2929宗 / 行政复议案(含结转)2755件
    r"(?P<gap>[各类全部依法的]*(?:行政)?(?:复议)?(?:机关|机构)?(?:案件?)?(?:申请)?)"
    # 全年结案(包括上年受理后结转)68件: what the count includes, in brackets (outside the
    # gap: its 上年 is not a previous year's figure)
    r"(?:\([^()\d]{0,24}\))?(?:共|累计|总计|共计)?(?:为|达)?" + COUNT,
)
# A clause without a topic of its own continues the sentence's when it opens with the
# verb: "办理行政复议案件371件，审结241件".
_OPENING = re.compile(r"\s*(?:共|全年|累计|共计|依法)*")
_CARRY = re.compile(
    r"\s*(?:其中)?(?:今年|本年度?|全年)?(?:经审查后?)?(?:共|全年|累计|共计|并|还|已|依法|决定|立案)*(?:合法性)?"
    # 向市级备案5件: the organ filed with, before the verb
    r"(?:向[^\d，,。；;]{1,8}?)?"
    r"(?:审结|办结|结案|受理|新收|收到|备案|报备|审查|审核)"
)
_RATES = [
    # not 行政执法纠错率, the enforcement bodies' own corrections
    (Key.REVIEW_CORRECTION_RATE, re.compile(r"(?<!执法)纠错率" + SHORT_GAP + RATE)),
    (Key.LITIGATION_LOSS_RATE, re.compile(r"(?<!胜)败诉率" + SHORT_GAP + RATE)),
    (
        Key.HEAD_APPEARANCE_RATE,
        # (not 正职负责人 / 主要负责人 / 一把手: the principal heads only, a part)
        re.compile(
            r"(?<!正职)(?<!主要)(?<!一把手)负责人[^\d，,。；;]{0,6}?出庭(?:应诉)?率"
            + SHORT_GAP
            + RATE
        ),
    ),
]
# (其中一审收案7759件: the count of first-instance cases brought, E-228)
_FIRST_INSTANCE_CASES = (
    r"(?:一审行政(?:诉讼|应诉)?案件|行政一审(?:诉讼)?案件|一审(?:诉讼)?案件|一审(?=收案))"
)
_FIRST_INSTANCE = re.compile(
    _FIRST_INSTANCE_CASES + r"(?P<gap>(?:共|合计|总计|结案|审结|收案|数)?(?:为|达|有)?)" + COUNT
)
# 一审案件共570件(新收案件436件,旧存案件134件): the cases brought are the bracket's 新收, the
# total holds the cases carried over
_NEW_IN_BRACKET = r"\((?:其中)?新收(?:案件)?"
_SPLIT_TOTAL = re.compile(r"(\d+)件" + _NEW_IN_BRACKET)
_FIRST_INSTANCE_NEW = re.compile(
    _FIRST_INSTANCE_CASES
    + r"(?:共|合计|总计)?(?:为|达|有)?\d+件"
    + _NEW_IN_BRACKET
    + r"(?P<gap>)"
    + COUNT
)
# 新收一审行政案件1433件…审结一审行政案件1316件: the second count is the cases concluded,
# not the cases brought. (一审行政诉讼案件审结950件, the keyword first, is the only count
# such a text gives and is kept, as seed 海盐's 一审行政诉讼案件结案61件.)
# 调撤一审行政诉讼案件102件: the cases withdrawn or settled, an outcome, not the cases brought
# 开庭审理行政一审诉讼案件84件: the cases heard in court, a part of those brought
_SUBSET_NEAR = re.compile(r"(?:调撤|开庭审理|开庭)$")
# 审结一审行政案件1316件 / 共审结以…为被告的一审行政诉讼案件2297件 / 一审行政诉讼案件审结
# 950件: the cases concluded, kept only when the text gives no count of those brought
_CONCLUDED = re.compile(r"审结|结案|办结")
# the key a concluded count stands in for, until the text is read to its end
_CONCLUDED_FIRST_INSTANCE = "litigation_first_instance:concluded"
# a line cut mid-sentence: longer than a heading and ending in a word, not in a stop
_WRAPPED = re.compile(r"^[^\n]{24,}[^。；;！？!?:：\s]$")
# 区政府作为单独被告的行政诉讼案件败诉率5.5%: the cases of one organ as sole defendant
_ONE_DEFENDANT = re.compile(r"单独被告|共同被告")
_LITIGATION_KEYS = frozenset(
    {Key.LITIGATION_FIRST_INSTANCE, Key.LITIGATION_LOSS_RATE, Key.HEAD_APPEARANCE_RATE}
)
# 出庭应诉率 alone, in a sentence that has named the heads already: "行政机关负责人出庭应诉
# 案件14665件，出庭应诉率达到99.6%".
_BARE_APPEARANCE = re.compile(r"出庭(?:应诉)?率" + SHORT_GAP + RATE)

_CITATION = re.compile(r"参见|例如|提及|如《")
_UNKNOWN_YEAR = re.compile(r"20[xX×]{2}")


@dataclass(frozen=True)
class Found:
    key: str
    value: Decimal
    unit: str
    text: str  # the number and unit as written
    evidence: str  # the sentence as published
    start: int  # offset of `evidence` in the text
    number_start: int  # offset of `text` in the text
    approximate: bool = False  # 纠错率约19.2%: kept only when no exact value is given


@dataclass
class _Paragraph:
    """What the sentences before this one in the same paragraph said: the topic a
    sentence opening with its verb continues (办理行政复议案件…。受理1033件), the keys
    a sentence opening with 其中 breaks down, and a "since" that makes every figure
    after it a total over several years."""

    sentences: int = 0
    topic: str | None = None
    keys: frozenset[str] = frozenset()
    since: bool = False
    so_far: bool = False  # 截至目前 opened the paragraph: its flows are counted so far
    enforcement: bool = False  # the sentence before was about enforcement: 办理案件N件 is its


# 13个市州新收…4377件 under "受理…3129件。其中:": one line of a breakdown (E-085), as is
# every line up to the next heading (二、 / (二))
_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")
# 深圳市生态环境局作为被申请人新收行政复议案件112宗: cases against the reporting body,
# handled by another organ (E-086)
# (not 收到以各乡镇人民政府作为被申请人的…案件35件: cases against others, received here)
_RESPONDENT = re.compile(r"作为被申请人(?!的)")
_REVIEW_KEYS = frozenset(
    {Key.REVIEW_RECEIVED, Key.REVIEW_ACCEPTED, Key.REVIEW_CONCLUDED, Key.REVIEW_CORRECTION_RATE}
)

# The stages of a 行政复议 case: "收到…2371件。其中，受理1968件" gives the next stage, not
# a part of the applications.
_STAGES = (Key.REVIEW_RECEIVED, Key.REVIEW_ACCEPTED, Key.REVIEW_CONCLUDED)


def extract(text: str, *, year: int | None = None) -> list[Found]:
    """Every indicator value the text states plainly, in reading order, without duplicates
    (the same key and value twice is kept once: the first sentence)."""
    folded = fold(text)
    found: list[Found] = []
    seen: set[tuple[str, Decimal]] = set()
    paragraph, last_end, wrapped = _Paragraph(), 0, False
    approximations: list[Found] = []
    rank = place_rank(folded)
    # after a line ending in 其中: its list, up to the next heading; after 作为被申请人, the
    # rest of the paragraph
    listing = respondent = False
    # the sentence each value was read in, and the values of each sentence by key
    runs: dict[str, list[tuple[int, Decimal]]] = {}
    for number, sentence in enumerate(_SENTENCE.finditer(folded)):
        # A line that breaks off mid-sentence (a PDF's wrapped line: 改革实施以来,…。截\n至
        # 2025年7月底…) continues its paragraph; a line that ends a sentence ends it.
        if "\n" in folded[last_end : sentence.start()] and not wrapped:
            paragraph, respondent = _Paragraph(), False
        last_end = sentence.end()
        line = folded[folded.rfind("\n", 0, sentence.end()) + 1 : sentence.end()]
        wrapped = _WRAPPED.search(line) is not None
        body = sentence.group().strip()
        listing = (listing and not _HEADING.match(line)) or body.endswith("其中:")
        respondent = respondent or _RESPONDENT.search(body) is not None
        items, paragraph = _sentence_values(text, sentence, year, paragraph)
        if listing or another_place(body, rank):
            continue
        if respondent:
            items = [item for item in items if item.key not in _REVIEW_KEYS]
        for item in items:
            runs.setdefault(item.key, []).append((number, item.value))
            if item.approximate:
                approximations.append(item)
            elif (item.key, item.value) not in seen:
                seen.add((item.key, item.value))
                found.append(item)
    listed = parallel_lines(runs)
    found = [item for item in found if (item.key, item.value) not in listed]
    # An approximation is the place's figure when the text gives no exact one for the key
    # (C-025 纠错率约19.2%); after or before an exact figure it only restates it (E-022
    # 纠错率24.2% … 纠错率约为24%; E-047's title 败诉率约32% over 败诉率为32.49%).
    exact = {item.key for item in found}
    for item in approximations:
        if item.key not in exact and (item.key, item.value) not in seen:
            seen.add((item.key, item.value))
            found.append(item)
    # 受理一审行政案件9405件 as a heading, then 9405件(新收7347件,旧存2058件): a total with
    # the cases carried over, wherever it is given (E-133)
    split = {Decimal(m.group(1)) for m in _SPLIT_TOTAL.finditer(folded)}
    found = [
        item
        for item in found
        if not (item.key == Key.LITIGATION_FIRST_INSTANCE and item.value in split)
    ]
    # The first-instance cases concluded stand for those brought only when the text gives
    # no count of those (E-034 审结950件, E-102 审结…22910件; not E-024's 1316 beside 1433).
    brought = Key.LITIGATION_FIRST_INSTANCE in exact
    found = [
        replace(item, key=str(Key.LITIGATION_FIRST_INSTANCE))
        if item.key == _CONCLUDED_FIRST_INSTANCE
        else item
        for item in found
        if not (item.key == _CONCLUDED_FIRST_INSTANCE and brought)
    ]
    found.sort(key=lambda item: item.number_start)
    return found


def _is_part(key: str, totals: frozenset[str] | None) -> bool:
    """Whether a value after 其中 breaks down a total (`totals`: the keys stated before
    it; None when there is nothing before it to break down). A part of a total that is
    no indicator (各类行政案件1827件，其中一审行政诉讼案件930件) is the indicator itself;
    a later stage of a 行政复议 case is not a part of the earlier one."""
    if totals is None:
        return True
    if not totals:
        return False
    if key in _STAGES and all(k in _STAGES for k in totals):
        return _STAGES.index(key) <= max(_STAGES.index(k) for k in totals)
    return True


def _sentence_values(
    text: str, sentence: re.Match, year: int | None, paragraph: _Paragraph
) -> tuple[list[Found], _Paragraph]:
    body = sentence.group()
    lead = len(body) - len(body.lstrip())
    body_start = sentence.start() + lead
    body = body.strip()
    after = replace(
        paragraph,
        sentences=paragraph.sentences + 1,
        keys=frozenset(),
        enforcement=about_enforcement(body),
    )
    if not body or _CITATION.search(body) or _UNKNOWN_YEAR.search(body):
        return [], after
    out: list[Found] = []
    topic = paragraph.topic
    keys: set[str] = set()
    # the whole sentence breaks down the one before
    whole_part = body.startswith("其中")
    part_totals = (paragraph.keys if paragraph.sentences else None) if whole_part else None
    part = False  # the clause after a bare "其中，" is a part too
    for clause in _CLAUSE.finditer(body):
        here = _topic_of(clause.group())
        topic = here or topic
        opening = clause.group().strip()
        in_part = whole_part or part or opening.startswith("其中")
        if not whole_part and opening.startswith("其中"):
            part_totals = frozenset(keys)
        part = opening == "其中" or (part and not opening)
        if opening == "其中":
            continue
        for key, match in _clause_matches(
            clause.group(), here, topic, body[: clause.start()], paragraph.enforcement
        ):
            absolute = body_start + clause.start()
            if in_part and _is_part(str(key), part_totals):
                continue
            at = clause.start() + match.start("num")
            if over_years(body[:at], paragraph.since, year):
                continue
            if paragraph.so_far and key != Key.ENFORCEMENT_PERSONS:
                continue
            if key in _LITIGATION_KEYS and _ONE_DEFENDANT.search(body[:at]):
                continue
            kind = plain(body, clause.start(), match, year, stock=key == Key.ENFORCEMENT_PERSONS)
            if kind is None:
                continue
            if share_of_same_total(body[clause.start() + match.end("unit") :], match):
                continue
            num_start = absolute + match.start("num")
            num_end = absolute + match.end("unit")
            value = Decimal(match.group("num"))
            if match.group("wan"):
                value *= 10000
            evidence = text[body_start : body_start + len(body)]
            keys.add(str(key))
            out.append(
                Found(
                    key=str(key),
                    value=value.normalize() if value != value.to_integral() else value.quantize(1),
                    unit=match.group("unit"),
                    text=text[num_start:num_end],
                    evidence=evidence,
                    start=body_start,
                    number_start=num_start,
                    approximate=kind == "approximate",
                )
            )
    return _one_value_per_key(out), replace(
        after,
        topic=topic,
        keys=frozenset(keys),
        since=paragraph.since or over_years(body, False, year),
        so_far=paragraph.so_far or so_far_in(body),
    )


def _one_value_per_key(found: list[Found]) -> list[Found]:
    """Leave out every value of a key the sentence gives two different values for: which
    one is the place's is not for the rules to guess (全县受理行政复议案件59件，县政府受理
    21件, a place and its part; 2022年…18件，2023年…26件)."""
    values: dict[str, set[Decimal]] = {}
    for item in found:
        values.setdefault(item.key, set()).add(item.value)
    return [item for item in found if len(values[item.key]) == 1]


def _topic_of(clause: str) -> str | None:
    """The last topic the clause names (规范性文件 in 重大行政决策…规范性文件 wins)."""
    best, where = None, -1
    for name, pattern in _TOPICS.items():
        for m in pattern.finditer(clause):
            if m.start() > where:
                best, where = name, m.start()
    return best


def _clause_matches(
    clause: str, here: str | None, topic: str | None, before: str, enforcement: bool = False
):
    """(key, match) for every rule that reads a number in this clause; `before` is the
    sentence up to the clause; `enforcement`: the sentence before was about enforcement."""
    heads = False
    for key, pattern in _RATES:
        for m in pattern.finditer(clause):
            heads = heads or key == Key.HEAD_APPEARANCE_RATE
            yield key, m
    if not heads and "负责人出庭" in before:
        for m in _BARE_APPEARANCE.finditer(clause):
            yield Key.HEAD_APPEARANCE_RATE, m
    for m in _FIRST_INSTANCE_NEW.finditer(clause):
        yield Key.LITIGATION_FIRST_INSTANCE, m
    for m in _FIRST_INSTANCE.finditer(clause):
        if _SUBSET_NEAR.search(clause[: m.start()]) or re.match(_NEW_IN_BRACKET, clause[m.end() :]):
            continue
        if _CONCLUDED.search(clause[: m.start()] + m.group("gap")):
            yield _CONCLUDED_FIRST_INSTANCE, m
        else:
            yield Key.LITIGATION_FIRST_INSTANCE, m
    yield from enforcement_matches(clause, before, enforcement)
    if topic == "review" and (here in (None, "review")):
        for m in _REVIEW.finditer(clause):
            if m.group("verb") == "结案" and not _OPENING.fullmatch(clause[: m.start()]):
                continue  # 通过调解、和解方式结案3.7万件: the cases closed one way
            if "复议" in clause[: m.start("num")] or _CARRY.match(clause):
                key = next(
                    k for k, verbs in _REVIEW_VERBS.items() if re.fullmatch(verbs, m.group("verb"))
                )
                if m.group("unit") in ("件", "起", "宗") and not _FIRST_INSTANCE.search(clause):
                    yield key, m
    if topic in ("normative", "decision"):
        yield from document_matches(clause, here, topic, _CARRY.match(clause) is not None)
