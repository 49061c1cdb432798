"""Normalization, cruft and spam removal."""

from __future__ import annotations

from reports.parsing import parse_text
from reports.parsing.clean import normalize

from .helpers import report


def test_it_normalizes_width_spaces_and_line_ends():
    raw = "２０２３年\u200b度（一）法治：\r\n\r\n  a\u3000\u3000b\t c \rline"
    assert normalize(raw) == "2023年度(一)法治:\na b c\nline"


def test_it_removes_page_chrome_lines():
    chrome = [
        "关怀版 无障碍",
        "您当前所在位置: 首页>政务公开>法治政府建设",
        "当前位置: 首页 > 通知公告",
        "首页>新闻中心",
        "访问量: 下载文件",
        "分享到:",
        "分享:",
        "相关文章",
        "【打印】",
        "【关闭】",
        "【字体:大 中 小】",
        "评论:0 点击:12",
        "扫一扫在手机打开当前页",
        "索引号: | 113304240025560106/2023-74723 | 成文日期: | 2023-06-05 |",
        "文件编号: | 盐司函〔2023〕2号 | 组配分类: | 建议提案 |",
        "||",
    ]
    text = report("关于2023年度法治政府建设情况的报告", "\n".join(chrome))
    r = parse_text(text)
    for line in chrome:
        assert line not in r.text
    assert "打印" not in r.text and "关闭" not in r.text


def test_it_drops_mirror_site_spam_but_keeps_the_report():
    text = (
        "当前位置: 首页 > 澳门葡京娱乐城 > 通知公告\n"
        "关于2023年度法治政府建设情况的报告\n"
        "彩票开户送彩金\n"
        "来源:洛宁县人民政府 时间:2024-03-05\n"
        "www.bet365-xx.com 棋牌游戏\n"
        "2023年,洛宁县坚持以习近平法治思想为指导,【澳门彩票官网】扎实推进法治政府建设。"
        "现将有关情况报告如下:\n"
        "一、主要工作\n依法严厉打击聚众赌博等违法犯罪行为,维护社会稳定和谐。\n"
        "高端代孕咨询\n"
        "二、存在问题\n基层执法能力有待提升。\n"
    )
    r = parse_text(text)
    for spam in ("彩票", "棋牌", "代孕", "葡京", "bet365"):
        assert spam not in r.text
    assert "聚众赌博" in r.text  # a long report line that merely names a crime stays
    assert r.title == "关于2023年度法治政府建设情况的报告"
    assert r.county == "洛宁县"
    assert [s.heading for s in r.sections] == ["主要工作", "存在问题"]


def test_it_harvests_source_and_publisher_before_dropping_them():
    text = report(
        "关于2023年度法治政府建设情况的报告",
        "发布机构: | 县司法局 | 有效性: |\n信息来源:海盐县人民政府",
    )
    r = parse_text(text)
    assert r.source_name == "海盐县人民政府"
    assert "发布机构" not in r.text and "信息来源" not in r.text


def test_it_tidies_without_changing_punctuation_or_characters():
    from reports.parsing.clean import tidy

    raw = "２０２３年\u200b度（一）法治：\r\n\r\n\u3000\u3000a\u3000\u3000b\t c，臺灣\x07\rline"
    assert tidy(raw) == "２０２３年度（一）法治：\na b c，臺灣\nline"


def test_it_folds_a_line_to_a_same_length_matching_copy():
    from reports.parsing.clean import fold

    line = "（一）２０２３年，關於法治……㈠"
    folded = fold(line, phrases=True)

    assert folded == "(一)2023年,关于法治……㈠"
    assert len(folded) == len(line)


def test_it_keeps_a_cited_government_link_but_drops_injected_ones():
    cited = (
        "参见江西省人民政府网:《江西省2021年度法治政府建设情况》,"
        "http://www.jiangxi.gov.cn/art/2022/3/28/art_48467_3899746.html,最后访问时间为2022年5月30日。"
    )
    injected = "2023年,洛宁县坚持依法行政【www.bet365-xx.com】,扎实推进法治政府建设工作。"
    r = parse_text(report("关于2023年度法治政府建设情况的报告", first=cited + injected))

    assert "http://www.jiangxi.gov.cn/art/2022/3/28/art_48467_3899746.html" in r.text
    assert "bet365" not in r.text
