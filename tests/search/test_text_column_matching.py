"""A run of ≥ 3 CJK characters is decided by the report text kept in the index."""

import pytest
from haystack import connections

from search import bodies, indexing, searching, whoosh_search
from search.query import parse


def _searcher():
    return whoosh_search._state(connections["default"].get_backend().current_index())


@pytest.mark.django_db
def test_it_matches_a_run_only_where_its_characters_are_contiguous(make_report):
    # Both reports hold every bigram of 法治政府建设; only one holds the string.
    whole = make_report("甲报告", [("一、总体", "全面推进法治政府建设。")])
    scattered = make_report("乙报告", [("一、总体", "坚持法治政府，推进政府建设，治政有方。")])
    assert searching.run(parse("法治政府建设", mode="exact"), filters={}).ids == [whole.pk]
    found = searching.run(parse("政府建设", mode="exact"), filters={}).ids
    assert set(found) == {whole.pk, scattered.pk}


@pytest.mark.whoosh_only
@pytest.mark.django_db
def test_it_keeps_each_report_text_in_the_index_as_normalised_utf16(make_report):
    report = make_report("丙報告", [("一、復議", "行政復議案件１２件。")])
    state = _searcher()
    docnum = next(iter(state.searcher.document_numbers(django_id=str(report.pk))))
    segment = state.texts.leaves[0][2]
    text = bytes(segment.buffer[segment.starts[docnum] : segment.ends[docnum]]).decode(
        bodies.ENCODING
    )
    assert "行政复议案件12件" in text  # traditional → simplified, full width → ASCII
    assert searching.run(parse("行政複議案件"), filters={}).ids == [report.pk]


@pytest.mark.whoosh_only
@pytest.mark.django_db
def test_it_only_matches_on_character_boundaries(make_report):
    # UTF-16 bytes of 丁乙 contain, shifted by one byte, no real character pair; a match
    # at an odd offset inside a report must not count.
    make_report("戊报告", [("一、正文", "丁乙丙丁乙丙")])
    texts = _searcher().texts
    segment = texts.leaves[0][2]
    raw = bytes(segment.buffer[segment.starts[0] : segment.ends[0]])
    odd = raw[1:7]  # three UTF-16 code units' worth, misaligned
    assert raw.find(odd) % 2 == 1
    assert not segment.contains(0, odd)
    assert segment.contains(0, bodies.encode("乙丙丁"))


@pytest.mark.whoosh_only
@pytest.mark.django_db
def test_it_sees_texts_in_every_segment_after_uploads_and_a_merge(make_report):
    first = make_report("己报告", [("一、甲", "推进柔性执法试点工作。")])
    second = make_report("庚报告", [("一、乙", "开展柔性执法专项行动。")])
    assert len(_searcher().texts.leaves) >= 2  # one segment per commit
    assert set(searching.run(parse("柔性执法"), filters={}).ids) == {first.pk, second.pk}
    indexing.optimize()
    state = _searcher()
    assert len(state.texts.leaves) == 1 and state.texts.leaves[0][2] is not None
    assert set(searching.run(parse("柔性执法"), filters={}).ids) == {first.pk, second.pk}


@pytest.mark.whoosh_only
@pytest.mark.django_db
def test_it_reads_the_texts_from_an_index_opened_with_mmap_storage(make_report, tmp_path):
    from whoosh.filedb.filestore import FileStorage

    from search.whoosh_backend import build_whoosh_schema

    report = make_report("辛报告", [("一、甲", "推进重大行政决策程序。")])
    folder = connections["default"].get_backend().current_index().storage.folder
    ix = FileStorage(folder, supports_mmap=True).open_index(schema=build_whoosh_schema())
    with ix.searcher() as searcher:
        texts = bodies.SearcherTexts(searcher)
        assert all(segment is not None for _offset, _size, segment in texts.leaves)
        docnum = next(iter(searcher.document_numbers(django_id=str(report.pk))))
        assert texts.containing({docnum}, "重大行政决策") == {docnum}
