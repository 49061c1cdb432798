"""An approximation (约, 约为, 大约) is the figure when the text gives no exact one for the
key (C-025, E-009); after or before the exact figure it only restates it and is left out
(E-022, E-047's title). 将近 / 接近 / 近 stay bounds."""

from __future__ import annotations

from reports.indicators.extract import extract


def test_it_keeps_an_approximate_rate_given_alone():
    # C-025: the only correction rate the text gives
    found = extract(
        "全年共审结行政复议申请135件(含上年度结转),其中纠错(含撤销、确认违法)29件,纠错率约19.2%,"
        "纠错案件责任单位全部在法定期限内执行到位。"
    )

    assert ("review_correction_rate", "19.2%") in [(f.key, f.text) for f in found]


def test_it_keeps_the_exact_count_and_the_approximate_rate():
    # E-009
    found = extract(
        "此外,2018年,各级行政机关共办理一审行政应诉案件23.5万件,败诉率约14.7%。", year=2018
    )

    assert [(f.key, f.text) for f in found] == [
        ("litigation_first_instance", "23.5万件"),
        ("litigation_loss_rate", "14.7%"),
    ]


def test_it_leaves_out_an_approximation_restating_the_exact_rate_before_it():
    # E-022
    found = extract(
        "受理1033件,其中,决定维持435件,驳回申请136件。直接纠错236件,纠错率24.2%。\n"
        "区政府审结的复议案件977件中直接纠错236件,纠错率约为24%,较去年60件增长了近3倍。"
    )

    assert [f.text for f in found if f.key == "review_correction_rate"] == ["24.2%"]


def test_it_leaves_out_an_approximation_in_a_title_over_the_exact_rate():
    # E-047
    found = extract(
        "青海法院白皮书指:2023年度行政机关一审败诉率约32%\n"
        "《白皮书》指出,2023年,青海省法院审结的一审诉讼案件中,行政机关败诉率为32.49%。",
        year=2023,
    )

    assert [f.text for f in found if f.key == "litigation_loss_rate"] == ["32.49%"]


def test_it_still_leaves_out_a_bound():
    found = extract("全市行政机关败诉率将近10%。")

    assert found == []
