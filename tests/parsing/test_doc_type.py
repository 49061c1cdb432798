"""Document types: only annual rule-of-law reports are "annual"."""

from __future__ import annotations

import pytest

from reports.parsing import parse_text

from .helpers import report

NEWS_BODY = (
    "本报讯(记者 王明)3月15日,洛宁县召开2024年法治政府建设工作会议,总结2023年工作,"
    "部署2024年任务。县委副书记出席会议并讲话,要求各单位压实责任、狠抓落实。\n"
)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("关于2023年度法治政府建设情况的报告", None, "annual"),
        ("黄石市2023年法治建设工作报告", None, "annual"),
        ("南平市2023年度法治政府建设情况", None, "annual"),
        ("关于县政协十届二次会议第75号提案的答复函", None, "reply"),
        ("对市人大代表第12号建议的答复", None, "reply"),
        ("洛宁县2024年法治政府建设工作要点", None, "plan"),
        ("关于印发《海盐县2024年法治政府建设工作安排》的通知", None, "plan"),
        ("南平市2024年法治政府建设实施方案", None, "plan"),
        ("《南平市2023年度法治政府建设情况报告》政策解读", None, "interpretation"),
        ("一图读懂:黄石市2023年法治政府建设年度报告", None, "interpretation"),
        ("图解:2023年度法治政府建设情况", None, "interpretation"),
        ("洛宁县召开2024年法治政府建设工作会议", NEWS_BODY, "news"),
        ("我县举行法治政府建设专题培训", NEWS_BODY, "news"),
        ("县委书记述法报告", None, "other"),
        ("2023年政府信息公开工作年度报告", None, "other"),
    ],
)
def test_it_types_documents_by_title(title, body, expected):
    text = report(title) if body is None else f"{title}\n{body}"
    assert parse_text(text).doc_type == expected


def test_it_types_untitled_short_reportage_as_news():
    assert parse_text(NEWS_BODY).doc_type == "news"


def test_it_types_an_untitled_report_by_its_body():
    text = report("", first="现将中原区2024年度法治政府建设情况报告如下:") + "特此报告。"
    assert parse_text(text).doc_type == "annual"
