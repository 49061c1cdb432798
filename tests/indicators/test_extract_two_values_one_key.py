"""A sentence giving two different values for one indicator is left out for that indicator:
which one is the place's is not for the rules to guess."""

from __future__ import annotations

from reports.indicators.extract import extract


def test_it_leaves_out_both_values():
    # a rate for all cases and one for the cases judged: 北京法院 2015–16, from a garbled mirror
    # (feifmx.com, not taken as a page), in simplified script
    text = "在审结的一审行政诉讼案件中,行政机关总体败诉率10.7%,在法院作出判决的案件中,行政机关败诉率达29%。"

    assert [f.key for f in extract(text)] == []


def test_it_keeps_one_value_stated_twice():
    text = "全市行政机关败诉率为6.88%,败诉率6.88%。"

    assert [f.text for f in extract(text)] == ["6.88%"]
