"""Parts of a whole place's figure (E-111…E-145): a share of the province (占全省的79.5%),
a number of cities (粤东西北12市), one case type in a court's list, and a total holding the
cases carried over, given again as a heading."""

from __future__ import annotations

import pytest

from reports.indicators.extract import extract

LEFT_OUT = [
    # E-134, E-135 (广东 2020 and 2019 white papers)
    "2020年,全省行政案件主要集中在广州、深圳、佛山等9市,新收一审行政案件17484件,占全省的79.5%。",
    "粤东西北12市新收一审案件4520件,与2019年基本持平。",
    # E-179 (九龙坡 2025): the district government's cases as sole defendant
    "区政府作为单独被告的行政诉讼案件败诉率5.5%。",
    # E-133 (重庆 2022): case types heard by the courts
    "按案涉行政行为类型划分,居前5位的是:行政确认案件1637件、行政强制案件618件、"
    "行政征收(征用)案件565件、行政处罚案件554件。",
]


@pytest.mark.parametrize("text", LEFT_OUT)
def test_it_leaves_the_part_out(text):
    assert extract(text) == []


def test_it_keeps_the_new_cases_of_a_total_given_twice():
    # E-133: the heading repeats the total that the body splits into 新收 and 旧存
    text = (
        "受理一审行政案件9405件 《白皮书》显示,去年全市法院受理各类行政诉讼案件15216件。"
        "受理一审行政案件9405件(新收7347件,旧存2058件),新收同比下降27.59%;"
    )

    found = [f.text for f in extract(text) if f.key == "litigation_first_instance"]

    assert found == ["7347件"]
