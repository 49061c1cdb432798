"""The section tree."""

from __future__ import annotations

from reports.parsing import parse_text
from reports.parsing.sections import build_sections


def test_it_builds_four_levels():
    preamble, secs = build_sections(
        [
            "开头段落。",
            "一、总体情况",
            "(一)加强领导。全年召开会议3次。",
            "1.完善制度。制定办法2项。",
            "1)细化清单。梳理清单5份。",
            "2)公开清单",
            "2.强化考核",
            "(二)依法决策",
            "二、存在问题",
        ]
    )
    assert preamble == "开头段落。"
    assert [(s.number, s.heading) for s in secs] == [("一", "总体情况"), ("二", "存在问题")]
    one = secs[0].children[0]
    assert (one.level, one.number, one.heading, one.body) == (
        2,
        "(一)",
        "加强领导",
        "全年召开会议3次。",
    )
    item = one.children[0]
    assert (item.level, item.number, item.heading, item.body) == (
        3,
        "1.",
        "完善制度",
        "制定办法2项。",
    )
    assert [(c.level, c.number) for c in item.children] == [(4, "1)"), (4, "2)")]
    assert [c.heading for c in one.children] == ["完善制度", "强化考核"]


def test_it_reads_bracketed_arabic_numbers_as_level_four():
    _, secs = build_sections(["1.完善制度", "(1)动态调整。", "(2)定期公开"])
    assert [(c.level, c.number, c.heading) for c in secs[0].children] == [
        (4, "(1)", "动态调整"),
        (4, "(2)", "定期公开"),
    ]


def test_it_keeps_a_level_two_heading_without_a_level_one_at_the_top():
    _, secs = build_sections(["前言。", "(一)第一项工作", "正文。", "(二)第二项工作"])
    assert [(s.level, s.number) for s in secs] == [(2, "(一)"), (2, "(二)")]
    assert secs[0].body == "正文。"


def test_it_treats_a_break_in_numbering_as_a_paragraph():
    _, secs = build_sections(["一、总体情况", "正文。", "三、这不是标题而是段落", "二、存在问题"])
    assert [s.heading for s in secs] == ["总体情况", "存在问题"]
    assert "三、这不是标题而是段落" in secs[0].body


def test_it_keeps_inline_enumerations_in_the_body():
    _, secs = build_sections(
        ["一、存在问题", "一是队伍建设薄弱;二是能力有待提升。", "第一、二季度完成评查。"]
    )
    assert len(secs) == 1 and not secs[0].children
    assert secs[0].body == "一是队伍建设薄弱;二是能力有待提升。\n第一、二季度完成评查。"


def test_it_does_not_take_numbers_for_headings():
    _, secs = build_sections(["1.5亿元资金已拨付到位。", "2023年全面完成。", "10%的单位完成。"])
    assert secs == []


def test_it_keeps_closing_lines_in_the_last_section():
    _, secs = build_sections(
        [
            "一、工作情况",
            "正文。",
            "二、下步打算",
            "继续努力。",
            "特此报告。",
            "某某县人民政府",
            "2024年3月1日",
        ]
    )
    assert secs[-1].body.endswith("特此报告。\n某某县人民政府\n2024年3月1日")


def test_it_resplits_a_flattened_report_without_breaking_sentences():
    body = (
        "2023年,洛宁县坚持以习近平法治思想为指导,扎实推进法治政府建设,取得明显成效。现将有关情况报告如下:"
        "一、主要工作 (一)加强组织领导。全年召开会议3次,第一、二季度各开展一次督察,"
        "研究解决重大问题十余项,推动各项任务落地落实。(二)推进依法决策。"
        "严格落实重大行政决策程序,审查规范性文件12件,合法性审查率达到100%,"
        "进一步提升了依法决策水平。二、存在问题 一是队伍建设仍需加强;二是基层执法能力有待提升。"
        "三、下一步打算 持续推进法治政府建设。"
    )
    r = parse_text("洛宁县2023年法治政府建设情况报告\n" + body)
    assert [s.heading for s in r.sections] == ["主要工作", "存在问题", "下一步打算"]
    assert [c.heading for c in r.sections[0].children] == ["加强组织领导", "推进依法决策"]
    assert "第一、二季度各开展一次督察" in r.sections[0].children[0].body
    assert r.sections[1].body == "一是队伍建设仍需加强;二是基层执法能力有待提升。"
