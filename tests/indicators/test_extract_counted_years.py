"""A count since a number of years (两年来, 四年来; 兩年來 in traditional script) is a total over
several years: left out, as 近几年来 (E-073)."""

from __future__ import annotations

from reports.indicators.extract import extract

# E-073 (上海, courts and 行政复议 over the two years after the new 行政诉讼法, traditional script)
E073 = (
    "據介紹,新行政訴訟法實施兩年來,上海法院共受理一審行政案件13548件,審結12500件,"
    "同比分別上升107%、100%;通過協調和解解決爭議2375件,協調和解率為20.3%。"
)


def test_it_leaves_out_a_total_over_two_years_in_traditional_script():
    assert extract(E073, year=2017) == []


def test_it_leaves_out_a_total_over_two_years_in_simplified_script():
    text = "据介绍,新行政诉讼法实施两年来,上海法院共受理一审行政案件13548件,审结12500件。"

    assert extract(text, year=2017) == []


def test_it_keeps_the_year_named_after_the_count_of_years():
    # the rule of 近几年来: a year named after it gives that year's own figure
    text = "两年来,行政复议工作稳步推进。2017年,全市共收到行政复议申请1113件。"

    assert [f.text for f in extract(text, year=2017)] == ["1113件"]
