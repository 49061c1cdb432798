"""A header line holding 浏览次数 is page chrome, but its date and source are still read."""

from datetime import date

from reports.parsing import parse_text

from .helpers import report


def test_it_reads_date_and_source_from_a_line_with_a_view_count():
    r = parse_text(
        report(
            "关于2023年度法治政府建设情况的报告",
            "发布时间：2024-03-28 来源：县司法局 浏览次数：123",
        )
    )

    assert r.published == date(2024, 3, 28)
    assert r.source_name == "县司法局"
    assert "浏览次数" not in r.text


def test_it_reads_a_traditional_header_with_a_view_count():
    r = parse_text(
        report(
            "關於2023年度法治政府建設情況的報告",
            "發布日期：2023年12月5日 來源：市司法局 瀏覽次數：7",
        )
    )

    assert r.published == date(2023, 12, 5)
    assert r.source_name == "市司法局"
