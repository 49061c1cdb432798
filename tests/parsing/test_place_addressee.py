"""The government a page is addressed to: its author is inside it."""

from __future__ import annotations

from reports.parsing import parse_text

# issue 10's example of a page with no title: a document number, then the addressee line.
BAODING = (
    "保政呈〔2025〕5号\n河北省人民政府：\n"
    "2024年，在省委、省政府的坚强领导下，我市坚持以习近平新时代中国特色社会主义思想为指导，深入践行习近平法治思想，"
    "扎实推进法治政府建设，各项工作取得新成效。现将有关情况报告如下：\n"
    "一、主要举措和成效\n（一）加强组织领导。市政府常务会议专题研究法治政府建设工作。\n"
)
# fixtures/devset A-073 (www.jurong.gov.cn): a town writes to 市委、市政府 of its county-level city.
XIASHU = (
    "市委、市政府:\n2025年,下蜀镇坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大及二十届历次全会精神、"
    "习近平法治思想,紧紧围绕上级关于推进法治政府建设的各项工作部署,提高政治站位,强化责任担当,法治政府建设不断取得新成效。"
    "现将本年度有关情况总结汇报如下:\n一、完善制度体系,纵深推进法治政府建设\n"
)


def test_it_places_a_page_inside_the_province_it_is_addressed_to():
    r = parse_text(BAODING)
    assert (r.province, r.prefecture, r.level, r.year) == ("河北省", None, "prefecture", 2024)
    assert "省份依据：抬头“河北省人民政府:”" in r.warnings
    assert "待核对：只识别出省份" in r.warnings


def test_it_keeps_a_town_writing_to_市委_市政府_below_its_county():
    r = parse_text(XIASHU, source_url="http://www.jurong.gov.cn/jrxsz/bmwjs/202512/x.html")
    assert (r.province, r.prefecture, r.county) == ("江苏省", "镇江市", "句容市")
    assert (r.level, r.subunit, r.year) == ("township", "下蜀镇", 2025)
