"""Two OS processes writing to the same index at once: nothing is lost, nobody hangs."""

import multiprocessing
from pathlib import Path

from whoosh.filedb.filestore import FileStorage

from search import store, whoosh_index
from search.segments import analyse_document

PER_PROCESS = 12


def _doc(n: int) -> tuple[dict, dict]:
    text = f"第{n}号 行政复议 报告 执法"
    return analyse_document(
        {
            "id": f"reports.report.{n}",
            "django_ct": "reports.report",
            "django_id": str(n),
            "text": text,
            "heads": f"第{n}号",
            "grams": text,
            "province": "福建省",
            "year": "2023",
            "level": "",
            "doc_type": "annual",
            "published": 0,
            "fingerprint": str(n),
        }
    )


def _writer(root: str, offset: int, results) -> None:
    ok = all(
        # merge=False: these documents have no database rows, and a merge indexes the
        # merged reports from the database (test_upload_merges.py covers merging).
        whoosh_index.commit_documents(Path(root), [_doc(offset + i)], set(), merge=False)
        for i in range(PER_PROCESS)
    )
    results.put(ok)


def test_it_loses_no_document_when_two_processes_write_at_once(tmp_path):
    root = tmp_path / "whoosh"
    store.resolve(root)
    ctx = multiprocessing.get_context("fork")
    results = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(str(root), n * 1000, results)) for n in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert [results.get(timeout=5), results.get(timeout=5)] == [True, True]
    ix = FileStorage(str(store.resolve(root)), supports_mmap=False).open_index()
    with ix.searcher() as searcher:
        ids = {int(f["django_id"]) for f in searcher.all_stored_fields()}
    assert ids == {n * 1000 + i for n in (1, 2) for i in range(PER_PROCESS)}
