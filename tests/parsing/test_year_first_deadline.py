"""An undated working document (a plan cut from its page) is for the year of its first
deadline: "原则上2019年6月底前不再保留部门单独设立的服务大厅"."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset C-035 (a mirror with pinyin glosses; no title, no date, no year elsewhere).
TONGLING = (
    "一、總體要求\n"
    "堅持以人民為中心,加大轉變政府職能和簡政放權力度,推動審批服務理念、制度、作風全方位深層次變革,"
    "不斷優(yōu)化辦事創(chuàng)業(yè)和營商環(huán)境,努力把銅陵打造成為省內(nèi)審批事項最少的地區(qū)。\n"
    "二、創(chuàng)新審批服務方式\n"
    "(一)大力推行審批服務集中辦理。優(yōu)化提升政務服務大廳“一站式”功能,進一步推動審批服務事項進駐大廳統(tǒng)一辦理。"
    "整合服務大廳,原則上2019年6月底前不再保留部門單獨設立的服務大廳。\n"
)


def test_it_takes_the_year_of_the_first_deadline():
    assert parse_text(TONGLING).year == 2019


def test_it_takes_no_deadline_from_a_cited_range():
    text = TONGLING.replace("原則上2019年6月底前", "按照2018—2020年底前")
    assert parse_text(text).year is None
