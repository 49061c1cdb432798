"""苏木 and 嘎查 (townships and villages) exist only in 内蒙古: a page using them is from there."""

from __future__ import annotations

from reports.parsing import parse_text
from reports.parsing.evidence import province_clues

# fixtures/devset C-015 (a newspaper's e-paper, no title): 自治区 and 苏木乡镇 only.
PLAN = (
    "为深入贯彻落实党中央、国务院印发的《法治政府建设实施纲要(2021—2025年)》精神,在新发展阶段持续深入推进依法行政,"
    "全面建设法治政府,结合自治区实际,制定本方案。\n一、健全政府机构职能体系\n(一)推进政府机构职能优化协同高效\n"
    "全面实行政府权责清单制度,动态调整自治区政府各部门权责清单,调整完善旗县级以上政府部门权责清单,"
    "实现同一事项名称、编码、依据、类型的规范统一。探索建立苏木乡镇(街道)权责清单制度。\n"
)


def test_it_reads_the_province_of_its_own_units():
    assert [d.name for d, _ in province_clues("探索建立苏木乡镇(街道)权责清单制度")] == [
        "内蒙古自治区"
    ]
    assert [d.name for d, _ in province_clues("全旗各嘎查村")] == ["内蒙古自治区"]
    assert province_clues("苏木是一种药材") == []


def test_it_places_the_regions_plan():
    r = parse_text(
        PLAN, source_url="http://szb.northnews.cn/nmgrb/html/2022-09/12/content_38614_190502.htm"
    )
    assert r.province == "内蒙古自治区"
    assert r.doc_type == "plan"
