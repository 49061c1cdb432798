"""How departments' and towns' reports count their enforcement staff (E-111…E-145): the
wordings read, and auxiliaries left out."""

from __future__ import annotations

import pytest

from reports.indicators.extract import extract

STAFF = [
    # (sentence, number as written) — the page in the comment
    (
        "截至2020年12月31日,市本级执法人员数量为40人,执法证持有人员38人,执证率达95%。",
        "40人",
    ),  # E-112
    ("我局现有执法机构20个,在岗行政执法持证人员212人。", "212人"),  # E-113
    ("截至目前,我委现持有行政执法证件人数120名。", "120名"),  # E-115, a stock counted now
    (
        "新村街道综合执法大队现有在编执法人员 27 名,其中持有有效执法证件人员 24 名;",
        "27 名",
    ),  # E-118
    (
        "截至2025年12月,大队持有有效行政执法证人员17名,全年通过招考录用新增执法人员4名。",
        "17名",
    ),  # E-120
]


@pytest.mark.parametrize(("text", "written"), STAFF)
def test_it_reads_the_staff_count(text, written):
    found = [f for f in extract(text) if f.key == "enforcement_persons"]

    assert [f.text for f in found] == [written]
    assert text[found[0].number_start :].startswith(written)


def test_it_leaves_out_auxiliary_staff():
    # E-119 (新村街 2024)
    assert extract("现有辅助执法人员16人。") == []


def test_it_reads_cases_written_with_spaces_and_as_执法处罚案件():
    spaced = extract("本年度共办理行政处罚案件 42 起,较上年同比上升10.53%;")  # E-118
    worded = extract("全年共办理行政执法处罚案件32件,其中简易程序28起。")  # E-120

    assert [(f.key, f.text) for f in spaced] == [("enforcement_cases", "42 起")]
    assert [(f.key, f.text) for f in worded] == [("enforcement_cases", "32件")]
