"""Sentences whose number is a bound, a target, another year's, a part or a sum: left out."""

from __future__ import annotations

import pytest

from reports.indicators.extract import extract

LEFT_OUT = [
    "确保我区行政负责人出庭应诉率达80%以上。",  # a bound and a target (seed 赣县区)
    "2008年1月至2010年5月底,共收各类一审行政诉讼案件2584件,审结2418件。",  # several years
    "2023总共需办理复议案件66件,2024年总共需办理复议案件151件,同比增长128.78%。",  # two years
    "铁岭全市行政机关败诉率同比下降7.01个百分点。",  # a change, not a rate
    "开展市政府重大行政决策事项、市政府及其工作部门重大合同合法性审查226件。",  # a sum (seed 001)
    "《2020年全国行政机关负责人平均出庭应诉率为41.8%》",  # a title quoted (C-019)
    "2024年复议受理前协商化解案件17件。",  # not the cases accepted (C-025)
    "其中,市政府收到行政复议申请24件,市政府工作部门收到行政复议申请39件。",  # parts (E-011)
    "办结的受理案件中,纠错率达15.1%;其中,司法部办理的国务院行政复议裁决案件纠错率达18.7%。"
    "市政府收到复议申请1186件,占收到申请总数的19.1%;",  # one organ's part (E-020)
    "区县政府共收到复议申请1680件,占27.1%;",  # the list goes on (E-020)
    "山东省行政机关败诉率分别为16.4%、11.36%、9.72%、10.83%。",  # several values
]


@pytest.mark.parametrize("sentence", LEFT_OUT)
def test_it_leaves_an_uncertain_value_out(sentence):
    found = [(f.key, f.text) for f in extract(sentence)]

    # the one plain value some of these sentences also hold
    assert found in ([], [("review_correction_rate", "15.1%")])


def test_it_leaves_out_a_part_introduced_by_qizhong():
    found = extract("审查和备案规范性文件54件,其中审查市级规范性文件27件。")  # B-054

    assert [(f.key, f.text) for f in found] == [("normative_filed", "54件")]


def test_it_leaves_out_another_year_than_the_reports():
    sentence = "2022年全区共受理行政复议案件15起。"

    assert extract(sentence, year=2023) == []
    assert [f.text for f in extract(sentence, year=2022)] == ["15起"]


def test_it_keeps_a_total_shown_as_a_share_of_another():
    found = extract("2007年全国审结行政复议案件72747件,占受理案件总数的94.68%。")  # E-019

    assert [(f.key, f.text) for f in found] == [("review_concluded", "72747件")]
