"""Counts that are one kind, one procedure or one unit's share of an enforcement body's
cases and staff (pages E-182…E-207), and a total followed by its parts."""

from __future__ import annotations

import pytest

from reports.indicators.extract import extract

LEFT_OUT = [
    # E-198 (东丽 2021): the penalties with fines, a kind
    "作出罚没款行政处罚案件167件,罚没款共计188.23万元。",
    # E-200 (滨海城管委 2024): one procedure's cases, no total given
    "今年执法支队普通程序立案查处案件51起,已作出行政处罚决定42起、处罚 1690518.90元;",
    # E-206 (青岛 2021): the principal heads' rate is a part of the heads' rate
    "市、区(市)两级法院及铁路法院开庭审理的行政案件中,正职负责人出庭应诉率为11.43%。",
    # E-206: a paragraph opened by 今年上半年 counts half a year in its later sentences too
    "今年上半年,我市两级法院开庭审理行政案件837件,负责人出庭应诉率为100%;"
    "青岛铁路运输法院开庭审理行政案件169件,负责人出庭应诉率为100%。",
]


@pytest.mark.parametrize("text", LEFT_OUT)
def test_it_leaves_the_number_out(text):
    assert extract(text) == []


def test_it_reads_certified_staff_and_not_the_part_in_brackets():
    # E-200: the sentence before names the 执法支队
    text = (
        "天津市滨海新区城市管理综合行政执法支队为区城市管理委员会管理的行政执法机构。"
        "我委现有持证人员45人(新区执法监督平台一线执法人员27人)。"
    )

    assert [f.text for f in extract(text)] == ["45人"]


def test_it_reads_cases_filed_after_the_noun():
    # E-198
    found = extract("2021年度,我局行政处罚案件立案800件,结案794件,罚没款188.23万元。")

    assert [f.text for f in found] == ["800件"]


def test_it_keeps_a_total_followed_by_its_parts():
    # E-194 (河东区 2023): 31065 = 14867 + 16198, the parts in the sentences after it
    text = (
        "2023年全区42个区属行政执法机关共有持证行政执法人员982人,共办理行政执法案件31065件,"
        "包括行政检查29065件、行政处罚1968件、其他类型32件。"
        "执法主体方面,区属委办局合计办理行政执法案件14867件,其中行政检查13719件、行政处罚1148件;"
        "各街道办事处合计办理行政执法案件16198件,其中行政检查15346件、行政处罚820件。"
    )

    cases = [f.text for f in extract(text) if f.key == "enforcement_cases"]

    assert cases == ["31065件"]
