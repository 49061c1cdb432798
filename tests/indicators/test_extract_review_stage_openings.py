"""A clause opening with 决定受理 or 经审查后受理 continues the sentence's 行政复议 topic
like a bare 受理 (E-043, E-055)."""

from __future__ import annotations

from reports.indicators.extract import extract


def test_it_reads_a_decision_to_accept():
    found = extract(
        "2021年,全省共收到行政复议申请14635件,同比增长28.70%;决定受理12769件,同比增长29.29%。"
    )

    assert [(f.key, f.text) for f in found] == [
        ("review_received", "14635件"),
        ("review_accepted", "12769件"),
    ]


def test_it_reads_an_acceptance_after_examination():
    found = extract(
        "2019年全市各级行政复议机关共收到行政复议申请469件,经审查后受理430件,不予受理39件,申请人总数为620人。"
    )

    assert [(f.key, f.text) for f in found] == [
        ("review_received", "469件"),
        ("review_accepted", "430件"),
    ]
