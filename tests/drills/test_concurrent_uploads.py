"""4 clients upload 44 distinct reports (and duplicates) at once through the real admin
flow on gunicorn with 2 workers: every accepted report is in the database exactly once,
and the index holds exactly the same set (check_index exits 0).
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from tests.deploy.helpers import manage
from tests.drills.site import (
    Admin,
    api_count,
    db_reports,
    gunicorn,
    index_ids,
    report_text,
    token,
    unique_counties,
)

CLIENTS = 4
DISTINCT = 44
DUPLICATES = [0, 1, 2, 3, 4, 5]  # sent again by another client, some while the first is in flight


def test_it_keeps_every_accepted_upload_once_in_the_database_and_the_index(site_dir):
    counties = unique_counties(DISTINCT)
    jobs = [
        (i, report_text(name, 2019 + i % 6, i).encode("gb18030" if i % 3 == 0 else "utf-8"))
        for i, (name, _) in enumerate(counties)
    ]
    jobs += [(i, jobs[i][1]) for i in DUPLICATES]
    started = time.monotonic()
    with gunicorn(site_dir, workers=2) as server:
        before = db_reports(server.env)
        admins = [Admin(server.url).login() for _ in range(CLIENTS)]

        def run(client: int) -> list[tuple[int, int, int, str]]:
            out = []
            for n, (i, data) in enumerate(jobs[client::CLIENTS]):
                preview = admins[client].upload(data, f"report-{i}-{n}.txt")
                if preview.status != 200:
                    out.append((i, preview.status, 0, preview.body))
                    continue
                done = admins[client].confirm(preview)
                out.append(
                    (i, preview.status, done.status, done.body if done.status != 302 else "")
                )
            return out

        with ThreadPoolExecutor(CLIENTS) as pool:
            results = [r for chunk in pool.map(run, range(CLIENTS)) for r in chunk]
        elapsed = time.monotonic() - started

        accepted = [r for r in results if r[2] == 302]
        refused = [r for r in results if r[2] != 302]
        # Every refusal is a duplicate, said in Chinese; nothing failed.
        assert all(r[1] in (200, 400) and r[2] in (0, 302, 400) for r in results), results
        assert all("已存在" in r[3] for r in refused), [r[3][:300] for r in refused]
        assert sorted(r[0] for r in accepted) == list(range(DISTINCT))

        after = db_reports(server.env)
        new = {pk: title for pk, title in after.items() if pk not in before}
        assert len(new) == DISTINCT and set(before) <= set(after)
        assert index_ids(server.env) == set(after)
        assert manage("check_index", env=server.env, check=False).returncode == 0
        for i in range(DISTINCT):  # each report found by its own word, once
            status, count, ids = api_count(server.url, token(i))
            assert (status, count) == (200, 1) and ids[0] in new, token(i)
        assert "Traceback" not in server.log_text()
    print(
        f"\nDRILL uploads: sent {len(jobs)} ({DISTINCT} distinct + {len(DUPLICATES)} duplicates)"
        f" from {CLIENTS} clients; accepted {len(accepted)}; refused as duplicate {len(refused)}"
        f" ({sum(r[2] == 0 for r in refused)} at preview, {sum(r[2] == 400 for r in refused)} at confirm);"
        f" in database {len(new)} new; in index {len(new)} new; {elapsed:.1f} s"
    )
