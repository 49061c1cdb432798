"""Operators in any case and in full width; short province names as facet values and
as query words."""

import pytest

from search import searching
from search.query import parse


def test_it_reads_operators_in_any_case_and_full_width():
    expected = parse("行政复议 OR 行政诉讼 -信访 NOT 上访 AND 执法")
    for q in [
        "行政复议 or 行政诉讼 -信访 not 上访 and 执法",
        "行政复议 Or 行政诉讼 －信访 Not 上访 And 执法",
        "行政复议　ＯＲ　行政诉讼　－信访　ＮＯＴ　上访　ＡＮＤ　执法",
    ]:
        assert parse(q) == expected, q
    assert expected.groups == (("行政复议", "行政诉讼"), ("执法",))
    assert expected.excluded == ("信访", "上访")


def test_it_keeps_punctuation_inside_a_term_and_drops_brackets_around_it():
    assert parse(".3%").groups == ((".3%",),)
    assert parse("执行、重").groups == (("执行、重",),)
    assert parse("《行政复议法》 (执法)").groups == (("行政复议法",), ("执法",))


@pytest.mark.django_db
def test_it_accepts_short_province_names_as_facet_values(make_report, client):
    fujian = make_report("南平市报告", [("一、", "行政复议。")], code="350700")
    make_report("十堰市报告", [("一、", "行政复议。")], code="420200")
    data = client.get("/api/search", {"q": "行政复议", "province": "福建"}).json()
    assert [r["id"] for r in data["results"]] == [fujian.pk]
    assert client.get("/api/search", {"q": "行政复议", "province": "福建"}).status_code == 200


@pytest.mark.django_db
def test_it_finds_a_provinces_reports_for_its_short_name_in_words_mode(make_report):
    # The report never names its province; it is filed under 福建省.
    fujian = make_report("南平市报告", [("一、", "行政复议。")], code="350700")
    named = make_report("某报告", [("一、", "学习福建经验。")], code="420200")
    make_report("十堰市报告", [("一、", "行政复议。")], code="420200")
    assert set(searching.run(parse("福建"), filters={}).ids) == {fujian.pk, named.pk}
    assert searching.run(parse("福建", mode="exact"), filters={}).ids == [named.pk]
