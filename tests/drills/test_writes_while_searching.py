"""Deletes and edits from other processes (manage.py shell) while a client searches through
gunicorn: no 5xx, and once the writes are done no stale hits: deleted reports are not
found, edited reports are found by their new words and not by their old ones.
"""

from __future__ import annotations

import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor

from tests.deploy.helpers import PYTHON, ROOT, manage
from tests.drills.site import api_count, gunicorn, report_text, shell, token, unique_counties

N = 24
CREATE = """
from reports.ingest import save_report
from reports.parsing import parse_upload
texts = {texts!r}
print(",".join(str(save_report(parsed=parse_upload(t.encode(), "r.txt")).pk) for t in texts))
"""
DELETE = """
from reports.models import Report
for pk in {pks!r}:
    Report.objects.get(pk=pk).delete()
"""
EDIT = """
from reports.models import Report
for pk, word in {pairs!r}:
    report = Report.objects.get(pk=pk)
    report.title = "更名后的报告 " + word
    report.save()
"""


def test_it_serves_searches_during_writes_and_no_stale_hits_after(site_dir):
    counties = unique_counties(N)
    texts = [report_text(name, 2020 + i % 4, 200 + i) for i, (name, _) in enumerate(counties)]
    with gunicorn(site_dir, workers=2) as server:
        pks = [int(p) for p in shell(server.env, CREATE.format(texts=texts)).split(",")]
        words = {pk: token(200 + i) for i, pk in enumerate(pks)}
        assert all(api_count(server.url, w)[1] == 1 for w in words.values())
        doomed, renamed = pks[: N // 2], pks[N // 2 :]
        new_words = {pk: token(700 + i) for i, pk in enumerate(renamed)}

        statuses: list[int] = []
        stop = threading.Event()

        def search() -> None:
            queries = ["行政复议", *words.values(), *new_words.values()]
            n = 0
            while not stop.is_set():
                statuses.append(api_count(server.url, queries[n % len(queries)])[0])
                n += 1

        searchers = [threading.Thread(target=search) for _ in range(3)]
        for t in searchers:
            t.start()
        scripts = [
            *(DELETE.format(pks=doomed[i::2]) for i in range(2)),
            *(EDIT.format(pairs=[(pk, new_words[pk]) for pk in renamed[i::2]]) for i in range(2)),
        ]

        def run(code: str) -> subprocess.CompletedProcess:
            return subprocess.run(
                [PYTHON, "manage.py", "shell", "-v", "0", "-c", code],
                cwd=ROOT,
                env=server.env,
                capture_output=True,
                text=True,
                timeout=120,
            )

        with ThreadPoolExecutor(len(scripts)) as pool:
            writers = list(pool.map(run, scripts))
        stop.set()
        for t in searchers:
            t.join()

        assert [w.returncode for w in writers] == [0] * len(scripts), [w.stderr for w in writers]
        assert statuses and set(statuses) == {200}, sorted(set(statuses))
        check = manage("check_index", env=server.env, check=False)
        journal = site_dir / "whoosh.pending"
        pending = journal.read_text() if journal.exists() else ""
        assert (check.returncode, pending) == (0, ""), (check.stdout, pending, writers[0].stderr)
        # No waiting: once the writers have exited, the index already agrees.
        for pk in doomed:
            assert api_count(server.url, words[pk])[1] == 0, pk
        for pk in renamed:
            assert api_count(server.url, new_words[pk])[2] == [pk], pk
            assert api_count(server.url, "更名后的报告 " + new_words[pk])[1] == 1
        assert manage("check_index", env=server.env, check=False).returncode == 0
    print(
        f"\nDRILL writes while searching: {len(doomed)} deletes + {len(renamed)} edits from"
        f" {len(scripts)} processes; {len(statuses)} searches during, all 200; no stale hit after"
    )
