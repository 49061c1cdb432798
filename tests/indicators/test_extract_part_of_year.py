"""A figure for part of a year (上半年, 第三季度, 1-10月) is not the year's: left out
(E-045, E-054, E-044)."""

from __future__ import annotations

import pytest

from reports.indicators.extract import extract

PART_OF_YEAR = [
    # E-045 (traditional script, as published)
    "上半年四川新收行政復議案件10059件 同比增長100.82%",
    # E-054
    "2024年第三季度,新野县人民法院共新收行政一审诉讼案件24件,与2023年同期相比,下降了27.27%。",
    "2024年第三季度,行政机关负责人出庭应诉工作进一步推进,已开庭审理的案件行政机关负责人均出庭应诉,"
    "出庭应诉率100%。",
    # E-044
    "今年以来继续保持增长态势,1-10月平均出庭应诉率为73.55%其中10月为89%,创历史新高。",
]


@pytest.mark.parametrize("text", PART_OF_YEAR)
def test_it_leaves_out_a_figure_for_part_of_the_year(text):
    assert extract(text, year=2024) == []


def test_it_keeps_the_years_figure():
    found = extract(
        "2023年度审理的行政诉讼案件行政机关负责人出庭率已达到100%,较去年提升27个百分点。"
    )

    assert [(f.key, f.text) for f in found] == [("head_appearance_rate", "100%")]
