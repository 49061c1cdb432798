"""The benchmark's steps that need Django, each run in its own process by bench.runner.

    python -m bench.phases load --n N --seed S
    python -m bench.phases tokenize | build | stock_build   (build: on SEARCH_ENGINE's engine)
    python -m bench.phases upload --url URL --count K --seed S

The environment (bench.site.site_env) points the settings at the benchmark's scratch
database, index and media folder. Each step prints one JSON object as its last line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any


def _dir_mb(path: Path) -> float:
    path = path.resolve()
    total = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0
    return round(total / 2**20, 1)


def load(args) -> dict:
    from django.core.management import call_command

    from bench import corpus
    from reports.models import Report

    call_command("migrate", interactive=False, verbosity=0)
    started = time.perf_counter()
    count = corpus.load(args.n, args.seed)
    chars = sum(len(t) for t in Report.objects.values_list("text", flat=True).iterator())
    return {"loaded": count, "chars": chars, "load_s": round(time.perf_counter() - started, 2)}


def tokenize(args) -> dict:
    """jieba's stock ChineseAnalyzer over every report's full text, in this one process."""
    from jieba.analyse import ChineseAnalyzer

    from reports.models import Report

    texts = list(Report.objects.order_by("pk").values_list("text", flat=True))
    started = time.perf_counter()
    analyzer = ChineseAnalyzer()  # jieba's dictionary loads on first use: counted
    tokens = 0
    for text in texts:
        for _ in analyzer(text):
            tokens += 1
    elapsed = time.perf_counter() - started
    chars = sum(len(t) for t in texts)
    return {"tokenize_s": round(elapsed, 2), "tokens": tokens, "chars_per_s": int(chars / elapsed)}


def build(args) -> dict:
    """What `manage.py rebuild_index` does, timed."""
    from django.conf import settings
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("rebuild_index", interactive=False, verbosity=0)
    elapsed = time.perf_counter() - started
    if settings.SEARCH_ENGINE != "whoosh":
        return {"build_s": round(elapsed, 2), "index_mb": _opensearch_mb()}
    return {"build_s": round(elapsed, 2), "index_mb": _dir_mb(Path(settings.SEARCH_INDEX_PATH))}


def _opensearch_mb() -> float:
    """The live index's size on the node's disk (primary store, after a flush)."""
    from search import indexing

    # Only called when the run's engine is OpenSearch: its client and index name.
    backend: Any = indexing.backend()
    backend.conn.indices.flush(index=backend.index_name)
    stats = backend.conn.indices.stats(index=backend.index_name, metric="store")
    return round(stats["_all"]["primaries"]["store"]["size_in_bytes"] / 2**20, 1)


def stock_build(args) -> dict:
    """haystack's own update_index (batches of 1,000) into the stock Whoosh index."""
    from django.conf import settings
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("update_index", batchsize=1000, verbosity=0)
    elapsed = time.perf_counter() - started
    path = Path(str(settings.HAYSTACK_CONNECTIONS["default"]["PATH"]))
    return {"stock_build_s": round(elapsed, 2), "stock_index_mb": _dir_mb(path)}


def _found(url: str, marker: str) -> bool:
    query = urllib.parse.urlencode({"q": marker, "mode": "exact"})
    with urllib.request.urlopen(f"{url}/api/search?{query}", timeout=30) as response:
        return json.loads(response.read())["count"] > 0


def _searchable_after(url: str, marker: str, started: float, found: list[float]) -> None:
    """Poll the search API from the moment the upload starts until the marker is found."""
    while not _found(url, marker):
        if time.perf_counter() - started > 60:
            return
        time.sleep(0.01)
    found.append(time.perf_counter() - started)


def upload(args) -> dict:
    """save_report (the real signal/on_commit path) while another thread polls the search
    API: the time until the report is found, and until save_report returned (which also
    waits for the after-commit work that follows: a merge of small segments, similar
    reports)."""
    import threading

    from bench import corpus
    from reports.ingest import save_report
    from search.analysis import warm_up

    warm_up()  # jieba and OpenCC, as gunicorn loads them before a worker's first upload
    rng = random.Random(args.seed)
    times, returned = [], []
    for synthetic in corpus.generate(args.count, seed=args.seed + 1000):
        marker = "".join(rng.choice("甲乙丙丁戊己庚辛壬癸") for _ in range(10))
        synthetic.title = f"{synthetic.title}（测评{marker}）"
        parsed = corpus.parsed_report(synthetic)
        found: list[float] = []
        started = time.perf_counter()
        poller = threading.Thread(target=_searchable_after, args=(args.url, marker, started, found))
        poller.start()
        save_report(parsed=parsed)
        returned.append(round(time.perf_counter() - started, 3))
        poller.join()
        if not found:
            raise SystemExit(f"report {marker} not searchable after 60 s")
        times.append(round(found[0], 3))
    return {"upload_s": times, "upload_return_s": returned}


PHASES = {
    "load": load,
    "tokenize": tokenize,
    "build": build,
    "stock_build": stock_build,
    "upload": upload,
}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("phase", choices=sorted(PHASES))
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--url", default="")
    parser.add_argument("--count", type=int, default=5)
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    result = PHASES[args.phase](args)
    print(json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
