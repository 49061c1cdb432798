"""The first searches of freshly forked gunicorn workers: this tree's config/gunicorn.py
against the one of another commit, started in turn on the same benchmark index.

    .venv/bin/python -m bench.first_search WORKDIR --against REV [--rounds 4]

WORKDIR is a `benchmark --workdir` (its db.sqlite3, whoosh and static). Each round starts
each config once, waits until both workers are forked, and times three searches for
行政复议 over HTTP: the first two meet each worker's first request.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench.site import ROOT, gunicorn, site_env


def _ms(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workdir", type=Path)
    # required: a default such as HEAD~1 compares a config with itself once later commits land
    parser.add_argument("--against", required=True, help="commit whose config to compare")
    parser.add_argument("--rounds", type=int, default=4)
    options = parser.parse_args()
    env = site_env(options.workdir.resolve())
    query = urllib.parse.urlencode({"q": "行政复议"})
    with tempfile.TemporaryDirectory() as scratch:
        old = Path(scratch) / "gunicorn_old.py"
        old.write_text(
            subprocess.run(
                ["git", "show", f"{options.against}:config/gunicorn.py"],
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        configs = {options.against: str(old), "this tree": "config/gunicorn.py"}
        firsts: dict[str, list[tuple[float, ...]]] = {name: [] for name in configs}
        for _ in range(options.rounds):
            for name, config in configs.items():
                with gunicorn(env, Path(scratch) / "gunicorn.log", config=config) as site:
                    url = f"{site.url}/api/search?{query}"
                    firsts[name].append(tuple(round(_ms(url), 1) for _ in range(3)))
    for name, times in firsts.items():
        worst = sorted(max(t[:2]) for t in times)
        print(f"{name}: first two searches (worst of the two) {worst} ms; all {times}")


if __name__ == "__main__":
    main()
