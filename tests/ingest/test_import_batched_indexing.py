"""A bulk import writes the index in batches, journaled on disk, and ends consistent."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from reports.ingest import save_report
from reports.models import Report
from search import indexing, signals, store
from tests.search.conftest import make_parsed

pytestmark = pytest.mark.django_db(transaction=True)


def _indexed() -> set[int]:
    return set(indexing.indexed_fingerprints())


@pytest.mark.whoosh_only  # the Whoosh index's on-disk journal (OpenSearch writes at once)
def test_it_journals_reports_inside_a_batch_and_writes_them_at_its_end():
    with signals.batched_indexing(every=100):
        first = save_report(parsed=make_parsed("批量甲", [("一、复议", "行政复议工作。")]))
        second = save_report(parsed=make_parsed("批量乙", [("一、执法", "柔性执法工作。")]))
        # Committed but not yet written: the ids wait in the on-disk journal.
        assert _indexed() == set()
        root = indexing.backend().root
        assert store.has_ids(store.sibling(root, "pending"))
    assert _indexed() == {first.pk, second.pk}
    assert not indexing.compare()


@pytest.mark.whoosh_only  # the Whoosh index's on-disk journal (OpenSearch writes at once)
def test_it_writes_every_n_reports_during_a_batch():
    with signals.batched_indexing(every=2):
        a = save_report(parsed=make_parsed("批量丙", [("一、", "诉源治理。")]))
        b = save_report(parsed=make_parsed("批量丁", [("一、", "多元化解。")]))
        assert _indexed() == {a.pk, b.pk}
        c = save_report(parsed=make_parsed("批量戊", [("一、", "公正文明执法。")]))
        assert c.pk not in _indexed()
    assert _indexed() == {a.pk, b.pk, c.pk}


@pytest.mark.whoosh_only  # the Whoosh index's on-disk journal (OpenSearch writes at once)
def test_it_leaves_a_journal_that_the_next_writer_drains():
    # What a killed import leaves behind: a committed report journaled but never written.
    lost = save_report(parsed=make_parsed("中断", [("一、", "中断的导入。")]))
    indexing.clear()
    indexing.defer_changes(update_ids={lost.pk}, delete_ids=set())
    assert _indexed() == set()
    later = save_report(parsed=make_parsed("之后", [("一、", "之后的上传。")]))
    assert _indexed() == {lost.pk, later.pk}


def test_it_imports_the_seeds_in_one_batch_and_check_index_agrees(seed_paths):
    call_command("import_reports", *map(str, seed_paths), verbosity=0)
    assert _indexed() == set(Report.objects.values_list("pk", flat=True))
    assert len(_indexed()) == 5
    call_command("check_index")
