"""search/ranking.py: BM25 of the query's words, computed from the posting lists, equals
BM25 computed from each report's own words; pairs and literal matches add to it."""

import math

import pytest
from haystack import connections

from search import ranking, searching, whoosh_search
from search.analysis import jieba_words
from search.documents import build_document, reports_for_indexing
from search.query import BOOST_HEADS, BOOST_WORDS, parse


def _state():
    return whoosh_search._state(connections["default"].get_backend().current_index())


def _bm25(tf: int, df: int, n: int, length: float, average: float | None) -> float:
    idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
    norm = ranking.K1 * (1 - ranking.B + ranking.B * length / average) if average else ranking.K1
    return idf * tf * (ranking.K1 + 1) / (tf + norm)


@pytest.mark.whoosh_only  # Whoosh's BM25 over its own readers
@pytest.mark.django_db
def test_it_scores_every_match_as_bm25_over_the_reports_words(
    make_report, django_capture_on_commit_callbacks
):
    make_report("某市行政复议工作报告", [("一、行政复议", "办理行政复议案件。" * 4)])
    make_report("某县法治政府建设报告", [("一、总体", "推进法治政府建设，做好复议工作。")])
    make_report("某区营商环境报告", [("一、环境", "优化营商环境。")])
    gone = make_report("某镇行政复议报告", [("一、复议", "行政复议。")])
    with django_capture_on_commit_callbacks(execute=True):
        gone.delete()  # a deleted document and a second segment change nothing
    make_report("某乡复议报告", [("一、复议", "复议复议。")])
    state = _state()
    searcher = state.searcher
    parsed = parse("复议 OR 环境", mode="exact")  # one-word terms: no pairs
    live = whoosh_search._columns(state).live
    lengths = state.texts.lengths()

    ours = ranking.scores(searcher, parsed, live, lengths)

    docs = {build_document(r)["django_id"]: build_document(r) for r in reports_for_indexing()}
    n = searcher.doc_count_all()  # deleted documents count, as in Whoosh's statistics
    average = sum(lengths) / len(lengths)
    expected = {}
    for d in live:
        doc = docs[searcher.stored_fields(d)["django_id"]]
        assert lengths[d] == len(doc["text"])
        total = 0.0
        for word in ("复议", "环境"):
            for field, boost, norm in (("heads", BOOST_HEADS, None), ("text", BOOST_WORDS, 1)):
                tf = jieba_words(doc[field]).count(word)
                if tf:
                    df = searcher.doc_frequency(field, word)
                    total += boost * _bm25(tf, df, n, lengths[d], average if norm else None)
        if total:
            expected[d] = total
    assert ours.keys() == expected.keys() and len(ours) >= 3
    assert ours == pytest.approx(expected)


@pytest.mark.whoosh_only  # Whoosh's closeness ranking (search/ELASTICSEARCH.md)
@pytest.mark.django_db
def test_it_ranks_words_together_and_literal_matches_first(make_report):
    apart = make_report(
        "某县报告", [("一、工作", "推进法治政府建设。另外，开展示范创建活动。" * 2)]
    )
    together = make_report("某市报告", [("一、工作", "开展法治政府建设示范创建活动。")])
    loose = make_report("某区报告", [("一、工作", "法治工作、政府工作、建设工作、示范、创建。")])
    outcome = searching.run(parse("法治政府建设示范创建"), filters={})
    assert outcome.ids == [together.pk, apart.pk, loose.pk]


@pytest.mark.whoosh_only  # Whoosh's mapped texts
@pytest.mark.django_db
def test_it_measures_the_shortest_window_holding_all_words_in_the_mapped_text(make_report):
    from search.bodies import encode

    report = make_report("某报告", [("一、", "法治甲乙丙政府丁建设。后来：法治政府乙建设。")])
    state = _state()
    docnum = next(iter(state.searcher.document_numbers(django_id=str(report.pk))))
    segment, local = state.texts.segment_of(docnum)
    needles = [encode(w) for w in ("法治", "政府", "建设")]
    assert ranking.window(segment, local, needles) == len("法治政府乙建设")
    assert ranking.window(segment, local, [encode("法治"), encode("营商")]) is None
