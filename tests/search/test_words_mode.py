"""The default (words) mode: every exact match, plus the reports holding all of a term's
words anywhere; quoted phrases stay exact; relaxed to all but one word when it finds
fewer than a handful."""

import pytest

from search import searching
from search.query import parse


def _ids(q: str, mode: str = "words") -> set[int]:
    return set(searching.run(parse(q, mode=mode), filters={}, per_page=100).ids)


@pytest.mark.django_db
def test_it_finds_the_issue_examples_that_exact_mode_misses(make_report):
    apart = make_report("甲", [("一、", "深化法治政府建设，积极开展示范创建活动。")])
    supervision = make_report("乙", [("一、", "开展法治政府建设督察，督察结果通报。")])
    quoted = make_report("丙", [("一、", "“八五”普法规划全面实施。")])
    court = make_report("丁", [("一、", "落实行政机关负责人出庭应诉制度。")])
    title = make_report("某县2023年法治政府建设情况的报告", [("一、", "总体情况。")])
    cases = {
        "法治政府建设示范创建": apart,
        "法治督察": supervision,
        "八五普法": quoted,
        "行政应诉 出庭": court,
        "法治政府建设情况报告": title,
    }
    for q, report in cases.items():
        assert report.pk in _ids(q), q
        assert report.pk not in _ids(q, "exact"), q


@pytest.mark.django_db
def test_it_keeps_every_exact_match_and_ranks_literal_ones_first(make_report):
    literal = make_report("甲", [("一、", "推进柔性执法。")])
    apart = make_report("乙", [("一、", "柔性管理，严格执法。" * 3)])
    outcome = searching.run(parse("柔性执法"), filters={})
    assert outcome.ids == [literal.pk, apart.pk]
    assert searching.run(parse("柔性执法", mode="exact"), filters={}).ids == [literal.pk]


@pytest.mark.django_db
def test_it_keeps_quoted_phrases_exact(make_report):
    literal = make_report("甲", [("一、", "推进柔性执法。")])
    make_report("乙", [("一、", "柔性管理，严格执法。")])
    assert _ids('"柔性执法"') == {literal.pk}
    assert _ids("“柔性执法”") == {literal.pk}


@pytest.mark.django_db
def test_it_relaxes_to_all_but_one_word_and_says_so(make_report, client):
    two = make_report("甲", [("一、", "行政复议与行政诉讼衔接。")])
    other = make_report("乙", [("一、", "行政复议工作；信访工作。")])
    make_report("丙", [("一、", "营商环境。")])
    strict = searching.run(parse("行政复议 行政诉讼 信访"), filters={})
    assert strict.relaxed and strict.min_words == 2
    assert set(strict.ids) == {two.pk, other.pk}
    assert strict.words == ["行政复议", "行政诉讼", "信访"]
    exact = searching.run(parse("行政复议 行政诉讼 信访", mode="exact"), filters={})
    assert exact.count == 0 and not exact.relaxed

    data = client.get("/api/search", {"q": "行政复议 行政诉讼 信访"}).json()
    assert data["mode"] == "words" and data["relaxed"] is True
    assert data["words"] == ["行政复议", "行政诉讼", "信访"] and data["min_words"] == 2
    page = client.get("/search/", {"q": "行政复议 行政诉讼 信访"}).content.decode()
    assert "已放宽为至少包含其中 2 个词" in page


@pytest.mark.django_db
def test_it_counts_facets_on_what_the_mode_matches(make_report):
    make_report("甲", [("一、", "推进柔性执法。")], code="350700")
    make_report("乙", [("一、", "柔性管理，严格执法。")], code="420200")
    words = searching.run(parse("柔性执法"), filters={})
    exact = searching.run(parse("柔性执法", mode="exact"), filters={})
    assert sorted(words.facets["province"]) == [("湖北省", 1), ("福建省", 1)]
    assert exact.facets["province"] == [("福建省", 1)]


@pytest.mark.django_db
def test_it_keeps_terms_without_chinese_whole_in_words_mode(make_report):
    # Split into its words, .3% would be "3": nearly every report.
    literal = make_report("甲", [("一、", "同比增长2.3%。")])
    make_report("乙", [("一、", "办理案件3件，增长4%。")])
    assert _ids(".3%") == {literal.pk} == _ids(".3%", "exact")


@pytest.mark.django_db
def test_it_relaxes_a_query_with_or_to_all_but_one_group(make_report):
    both = make_report("甲", [("一、", "行政复议工作；营商环境。")])
    either = make_report("乙", [("一、", "行政诉讼工作；营商环境。")])
    make_report("丙", [("一、", "信访工作。")])
    outcome = searching.run(parse("行政复议 OR 行政诉讼 营商环境 证照分离"), filters={})
    assert outcome.relaxed and outcome.min_words == 2
    assert outcome.words == ["行政复议 OR 行政诉讼", "营商环境", "证照分离"]
    assert set(outcome.ids) == {both.pk, either.pk}
