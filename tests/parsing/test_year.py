"""The year reported on: from the title, else the first sentence; never guessed."""

from __future__ import annotations

import pytest

from reports.parsing import parse_text

from .helpers import report


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("关于2023年度法治政府建设情况的报告", 2023),
        ("南平市2023年法治政府建设工作情况及2024年工作计划", 2023),
        ("洛政〔2019〕28号 关于2023年度法治政府建设情况的报告", 2023),
        ("关于落实法治政府建设实施纲要(2021—2025年)暨2023年度工作情况的报告", 2023),
        ("关于落实2021-2025年规划暨2022年度法治政府建设情况的报告", 2022),
        ("2024年3月15日常务会议审议通过的2023年度法治政府建设情况报告", 2023),
    ],
)
def test_it_reads_the_year_from_the_title(title, year):
    assert parse_text(report(title)).year == year


def test_it_reads_the_year_from_the_first_sentence():
    text = report("关于法治政府建设情况的报告", first="2022年,黄石市坚持以习近平法治思想为指导。")
    assert parse_text(text).year == 2022


def test_it_skips_a_meeting_date_and_document_number_in_the_first_sentence():
    first = "根据《关于做好法治政府建设年度报告工作的通知》(盐司〔2021〕3号)要求,结合实际开展工作。"
    r = parse_text(report("关于法治政府建设情况的报告", "发布时间:2024-02-01", first=first))
    assert r.year is None
    first = "2024年1月10日,县政府常务会议审议了法治政府建设情况报告。"
    assert parse_text(report("关于法治政府建设情况的报告", first=first)).year is None


def test_it_leaves_the_year_empty_rather_than_guess_from_the_publish_date():
    first = "今年以来,我县坚持以习近平法治思想为指导,扎实推进法治政府建设。现将有关情况报告如下:"
    r = parse_text(report("关于法治政府建设情况的报告", "发布时间:2024-02-01", first=first))
    assert r.year is None
    assert "未识别出报告年度" in r.warnings


def test_it_dates_a_reply_by_its_own_date_not_its_document_number():
    text = (
        "关于县政协第75号提案的答复函\n文件编号: | 盐司函〔2021〕2号 |\n"
        "张委员:您提出的关于推进法治政府建设的建议已收悉,现答复如下:\n"
        "一、基本情况\n我局认真推进法治政府建设,取得积极成效。\n海盐县司法局 2023年6月5日"
    )
    assert parse_text(text).year == 2023
