"""A promise looked up in a later report's passages, by the search's words and variants.

Real text on both sides: 赣县区's 2020 plan (seed) against 南昌县's real 2021 opening, a
Jiangxi county's report of the next year (not the same place: the archive holds no
赣县区 2021; the test is of the matching). That opening reports on 示范创建 in other
words (积极开展全国法治政府示范创建活动 … 以创建促提升,以示范带发展), on nothing about
行政复议 or 放管服.
"""

from __future__ import annotations

from reports.compare.promises import Passage, Promise, follow_up, passages_of, promises_of
from tests.compare.conftest import SEEDS, nanchang_rows


def _ganxian_promises() -> list[Promise]:
    text = next(p for p in SEEDS if p.name.startswith("003_")).read_text(encoding="utf-8")
    body = text.split("四、下一年度工作主要安排")[1].split("特此报告")[0]
    return promises_of(body)


def test_it_finds_the_passage_that_reports_on_a_promise_and_marks_its_words():
    passages = passages_of([("s1", "正文", "", nanchang_rows()[0]["text"])])
    results = {r.promise.label[:8]: r for r in follow_up(_ganxian_promises(), passages)}
    found = results["组织全区开展法治"].found
    assert len(found) == 1
    assert found[0].passage.text.startswith("积极开展全国法治政府示范创建活动")
    assert "<mark>示范创建</mark>" in found[0].html and "<mark>示范带发展</mark>" in found[0].html


def test_it_reports_nothing_for_promises_the_report_does_not_come_back_to():
    passages = passages_of([("s1", "正文", "", nanchang_rows()[0]["text"])])
    results = {r.promise.label[:6]: r for r in follow_up(_ganxian_promises(), passages)}
    assert results["加强行政复议"].found == ()
    assert results["持续推进“放"].found == ()


def test_it_counts_a_curated_variant_as_the_promised_words():
    # search/variants.toml: 合法性审查 / 合法性审核.
    promise = Promise("严把合法性审查关", "严把合法性审查关。")
    passages = [
        Passage("s2", "(二)", "严把合法性审核关口,全年出具审核意见176条。"),
        Passage("s3", "(三)", "全年办结行政复议案件64件。"),
    ]
    (result,) = follow_up([promise], passages)
    assert [f.passage.anchor for f in result.found] == ["s2"]
    assert "<mark>合法性审核</mark>" in result.found[0].html


def test_it_escapes_the_passage_text():
    promise = Promise("开展示范创建", "开展示范创建。")
    (result,) = follow_up([promise], [Passage("s1", "x", "<b>开展示范创建</b>活动。")])
    assert "&lt;b&gt;" in result.found[0].html and "<b>" not in result.found[0].html
