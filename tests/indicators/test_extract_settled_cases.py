"""调撤一审行政诉讼案件102件 counts the cases withdrawn or settled (an outcome of the cases),
not the first-instance cases brought (E-075)."""

from __future__ import annotations

from reports.indicators.extract import extract

# E-075 (越城区司法局, 2022)
E075 = "2.实质化解行政争议。目前,调撤一审行政诉讼案件102件,调撤率44.35%,有望提升至45%以上(市考核指标45%以上)。"


def test_it_leaves_out_the_cases_withdrawn_or_settled():
    assert [f for f in extract(E075, year=2022) if f.key == "litigation_first_instance"] == []


def test_it_still_reads_the_cases_brought():
    # E-070: 新收一审行政诉讼案件5847件, after 其中 of all 行政案件
    text = (
        "2022年,广铁两级法院共新收各类行政案件22494件,同比下降5.51%,"
        "其中新收一审行政诉讼案件5847件,同比减少22.07%。"
    )

    assert [f.text for f in extract(text, year=2022)] == ["5847件"]
