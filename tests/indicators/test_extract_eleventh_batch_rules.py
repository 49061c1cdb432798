"""The rules added after the eleventh frozen batch (E-217…E-237), each on its real sentence:
a range of years set with spaces (E-219), requests for a review (E-225), filing by 报送
(E-224), cases the legal office checked (E-236), 一审收案 (E-228)."""

from __future__ import annotations

from reports.indicators.extract import extract


def _values(text: str) -> list[tuple[str, str]]:
    return [(f.key, f.text) for f in extract(text)]


def test_it_leaves_out_a_count_over_a_range_of_years_set_with_spaces():
    # E-219, 北京市人大常委会 (a 2018 news page)
    text = (
        "自 2013 年 1 月 1 日至 2018 年 12 月 31 日,北京市人大常委会共接收报送备案的规范性文件"
        " 257 件,其中市政府报送备案的规章和决定37件。"
    )

    assert _values(text) == []


def test_it_reads_a_count_of_the_year_set_with_spaces():
    # E-219, the sentence after it
    assert _values("2018 年,共接收报送备案的规范性文件 20 件,报备率 100%。") == [
        ("normative_filed", "20 件")
    ]


def test_it_leaves_out_requests_for_a_review():
    # E-225, 黑龙江省政府法制办 2008 (yearbook)
    text = "处理公民、法人和其他组织提出的审查规范性文件书面申请9件,接听咨询电话30余个。"

    assert _values(text) == []


def test_it_reads_documents_sent_to_the_peoples_congress_as_filed():
    # E-224, 哈尔滨市人大常委会 2012
    text = "2012年,市人民政府共向市人大常委会报送规范性文件23件,其中涉及城建方面7件, 占30.43%;"

    assert _values(text) == [("normative_filed", "23件")]


def test_it_still_reads_documents_sent_for_legality_review_as_reviewed():
    # a development mark: 报送合法性审查 is sending for review, not filing
    text = "今年以来市司法局收到市政府及政府各部门报送合法性审查的规范性文件8件,并按相关程序出具了合法性审查意见;"

    assert _values(text) == [("normative_reviewed", "8件")]


def test_it_leaves_out_penalty_cases_the_legal_office_checked():
    # E-236, 南岸区城市管理局 2024
    text = "2024年,审核行政处罚案件1906起,公示行政处罚信息179条,集体讨论重大处罚决定4起。"

    assert _values(text) == []


def test_it_reads_first_instance_cases_brought_as_yi_shen_shou_an():
    # E-228, 贵州省高级人民法院 2016
    text = (
        "2016年全省法院共新收一审、二审行政案件10769件,同比增长6.85%其中一审收案7759件,"
        "同比上升4.51%二审收案3010件,同比增长13.37%"
    )

    assert _values(text) == [("litigation_first_instance", "7759件")]
