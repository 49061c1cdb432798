"""A count up to a day within a year (截至2025年7月底) or since a reform began (改革实施以来)
is a total over a period that is not the report's year: left out, with every figure after it
in the paragraph (E-033, C-004)."""

from __future__ import annotations

from reports.indicators.extract import extract

# E-033 (a county's report on its 行政复议 reform, 2021–2025)
E033 = (
    "改革实施以来,总体成效显著。截至2025年7月底,全县共受理行政复议案件9起,已全部审结,"
    "结案率达到100%。所有办结案件均实现了案结事了,未引发后续的行政诉讼。从案件办理结果分析,"
    "维持原行政行为2件,占比22.2%;通过作出变更、撤销、确认违法等直接纠错决定5件,纠错率高达55.6%。"
)


def test_it_leaves_out_a_count_up_to_a_day_within_the_year():
    assert extract(E033, year=2025) == []


def test_it_leaves_out_the_count_when_the_line_is_wrapped_mid_sentence():
    # C-004: the same page as a PDF's text, lines cut anywhere (截\n至)
    text = (
        "或在2个工作日内完成转\n送,确保案件能够“应收尽收、应转尽转”。改革实施以来,总体成效显著。截\n"
        "至2025年7月底,全县共受理行政复议案件9起,已全部审结,结案率达到100%。所\n有办结案件均实现了案结事了"
    )

    assert extract(text, year=2025) == []


def test_it_keeps_a_count_up_to_the_end_of_the_year():
    # E-026: 截止2025年12月 is the year's own total
    found = extract(
        "截止2025年12月,大队共办理各类行政执法案件216件,较2024年的244件减少11.5%。", year=2025
    )

    assert [f.text for f in found] == ["216件"]


def test_a_year_start_is_not_a_reform():
    found = extract("今年以来,全区共受理行政复议案件15起。", year=2023)

    assert [f.text for f in found] == ["15起"]
