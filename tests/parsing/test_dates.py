"""Publish dates: labelled page dates win; banners, 成文日期 and body dates never do."""

from __future__ import annotations

from datetime import date

import pytest

from reports.parsing import parse_text
from reports.parsing.dates import find_date

from .helpers import report

TITLE = "南平市2023年度法治政府建设情况报告"


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("发布时间:2024-03-28 09:18", date(2024, 3, 28)),
        ("发布日期:2021/03/29", date(2021, 3, 29)),
        ("时间:2023年03月30日 09时24分", date(2023, 3, 30)),
        ("时间: 2024- 03- 14", date(2024, 3, 14)),
        ("[ 发布日期 ] 2026-02-12", date(2026, 2, 12)),
        ("日期:2024.01.05 来源:南平市司法局", date(2024, 1, 5)),
        ("2024-02-21 07:00:00 来源:南平市人民政府 评论:0 点击:", date(2024, 2, 21)),
        ("来源:黄石市政府网 时间:2024-02-28", date(2024, 2, 28)),
        ("2024-03-28", date(2024, 3, 28)),
    ],
)
def test_it_reads_every_date_format(meta, expected):
    r = parse_text(report(TITLE, meta))
    assert r.published == expected
    assert meta not in r.text


def test_it_reads_a_date_in_brackets_after_the_title():
    r = parse_text(report(TITLE + "(2024-03-28)"))
    assert r.title == TITLE
    assert r.published == date(2024, 3, 28)


def test_it_ignores_a_stale_banner_date_above_the_real_one():
    meta = "今天是:2019年10月31日 星期四\n" + TITLE + "\n发布时间:2024-03-28"
    r = parse_text(report(meta))
    assert r.published == date(2024, 3, 28)
    assert "今天是" not in r.text


def test_it_never_takes_a_banner_date_as_the_publish_date():
    r = parse_text(report("2019年10月31日 星期四\n" + TITLE))
    assert r.published is None
    assert "未识别出发布日期" in r.warnings


def test_it_does_not_take_the_written_date_as_published():
    meta = "索引号: | 001/2024-1 | 成文日期: | 2024-01-10 |\n发布日期: | 2024-02-01 |"
    r = parse_text(report(TITLE, meta))
    assert r.published == date(2024, 2, 1)
    r = parse_text(report(TITLE, "成文日期: | 2024-01-10 |"))
    assert r.published is None


def test_it_falls_back_to_the_closing_signature_date_with_a_warning():
    text = report(TITLE) + "特此报告。\n南平市人民政府\n2024年3月5日"
    r = parse_text(text)
    assert r.published == date(2024, 3, 5)
    assert "发布日期取自文末落款日期" in r.warnings
    assert r.text.endswith("2024年3月5日")


def test_it_does_not_take_a_meeting_date_in_the_body():
    first = "2023年3月15日,南平市召开全面依法治市委员会会议,部署法治政府建设工作任务和要求。"
    r = parse_text(report(TITLE, first=first))
    assert r.published is None


def test_it_reads_dates_written_in_chinese_numerals():
    assert find_date("二〇二四年三月五日") == date(2024, 3, 5)
    assert find_date("2023年6月5日") == date(2023, 6, 5)
    assert find_date("2023年13月5日") is None
