"""search/ranking.py sums the same TF-IDF scores Whoosh's own scored search gives."""

import pytest
from haystack import connections
from whoosh import query as wq

from search import ranking, searching
from search.query import parse


@pytest.mark.django_db
def test_it_scores_every_match_as_whoosh_tf_idf_does(make_report):
    make_report("某市行政复议工作报告", [("一、行政复议", "办理行政复议案件。" * 4)])
    make_report("某县法治政府建设报告", [("一、总体", "推进法治政府建设，做好复议工作。")])
    make_report("某区营商环境报告", [("一、环境", "优化营商环境。")])
    # A deleted document and a second segment must not change anything.
    gone = make_report("某镇行政复议报告", [("一、复议", "行政复议。")])
    gone.delete()
    make_report("某乡复议报告", [("一、复议", "复议复议。")])
    state = searching._state(connections["default"].get_backend().current_index())
    searcher = state.searcher
    parsed = parse("行政复议 OR 法治政府 OR 政府")  # 政府 twice: one list, boosts added
    live = set(searcher.reader().all_doc_ids())
    clauses = [wq.Term(f, w, boost=b) for f, w, b in ranking.scoring_terms(parsed)]
    expected = {hit.docnum: hit.score for hit in searcher.search(wq.Or(clauses), limit=None)}

    ours = ranking.scores(searcher, parsed, live)

    assert ours.keys() == expected.keys() and len(ours) >= 3
    assert all(ours[d] == pytest.approx(expected[d]) for d in ours)
    top = ranking.best(searcher, parsed, live, 2)
    assert top == sorted(expected, key=lambda d: (-expected[d], d))[:2]
