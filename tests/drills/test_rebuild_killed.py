"""kill -9 a rebuild_index half-way: the site keeps serving the previous index (same hit
counts, no errors) while it runs and after it dies; a rerun completes and check_index is
clean; the half-written generation directory is cleaned up.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import threading
import time

from tests.deploy.helpers import PYTHON, ROOT, manage
from tests.drills.site import api_count, generations, gunicorn, shell, token, wait_for

EXTRA = 300
QUERIES = ["法治", "行政复议", "法治政府建设", token(1000), token(1000 + EXTRA - 1)]

# Copies of the seed reports, each with its own word; bulk_create sends no signals, so
# they are in the database but not yet in the index (which the rebuild will fix).
SEED_COPIES = f"""
from reports.models import Report
seeds = list(Report.objects.order_by("pk"))
Report.objects.bulk_create([
    Report(
        title=f"{{s.title}}（副本{{i}}）", doc_type=s.doc_type, year=s.year,
        jurisdiction_id=s.jurisdiction_id, level=s.level,
        preamble=s.text[:3000] + "\\n复制件 " + token, text=s.text[:3000] + "\\n复制件 " + token,
        content_hash=f"{{i:064x}}",
    )
    for i, token in enumerate({[token(1000 + i) for i in range(EXTRA)]!r})
    for s in [seeds[i % len(seeds)]]
])
print(Report.objects.count())
"""


def counts(base: str) -> dict[str, int]:
    return {q: api_count(base, q)[1] for q in QUERIES}


def test_it_serves_the_old_index_through_a_killed_rebuild_and_a_rerun_completes(site_dir):
    with gunicorn(site_dir, workers=2) as server:
        total = int(shell(server.env, SEED_COPIES))
        before = counts(server.url)
        assert before[token(1000)] == 0 and before["法治"] > 0
        old_generations = generations(site_dir)

        served: list[tuple[int, int]] = []
        stop = threading.Event()

        def search_while() -> None:
            while not stop.is_set():
                served.append(api_count(server.url, "行政复议")[:2])

        searcher = threading.Thread(target=search_while)
        searcher.start()
        progress = site_dir / "rebuild.err"
        started = time.monotonic()
        with progress.open("wb") as err:
            rebuild = subprocess.Popen(
                [PYTHON, "manage.py", "rebuild_index", "--noinput"],
                cwd=ROOT,
                env=server.env,
                stdout=subprocess.DEVNULL,
                stderr=err,
                start_new_session=True,
            )

        def halfway() -> bool:
            done = re.findall(r"(\d+)/(\d+)", progress.read_text(errors="replace"))
            new_dir = len(generations(site_dir)) > len(old_generations)
            return new_dir and bool(done) and int(done[-1][0]) >= total // 5

        try:
            wait_for(halfway, 60, "the rebuild to get a fifth of the way")
        finally:
            os.killpg(rebuild.pid, signal.SIGKILL)  # the command and its tokenizer children
            rebuild.wait()
        killed_at = re.findall(r"(\d+)/(\d+)", progress.read_text(errors="replace"))[-1]
        assert rebuild.returncode == -signal.SIGKILL
        after_kill = counts(server.url)
        stop.set()
        searcher.join()

        assert after_kill == before
        assert served and all(s == (200, before["行政复议"]) for s in served), set(served)
        assert manage("check_index", env=server.env, check=False).returncode == 1  # not yet

        rerun = manage("rebuild_index", "--noinput", env=server.env, timeout=120)
        elapsed = time.monotonic() - started
        assert manage("check_index", env=server.env, check=False).returncode == 0
        after = counts(server.url)
        assert after[token(1000)] == 1 and after[token(1000 + EXTRA - 1)] == 1
        assert after["法治"] == total
        assert len(generations(site_dir)) == 1  # the half-written one is gone
        assert not (site_dir / "whoosh.rebuild").exists()
    print(
        f"\nDRILL rebuild kill: {total} reports; killed at {killed_at[0]}/{killed_at[1]};"
        f" {len(served)} searches during the rebuild and after the kill, all 200 with"
        f" {before['行政复议']} hits as before; counts before {before}, after kill {after_kill},"
        f" after rerun {after}; rerun: {rerun.stdout.strip().splitlines()[-1]};"
        f" {elapsed:.1f} s from start to clean check"
    )
