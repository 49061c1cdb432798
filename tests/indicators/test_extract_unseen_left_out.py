"""Sentences of the pages marked with the rules frozen (E-022…E-040) whose numbers are
no indicator value: a total over several years, a change in the staff, cases closed one
way. Left out."""

from __future__ import annotations

import pytest

from reports.indicators.extract import extract

LEFT_OUT = [
    # a total since a year or a period (E-031, E-014)
    "党的十八大以来,人民法院深化行政审判体制机制改革。各级法院受理一审行政案件235.2万件、审结227.4万件。",
    "2016年以来,各级法院受理一审行政案件186.7万件,年均增长8.8%。",
    "近几年来,兰州市七里河区政府共收到行政复议申请16件,立案受理15件。",
    # from a year up to now (E-143, 广西 2015年至今年上半年)
    "2015年至今年上半年,全区各级法院审理行政案件。其中,受理一审行政案件37713件,审结34411件;",
    # a change in the staff (E-026)
    "全年新增持证执法人员1人(通过市级行政执法资格考试),调离执法岗位2人,退休2人。",
    # the cases closed by mediation, one way of closing (C-026)
    "2023年,全国各级行政复议机构通过调解、和解方式结案3.7万件,一大批行政争议得到实质性化解。",
]


@pytest.mark.parametrize("text", LEFT_OUT)
def test_it_leaves_the_number_out(text):
    assert extract(text) == []


def test_it_keeps_a_since_of_the_reports_own_year():
    found = extract("2023年以来,全区共受理行政复议案件15起。", year=2023)

    assert [f.text for f in found] == ["15起"]
