import pytest

from search import searching
from search.highlight import highlight_html
from search.query import parse


@pytest.mark.django_db
def test_it_finds_simplified_text_with_a_traditional_query_and_the_reverse(make_report):
    simplified = make_report("简体报告", [("一、行政复议", "行政复议案件。")])
    traditional = make_report("繁體報告", [("一、證照分離", "深化證照分離改革。")])
    assert searching.run(parse("行政復議"), filters={}).ids == [simplified.pk]
    assert searching.run(parse("证照分离"), filters={}).ids == [traditional.pk]


@pytest.mark.django_db
def test_it_normalises_full_width_digits(make_report):
    report = make_report("报告", [("一、", "２０２３年完成。")])
    assert searching.run(parse("2023年"), filters={}).ids == [report.pk]


def test_it_highlights_across_scripts_keeping_the_original_characters():
    assert str(highlight_html("開展行政復議", ["行政复议"])) == "開展<mark>行政復議</mark>"
