"""A figure given as an approximation (约, 约为, 大约, 将近) is left out: the table holds
exact figures only (E-022, E-009, C-025)."""

from __future__ import annotations

import pytest

from reports.indicators.extract import extract

APPROXIMATE = [
    # E-022: the rate restated as an approximation after the exact one
    "区政府审结的复议案件977件中直接纠错236件,纠错率约为24%,较去年60件增长了近3倍。",
    # C-025
    "全年共审结行政复议申请135件(含上年度结转),其中纠错(含撤销、确认违法)29件,纠错率约19.2%,"
    "纠错案件责任单位全部在法定期限内执行到位。",
]


@pytest.mark.parametrize("text", APPROXIMATE)
def test_it_leaves_an_approximate_rate_out(text):
    assert "review_correction_rate" not in [f.key for f in extract(text)]


def test_it_keeps_the_exact_figures_beside_an_approximate_one():
    # E-009: the count is exact, the rate approximate
    found = extract(
        "此外,2018年,各级行政机关共办理一审行政应诉案件23.5万件,败诉率约14.7%。", year=2018
    )

    assert [(f.key, f.text) for f in found] == [("litigation_first_instance", "23.5万件")]
