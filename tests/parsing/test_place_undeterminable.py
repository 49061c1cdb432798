"""A page that says nowhere whose it is keeps its place empty and is flagged 待核对, never guessed;
a paper (摘要, a byline with its affiliation) speaks for no government, so it has no level."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset C-041 (a catalogue page): one indicator line and a map widget.
INDICATOR = (
    "27.行政规范性文件按照规定的程序和时限报送备案,且报备率、报备及时率、规范率均达100%。"
    "公民、法人和其他组织对行政规范性文件的建议审查制度健全。\nBaidu\nmap\n"
)
# C-019 (a journal mirror): a byline with its affiliation, and 省政府 only as its subject.
PAPER = (
    "李 敏(北京市司法局)\n"
    "行政机关负责人出庭应诉,是指在行政诉讼过程中,由行政机关负责人出庭和应诉的制度,其法律依据为"
    "《中华人民共和国行政诉讼法》第三条第三款。\n"
    "近年来,行政机关负责人出庭应诉率被看作地方法治政府建设的一项重要参考指标而屡见媒体,"
    "不少省政府将其纳入法治政府建设考核。\n"
)


def test_it_flags_a_page_whose_place_is_nowhere():
    r = parse_text(INDICATOR)
    assert (r.province, r.prefecture, r.county) == (None, None, None)
    assert "待核对：未能确定所属地区（页面未写明）" in r.warnings


def test_it_does_not_flag_a_page_that_names_its_place():
    r = parse_text(
        "2023年,南平市坚持以习近平法治思想为指导,扎实推进法治政府建设,取得明显成效。\n一、主要举措\n"
        "(一)加强组织领导。市政府常务会议专题研究法治政府建设工作。\n"
    )
    assert r.prefecture == "南平市"
    assert "待核对：未能确定所属地区（页面未写明）" not in r.warnings


def test_it_gives_a_paper_no_level():
    r = parse_text(PAPER)
    assert r.doc_type == "other"
    assert (r.province, r.level) == (None, "")
