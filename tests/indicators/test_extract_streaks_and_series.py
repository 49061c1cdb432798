"""Figures that are not the year's own statement (pages E-085…E-110): a streak over
several years, one value of a year-by-year series, a part of the year written 1月至6月,
and the enforcement bodies' own 纠错率."""

from __future__ import annotations

import pytest

from reports.indicators.extract import extract

LEFT_OUT = [
    # E-099 (日照, 2023): a streak
    "行政机关负责人出庭应诉率连续五年保持100%。",
    # E-106 (宜春): a series, one year after another
    "近三年,全市行政机关败诉率持续下降,根据统计,2021年,全市行政机关败诉率为23.22%,"
    "2022年下降至18.01%,2023年下降至11.62%,2024年1-10月为8.85%。",
    "2021年全市法院受理各类行政一审案件805件,2022年488件,2023年551件,2024年1-10月482件。",
    # E-091 (深圳市生态环境局): half a year, its first month with its 月
    "2019年1月至6月,我局办理行政诉讼案件31宗,其中一审案件25宗,二审案件6宗。",
    # E-102 (广东): seven months
    "今年1月-7月,全省法院新收一审案件13753件,同比下降11.05%。",
    # E-094 (宁夏): 行政执法纠错率 is no 行政复议 correction rate
    "這種“辦理一案、規範一片”的監督模式成效顯著:行政執法糾錯率提升至18.69%,"
    "相關領域復議被訴率同比下降10.9個百分點。",
]


@pytest.mark.parametrize("text", LEFT_OUT)
def test_it_leaves_the_number_out(text):
    assert extract(text) == []


def test_it_keeps_a_rate_compared_with_another_year_after_it():
    # E-043: the year's rate, and a comparison that is no series
    found = extract("2021年,全省经行政复议直接纠错率10.77%,高于2020年。")

    assert [f.text for f in found] == ["10.77%"]
