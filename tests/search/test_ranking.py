import pytest

from search import searching
from search.query import parse


@pytest.mark.django_db
def test_it_ranks_title_and_heading_matches_above_a_passing_mention(make_report):
    passing = make_report(
        "某县2023年度法治政府建设情况的报告",
        [("一、依法行政", "推进依法行政，加强规范性文件管理。其间也开展了行政复议工作。" * 3)],
        code="330424",
    )
    focused = make_report(
        "某市行政复议工作情况的报告",
        [("一、行政复议体制改革", "全面推进改革。"), ("二、行政复议案件办理", "办理案件。")],
        code="350700",
    )
    outcome = searching.run(parse("行政复议"), filters={})
    assert outcome.ids[:2] == [focused.pk, passing.pk]
