"""Title detection."""

from __future__ import annotations

from reports.parsing import parse_text

from .helpers import report


def test_it_joins_a_title_broken_over_two_lines():
    r = parse_text(
        report(
            "中共海盐县委 海盐县人民政府关于2023年度法治政府建设\n情况的报告", "发布时间:2024-03-01"
        )
    )
    assert r.title == "中共海盐县委 海盐县人民政府关于2023年度法治政府建设情况的报告"
    assert r.issuer == "中共海盐县委 海盐县人民政府"
    assert r.county == "海盐县"


def test_it_skips_breadcrumbs_and_nav_above_the_title():
    text = report(
        "网站首页\n当前位置: 首页 > 政务公开 > 法治政府建设\n政务公开\n"
        "关于2023年度法治政府建设情况的报告",
        "来源:洛宁县人民政府 发布时间:2024-03-05",
    )
    r = parse_text(text)
    assert r.title == "关于2023年度法治政府建设情况的报告"
    assert r.text.startswith(r.title)


def test_it_takes_a_short_line_followed_by_the_date_line_as_title():
    r = parse_text(report("洛宁县法治政府建设年度工作", "发布时间:2024-03-05"))
    assert r.title == "洛宁县法治政府建设年度工作"


def test_it_builds_no_title_when_there_is_none():
    r = parse_text(report("", first="2023年,洛宁县坚持以习近平法治思想为指导,推进法治政府建设。"))
    assert r.title == ""
    assert "未识别出标题" in r.warnings
    assert r.county == "洛宁县"
