import pytest
from django.core.management import call_command

from search import indexing, searching, segments, store
from search.query import parse


@pytest.mark.whoosh_only
@pytest.mark.django_db
def test_it_rebuilds_into_a_new_directory_and_swaps_it_in(make_report, monkeypatch):
    report = make_report("报告", [("一、", "行政复议")])
    root = indexing.backend().root
    before = root.resolve()
    call_command("rebuild_index", "--noinput", verbosity=0)
    assert root.is_symlink() and root.resolve() != before and not before.exists()
    assert searching.run(parse("行政复议"), filters={}).ids == [report.pk]
    assert not indexing.compare()


@pytest.mark.whoosh_only
@pytest.mark.django_db
def test_it_keeps_the_old_index_serving_when_a_rebuild_dies(make_report, monkeypatch):
    report = make_report("报告", [("一、", "行政复议")])
    root = indexing.backend().root
    live = root.resolve()

    real = segments.iter_documents

    def dies_halfway(*args, **kwargs):
        yield from real(*args, **kwargs)
        raise KeyboardInterrupt  # as good as kill -9 for the files on disk

    monkeypatch.setattr(segments, "iter_documents", dies_halfway)
    with pytest.raises(KeyboardInterrupt):
        indexing.rebuild(progress=False)
    assert root.resolve() == live
    assert sorted(p.name for p in root.parent.glob("whoosh.gen-*")) == [live.name]
    assert not store.rebuild_running(root)
    assert searching.run(parse("行政复议"), filters={}).ids == [report.pk]
