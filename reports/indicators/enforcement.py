"""行政执法 cases and staff: how departments', towns' and places' reports count them
(行政处罚案件, 实施行政处罚, 办理案件 under a heading about enforcement; 执法人员, 持证人员, 执法队员),
and the counts that are a kind, a procedure, a party, a part or a change rather than the total."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reports.indicators.keys import Key
from reports.indicators.numbers import COUNT, NUM, PEOPLE

# 新增持证执法人员1人 / 调离执法岗位2人: a change in the staff, not its number
_STAFF_CHANGE = re.compile(r"新增|新招录|调离|调入|退休|增加|减少")

_ENFORCEMENT_CASES = re.compile(
    r"(?:(?:行政执法|行政处罚|行政执法处罚)案件|执法办案)(?P<gap>(?:立案|共|累计|共计)?数?(?:为|达)?)"
    + COUNT
)
# 实施行政处罚1969件 / 作出行政处罚决定38起 / 实施行政处罚总数为293宗 / 承办行政处罚94497件
_PENALTIES = re.compile(
    r"(?:实施|作出|下达|查处|办理|承办)(?:各类)?行政处罚(?:决定|案件)?(?:总数|数量)?"
    r"(?P<gap>(?:共|共计|累计)?(?:为|达)?)" + NUM + r"(?P<unit>件|起|宗)"
)
_AGAINST = re.compile(r"对[^\d，,。；;]{1,10}$")
# 今年共办理案件1335件 / 执法队共办理案件79起 / 共立案130件: cases without a noun, read only
# where the sentence or the one before it is about enforcement (三)行政执法案件情况。…
_BARE_CASES = re.compile(r"(?:(?:办理|查办)(?:各类)?案件|立案)(?P<gap>(?:共|累计)?)" + COUNT)
_ENFORCEMENT_CONTEXT = re.compile(r"行政执法案件|执法(?:队|大队|支队|总队)|行政执法情况|执法办案")
# 我委现有持证人员45人 in an enforcement body's report: the certified enforcement staff
_CERTIFIED = re.compile(r"持证人员(?P<gap>(?:共|共计|总数|数量|人数)?(?:为|达)?)" + PEOPLE)
# 罚没款行政处罚案件167件 / 一般环境行政处罚案件53件 / 普通程序…作出行政处罚决定42起: the
# cases of one kind or one procedure
_ONE_KIND = re.compile(r"(?:罚没|罚款|一般|简易|普通|重大|涉企)[^\d，,。；;、]{0,4}$")
_ONE_PROCEDURE = re.compile(r"(?:普通|一般|简易)程序")
# 审核行政处罚案件1906起 / 公示… / 评查…: cases the legal office checked or published, not
# the cases handled (E-236)
_CHECKED_NOT_HANDLED = re.compile(r"(?:审核|审查|公示|评查|抽查|集体讨论)[^\d，,。；;]{0,4}$")
# 行政强制案件618件、…、行政处罚案件554件: one type in a court's list of case types (E-133)
_CASE_TYPE_LIST = re.compile(r"\d\s?(?:件|起|宗)、[^、\d]*$")
# (not 辅助执法人员 / 协管: auxiliaries without powers of their own)
_ENFORCEMENT_PERSONS = re.compile(
    r"(?<!辅助)(?<!协管)"
    r"(?:执法(?:持证)?(?:人员|队员)|持有?(?:有效)?(?:行政)?执法证件?(?:的)?(?:人员|人数))"
    r"(?P<gap>(?:共|共计|总数|数量|人数)?(?:为|达)?)" + PEOPLE
)


def about_enforcement(text: str) -> bool:
    """Whether a sentence is about enforcement cases (its next sentence's 办理案件N件 is one)."""
    return _ENFORCEMENT_CONTEXT.search(text) is not None


def enforcement_matches(
    clause: str, before: str, enforcement: bool
) -> Iterator[tuple[Key, re.Match]]:
    """(key, match) of the enforcement cases and staff a clause states; `before` is the
    sentence up to the clause, `enforcement` whether the sentence before was about them."""
    context = enforcement or _ENFORCEMENT_CONTEXT.search(before + clause) is not None
    cases = [
        m
        for m in _ENFORCEMENT_CASES.finditer(clause)
        if not _CASE_TYPE_LIST.search(clause[: m.start()])
    ]
    # 对生产经营单位作出行政处罚47件 / 对个人…15件: the penalties on one kind of party
    cases += [m for m in _PENALTIES.finditer(clause) if not _AGAINST.search(clause[: m.start()])]
    cases += list(_BARE_CASES.finditer(clause)) if context else []
    for m in cases:
        ahead = clause[: m.start()]
        if not (
            _ONE_KIND.search(ahead)
            or _ONE_PROCEDURE.search(before + ahead)
            or _bracketed(ahead)
            or _CHECKED_NOT_HANDLED.search(ahead)
        ):
            yield Key.ENFORCEMENT_CASES, m
    staff = list(_ENFORCEMENT_PERSONS.finditer(clause))
    staff += list(_CERTIFIED.finditer(clause)) if context else []
    for m in staff:
        ahead = clause[: m.start()]
        # 出动执法人员34534人次: turnouts, not the staff; (…一线执法人员27人): a part
        if m.group("unit") != "人次" and not _STAFF_CHANGE.search(ahead) and not _bracketed(ahead):
            yield Key.ENFORCEMENT_PERSONS, m


def _bracketed(ahead: str) -> bool:
    """Whether the clause is inside a bracket at this point (…45人(…一线执法人员27人))."""
    return ahead.count("(") > ahead.count(")")
