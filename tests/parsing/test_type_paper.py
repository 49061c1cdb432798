"""A journal article about government is typed other, with no place or year of its own."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset C-024 (fx361.cc): authors, then their affiliations with postcodes.
FENGQIAO = (
    "田鹏辉,任 玲\n(1.沈阳工业大学,辽宁 沈阳 110870;2.沈阳市中级人民法院,辽宁 沈阳 110013)\n"
    "“枫桥经验”是浙江诸暨枫桥镇干部群众于1963年在处理基层人民矛盾时提出的理念,其核心内容是“依靠群众就地化解矛盾”"
    "(1)参见陈洪,潘建兴:《基层治理中的信访难题与“枫桥经验”之引鉴》,载《重庆行政》2019年第4期,第35页。。"
    "2023年3月,习近平总书记在参加十四届全国人大一次会议江苏代表团审议时,强调要坚持和发展新时代“枫桥经验”。\n"
)
# C-019 (fx361.cc): "李 敏(北京市司法局)" — the author's unit, not the page's place.
CHUTING = (
    "李 敏(北京市司法局)\n行政机关负责人出庭应诉,是指在行政诉讼过程中,由行政机关负责人出庭和应诉的制度,其法律依据为"
    "《中华人民共和国行政诉讼法》第三条第三款。行政机关负责人出庭应诉能够有效促进行政争议实质性化解,推进法治政府建设。"
    "自2014年《行政诉讼法》首次修正时被正式上升为法律制度以来,关于该制度的讨论和研究成为法治政府建设的热点之一。\n"
)


def test_it_gives_a_paper_no_place_and_no_year():
    r = parse_text(FENGQIAO)
    assert (r.doc_type, r.year) == ("other", None)
    assert (r.province, r.prefecture, r.county) == (None, None, None)


def test_it_does_not_take_an_authors_unit_for_news():
    r = parse_text(CHUTING)
    assert (r.doc_type, r.year) == ("other", None)
