"""A change journaled because the index was busy is applied when the busy writer finishes,
not only when some later, unrelated write comes along."""

import threading

import pytest

from reports.ingest import save_report
from search import indexing, store, whoosh_index
from tests.search.conftest import make_parsed


def _indexed_ids() -> set[int]:
    with indexing.backend().current_index().searcher() as searcher:
        return {int(fields["django_id"]) for fields in searcher.all_stored_fields()}


@pytest.mark.whoosh_only
@pytest.mark.django_db(transaction=True)
def test_it_applies_a_journaled_change_when_the_holder_releases_the_lock(settings, monkeypatch):
    first = save_report(parsed=make_parsed("甲县报告", [("一、", "行政复议")]))
    root = indexing.backend().root
    holding, release = threading.Event(), threading.Event()
    real_write = whoosh_index._write

    def slow_write(*args, **kwargs):
        holding.set()
        release.wait(timeout=30)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(whoosh_index, "_write", slow_write)
    docs = whoosh_index.prepared_documents({first.pk})
    holder = threading.Thread(target=whoosh_index.commit_documents, args=(root, docs, set()))
    holder.start()
    assert holding.wait(timeout=30)
    monkeypatch.setattr(whoosh_index, "_write", real_write)
    settings.SEARCH_WRITE_LOCK_TIMEOUT = 0

    second = save_report(parsed=make_parsed("乙县报告", [("一、", "柔性执法")]))

    assert store.has_ids(store.sibling(root, "pending"))  # journaled: the lock was busy
    assert second.pk not in _indexed_ids()
    release.set()
    holder.join(timeout=30)
    assert _indexed_ids() == {first.pk, second.pk}
    assert not store.has_ids(store.sibling(root, "pending"))
