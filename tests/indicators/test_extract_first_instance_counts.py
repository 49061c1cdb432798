"""Which count of first-instance cases is the cases brought (E-097, E-100, E-101, E-102,
E-024): the bracket's 新收 over a total with cases carried over; not the cases heard in
court; the cases concluded only when no count of those brought is given."""

from __future__ import annotations

from reports.indicators.extract import extract


def _first_instance(text: str) -> list[str]:
    return [f.text for f in extract(text) if f.key == "litigation_first_instance"]


def test_it_reads_the_new_cases_in_the_bracket():
    # E-097, 许昌市中级人民法院 行政案件司法审判年度报告 (2022)
    text = (
        "2022年行政、赔偿诉讼一审案件共570件(新收案件436件,旧存案件134件),"
        "新收行政一审案件同比下降21.16%;"
    )

    assert _first_instance(text) == ["436件"]


def test_it_leaves_out_the_cases_heard_in_court():
    # E-100, 方城县人民法院 2023
    text = "2023年,该院开庭审理行政一审诉讼案件84件,行政机关负责人出庭应诉84件,出庭应诉率为100%。"

    assert _first_instance(text) == []


def test_it_keeps_the_cases_concluded_when_nothing_else_is_given():
    # E-102, 广东省高级人民法院 2019年度行政诉讼白皮书 (as E-034's 950)
    text = "2019年,全省法院共审结一审行政案件22910件,其中判决行政机关败诉2602件。"

    assert _first_instance(text) == ["22910件"]


def test_it_prefers_the_cases_brought_to_those_concluded():
    # E-024
    text = (
        "2021年,全市法院新收一审行政案件1433件,同比增长19.9%,审结一审行政案件1316件,同比增长15.2%;"
    )

    assert _first_instance(text) == ["1433件"]
