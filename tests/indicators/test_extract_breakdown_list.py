"""A line ending in 其中: opens a breakdown: every line after it, up to the next heading,
gives a part (one organ's or one level's count), not the place's figure (E-085, 湖北省司法厅,
2020年度行政复议和行政应诉案件数据统计; the list numbers are glued to the text as published)."""

from __future__ import annotations

from reports.indicators.extract import extract

E085 = (
    "(一)行政复议案件情况\n\n"
    "1.总体情况。2020年全省各级行政复议机构新收行政复议申请5422件,比2019年增加842件,"
    "增幅为18.38%;涉及申请人3758人。受理行政复议案件3129件,受理率为57.71%。其中:\n\n"
    "12020年,省政府新收行政复议申请188件,受理109件,涉及申请人163人。\n\n"
    "22020年,报送数据的省直部门共收到行政复议申请376件,受理250件(见表1)。\n\n"
    "313个市州新收行政复议申请4377件,较2019年增长11.8%。"
    "13个市州政府本级共收到行政复议申请2526件,与2019年相比增加了1325件,增幅为110.32%(见表3)。\n\n"
)


def test_it_keeps_the_totals_and_leaves_out_the_list():
    found = extract(E085, year=2020)

    assert [(f.key, f.text) for f in found] == [
        ("review_received", "5422件"),
        ("review_accepted", "3129件"),
    ]


def test_a_heading_ends_the_list():
    text = E085 + "(二)行政应诉案件情况\n\n2020年全省一审行政应诉案件4890件。"

    found = extract(text, year=2020)

    assert ("litigation_first_instance", "4890件") in [(f.key, f.text) for f in found]
