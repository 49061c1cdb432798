"""Adjacent jieba word pairs: a two-word query string found without reading texts."""

import pytest
from haystack import connections
from whoosh import query as wq

from search import indexing, searching
from search.analysis import word_pairs
from search.query import parse


def test_it_joins_only_adjacent_words():
    assert word_pairs(["合法性", "审查", "", "规范性", "文件"]) == ["合法性审查", "规范性文件"]
    assert word_pairs(["税"]) == [] and word_pairs([]) == []


def _pairs_of(report_id: int) -> set[str]:
    ix = connections["default"].get_backend().current_index()
    with ix.searcher() as searcher:
        docnum = next(iter(searcher.document_numbers(django_id=str(report_id))))
        return {
            text.decode()
            for text in searcher.reader().lexicon("pairs")
            if docnum in set(searcher.docs_for_query(wq.Term("pairs", text.decode())))
        }


@pytest.mark.whoosh_only
@pytest.mark.django_db
def test_it_indexes_the_same_pairs_on_upload_and_on_rebuild(make_report):
    report = make_report("壬报告", [("一、审查", "加强合法性审查，清理规范性文件。")])
    uploaded = _pairs_of(report.pk)
    assert {"合法性审查", "规范性文件"} <= uploaded
    indexing.rebuild(progress=False)
    assert _pairs_of(report.pk) == uploaded
    assert searching.run(parse("合法性审查 规范性文件"), filters={}).ids == [report.pk]
    # 法性审 spans the pair's words: found through the text, not the pairs.
    assert searching.run(parse("法性审"), filters={}).ids == [report.pk]
