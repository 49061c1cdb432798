"""Memory of a gunicorn worker while it streams a large export (BENCHMARKS.md, "Export").

    python -m bench.export_memory --workdir /tmp/i14/site [--n 10000] [--q 法治]

Builds the benchmark's corpus site in WORKDIR if it has no database yet (bench.corpus,
then rebuild_index: ~10+ min at 10,000 reports), starts gunicorn there with one worker,
warms it with one API search (searcher, columns and mapped texts opened), then streams
a 1,000-row CSV export and each full export of the search (CSV, JSON Lines) while sampling the worker's resident set
every 20 ms. Prints one JSON object: per export the rows read, the API's count for the
same parameters, the worker's RSS before, its highest sample while streaming and the
growth, and the time taken.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench.site import collect_static, gunicorn, run_phase, site_env


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.samples = pid, 0.0, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak = max(self.peak, _rss_mb(self.pid))
            self.samples += 1
            time.sleep(0.02)


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=3600) as response:
        return response.read()


def measure(base: str, pid: int, path: str, query: str) -> dict:
    before = _rss_mb(pid)
    sampler = Sampler(pid)
    sampler.start()
    started = time.perf_counter()
    size, chunks = 0, []
    with urllib.request.urlopen(f"{base}{path}?{query}", timeout=3600) as response:
        headers = dict(response.headers)
        while chunk := response.read(1 << 16):
            size += len(chunk)
            chunks.append(chunk)  # the client keeps the file; the worker must not
    elapsed = time.perf_counter() - started
    sampler.done.set()
    sampler.join()
    text = b"".join(chunks).decode("utf-8")
    if path.endswith(".csv"):
        rows = len(list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))) - 1
    else:
        rows = len(text.splitlines())
    return {
        "rows": rows,
        "bytes": size,
        "seconds": round(elapsed, 1),
        "result_count_header": int(headers.get("X-Result-Count", -1)),
        "rss_before_mb": round(before, 1),
        "rss_peak_mb": round(sampler.peak, 1),
        "rss_growth_mb": round(sampler.peak - before, 1),
        "samples": sampler.samples,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--q", default="", help="the search to export (default: every report)")
    args = parser.parse_args()
    workdir = args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    env = site_env(workdir)
    if not (workdir / "db.sqlite3").exists():
        run_phase("load", "--n", str(args.n), "--seed", str(args.seed), env=env)
        run_phase("build", env=env)
    collect_static(env)
    query = urllib.parse.urlencode({"q": args.q} if args.q else {})
    result: dict = {"n": args.n, "q": args.q}
    with gunicorn(env, workdir / "gunicorn-export.log", workers=1) as server:
        (pid,) = server.worker_pids()
        api = json.loads(_get(f"{server.url}/api/search?{query}"))  # warm: searcher, columns
        result["api_count"] = api["count"]
        # 1,000 rows first: if memory grew with the rows, the full export would grow more.
        small = urllib.parse.urlencode({**dict(urllib.parse.parse_qsl(query)), "limit": 1000})
        result["csv_1000"] = measure(server.url, pid, "/search/export.csv", small)
        for path in ("/search/export.csv", "/search/export.jsonl"):
            result[path] = measure(server.url, pid, path, query)
            result[path]["rows_equal_api_count"] = result[path]["rows"] == api["count"]
    print(json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
