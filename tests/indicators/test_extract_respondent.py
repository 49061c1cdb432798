"""A body's cases as the respondent (作为被申请人) were decided by another review organ:
they are not the 行政复议 it handled, for the rest of the paragraph (E-086, 深圳市生态环境局
2021). Cases received against others (以…作为被申请人的) are the receiver's (E-017)."""

from __future__ import annotations

from reports.indicators.extract import extract

E086 = (
    # (the page's first sentence, without its bracket that names 2020 too)
    "2021年,深圳市生态环境局作为行政复议机关,审结行政复议案件5宗(维持2宗,终止2宗,撤销1宗)。"
    "深圳市生态环境局(含各管理局)作为被申请人新收行政复议案件112宗,2020年度结转行政复议案件9宗;"
    "经复议机关审理,审结行政复议案件110宗(维持88宗,驳回复议申请4宗,终止17宗,撤销1宗),"
    "未审结案件11宗。"
)


def test_it_leaves_out_the_cases_against_the_body():
    values = {(f.key, f.text) for f in extract(E086, year=2021)}

    assert ("review_received", "112宗") not in values
    assert ("review_concluded", "110宗") not in values
    assert ("review_concluded", "5宗") in values  # as the review organ, before


def test_it_keeps_cases_received_against_others():
    text = (
        "2022年,宁国市人民政府行政复议办公室共收到以各乡、镇人民政府、市政府各部门作为被申请人的"
        "行政复议案件35件,同比上升3%,受理34件。"
    )

    assert ("review_accepted", "34件") in {(f.key, f.text) for f in extract(text)}
