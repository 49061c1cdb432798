"""An upload's index write and a merge of small segments: Whoosh's own way against ours
(search/whoosh_index.py), timed in one process on one built index.

    .venv/bin/python -m bench.write_paths WORKDIR   # a benchmark --workdir (db + index)

It writes to that index (re-indexes 12 + 8 of its reports as they are, adds and merges
segments): the content stays the database's, the segment layout changes.

1. one report: Whoosh's `update_document` (jieba outside the lock, Whoosh's analysis and
   pool inside) vs `whoosh_index._write` (analysis outside, the posting buffer inside),
   alternating, median of 6 each;
2. four one-report segments merged by Whoosh's MERGE_SMALL (`writer.commit()`) vs four more
   merged by `whoosh_index._merge_small`.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from bench.site import setup_in


def main(workdir: Path) -> dict:
    setup_in(workdir)
    from django.conf import settings

    from reports.models import Report
    from search import store, whoosh_adapter
    from search import whoosh_index as wi
    from search.analysis import pretokenize, warm_up
    from search.documents import build_document, reports_for_indexing, whoosh_fields

    warm_up()
    root = Path(settings.SEARCH_INDEX_PATH)
    ids = list(Report.objects.order_by("pk").values_list("pk", flat=True)[:20])
    times: dict[str, list[float]] = {k: [] for k in ("whoosh", "ours")}
    prepare: dict[str, list[float]] = {k: [] for k in ("whoosh", "ours")}
    for i, report_id in enumerate(ids[:12]):
        started = time.perf_counter()
        if i % 2 == 0:
            doc = build_document(reports_for_indexing([report_id]).get())
            doc["text"], doc["heads"] = pretokenize(doc["text"]), pretokenize(doc["heads"])
            ready = time.perf_counter()
            with store.writer_lock(root):
                writer = wi._open_live(root).writer()
                writer.update_document(**whoosh_fields(doc))
                writer.commit(merge=False)
            way = "whoosh"
        else:
            docs = wi.prepared_documents([report_id])
            ready = time.perf_counter()
            with store.writer_lock(root):
                wi._write(wi._open_live(root), docs, set())
            way = "ours"
        prepare[way].append(ready - started)
        times[way].append(time.perf_counter() - ready)

    def sizes() -> list[int]:
        return sorted(s.doc_count_all() for s in whoosh_adapter.segments(wi._open_live(root)))

    merges = {}
    with store.writer_lock(root):
        # Start from merged small tiers, so that each way merges what it is given.
        wi._merge_small(wi._open_live(root))
        for way, batch in (("whoosh", ids[12:16]), ("ours", ids[16:20])):
            for report_id in batch:
                wi._write(wi._open_live(root), wi.prepared_documents([report_id]), set())
            before = sizes()
            ix = wi._open_live(root)
            started = time.perf_counter()
            if way == "whoosh":
                writer = ix.writer()
                writer.commit()  # nothing added: Whoosh's MERGE_SMALL policy alone
            else:
                wi._merge_small(ix)
            elapsed = time.perf_counter() - started
            gone = Counter(before) - Counter(sizes())  # the segments the merge replaced
            merges[way] = {
                "s": round(elapsed, 2),
                "segments_merged": sum(gone.values()),
                "reports_merged": sum(size * n for size, n in gone.items()),
            }
    result = {
        way: {
            "prepare_ms": round(statistics.median(prepare[way]) * 1000),
            "write_commit_ms": round(statistics.median(times[way]) * 1000),
            "merge": merges[way],
        }
        for way in ("whoosh", "ours")
    }
    print(json.dumps(result, ensure_ascii=False))
    return result


if __name__ == "__main__":
    main(Path(sys.argv[1]))
