"""Uploads write a segment each without merging; every MERGE_FACTOR small segments are
merged in a commit of their own, from the database, and no hit is lost or doubled."""

import pytest

from search import indexing, searching, whoosh_adapter, whoosh_index
from search.documents import build_document, reports_for_indexing
from search.query import parse
from tests.search.conftest import write_index_documents


def _segments() -> list[int]:
    return sorted(
        s.doc_count_all() for s in whoosh_adapter.segments(indexing.backend().current_index())
    )


@pytest.mark.whoosh_only
@pytest.mark.django_db
def test_it_merges_a_tier_of_small_segments_and_keeps_every_hit(make_report):
    factor = whoosh_index.MERGE_FACTOR
    reports = [
        make_report(f"第{i}号报告", [("一、", f"行政复议第{i}件")]) for i in range(factor - 1)
    ]
    assert _segments() == [1] * (factor - 1)  # one segment an upload, none merged yet

    reports.append(make_report("第九号报告", [("一、", "行政复议第九件")]))

    assert _segments() == [factor]
    assert set(searching.run(parse("行政复议"), filters={}).ids) == {r.pk for r in reports}
    assert searching.run(parse("第九件"), filters={}).ids == [reports[-1].pk]


@pytest.mark.whoosh_only
@pytest.mark.django_db
def test_it_indexes_a_merged_report_as_the_database_has_it(make_report):
    first, second = (make_report(f"第{i}号报告", [("一、", "行政复议")]) for i in range(2))
    stale = {**build_document(reports_for_indexing([first.pk]).get()), "fingerprint": "old"}
    write_index_documents([stale], set())  # as given: no merge
    assert len(_segments()) == whoosh_index.MERGE_FACTOR - 1

    third = make_report("第三号报告", [("一、", "柔性执法")])

    # The merge read the merged reports from the database, the source of truth.
    ix = indexing.backend().current_index()
    assert _segments() == [3]
    assert whoosh_index.indexed_fingerprints(ix) == {
        r.pk: build_document(reports_for_indexing([r.pk]).get())["fingerprint"]
        for r in (first, second, third)
    }
