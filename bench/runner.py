"""The benchmark, in one run on one corpus (see BENCHMARKS.md for what each figure means).

1. jieba-only tokenization of the corpus (stock ChineseAnalyzer, one process);
2. `rebuild_index` (our full build) and its ratio to 1;
3. our search over HTTP (gunicorn, /api/search: facets + snippets, 20 per page);
4. stock haystack (WhooshEngine + ChineseAnalyzer, SearchQuerySet facets + highlight),
   its index built from the same corpus in the same run, over HTTP;
5. the naive way (icontains + ORM facet counts), over HTTP;
6. upload → searchable (save_report, then poll the API), at that index size;
7. index size and gunicorn worker memory.

With `engine="opensearch"` the same corpus is also indexed into an OpenSearch node
(deploy/test_opensearch.sh, or OPENSEARCH_URL's) by `rebuild_index`, served by a third
site, measured in the same interleaved rounds, and the node's memory is read.

Requests to the three sites are interleaved query by query, so a noisy machine slows
them alike and the ratios hold. Nothing is cached between requests of a query: each
request is a fresh search.
"""

from __future__ import annotations

import json
import math
import shutil
import statistics
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from bench.queries import QUERIES, BenchQuery
from bench.site import (
    collect_static,
    gunicorn,
    opensearch_node,
    process_memory_mb,
    run_phase,
    site_env,
)


@dataclass
class Options:
    n: int = 1000
    seed: int = 1
    rounds: int = 5
    stock_rounds: int = 3
    naive_rounds: int = 1
    uploads: int = 5
    skip_stock: bool = False
    workdir: Path | None = None
    keep: bool = False
    engine: str = "whoosh"  # or "opensearch": also measure the OpenSearch backend
    # With engine="opensearch": no Whoosh index or site at all (tokenization, build, its
    # queries and uploads left out) — for sizes where the Whoosh part would not fit the time.
    skip_whoosh: bool = False


@dataclass
class Timings:
    ms: list[float] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def pct(self, p: float) -> float | None:
        if not self.ms:
            return None
        ordered = sorted(self.ms)
        rank = max(0, math.ceil(p / 100 * len(ordered)) - 1)
        return round(ordered[rank], 1)


def fetch(base: str, path: str, query: BenchQuery) -> tuple[float, dict]:
    url = f"{base}{path}?{urllib.parse.urlencode(query.params())}"
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as response:
        body = response.read()
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed, json.loads(body)


def measure(timings: Timings, base: str, path: str, query: BenchQuery) -> None:
    elapsed, data = fetch(base, path, query)
    timings.ms.append(elapsed)
    timings.counts[query.key] = int(data["count"])


def run(options: Options, say: Callable[[str], None] = print) -> dict:
    workdir = options.workdir or Path(tempfile.mkdtemp(prefix="fazhi-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    env = site_env(workdir)
    stock_env = {**env, "DJANGO_SETTINGS_MODULE": "bench.stock_settings"}
    result: dict = {"n": options.n, "seed": options.seed}
    if options.skip_whoosh and (options.engine != "opensearch" or not options.skip_stock):
        raise ValueError("skip_whoosh needs engine='opensearch' and skip_stock")
    whoosh = not options.skip_whoosh
    try:
        say(f"work dir {workdir}; generating {options.n} reports (seed {options.seed})")
        loaded = run_phase("load", "--n", str(options.n), "--seed", str(options.seed), env=env)
        result["chars"] = loaded["chars"]
        say(f"  {loaded['loaded']} reports, {loaded['chars']:,} characters")

        result.update(tokenize_s=None, build_s=None, build_ratio=None, index_mb=None)
        if whoosh:
            say("(1) jieba ChineseAnalyzer over every report, one process …")
            tok = run_phase("tokenize", env=env)
            result["tokenize_s"] = tok["tokenize_s"]
            say(f"  {tok['tokenize_s']} s ({tok['chars_per_s']:,} characters/s)")

            say("(2) rebuild_index …")
            built = run_phase("build", env=env)
            result["build_s"] = built["build_s"]
            result["build_ratio"] = round(built["build_s"] / tok["tokenize_s"], 3)
            result["index_mb"] = built["index_mb"]
            say(f"  {built['build_s']} s = {result['build_ratio']} x tokenization")

        if not options.skip_stock:
            say("(4) stock haystack update_index (batches of 1,000) …")
            stock_built = run_phase("stock_build", env=stock_env)
            result.update(stock_built)
            say(f"  {stock_built['stock_build_s']} s, {stock_built['stock_index_mb']} MB")

        collect_static(env)  # one STATIC_ROOT for every site of the run
        ours, stock, naive, osearch = Timings(), Timings(), Timings(), Timings()
        with ExitStack() as stack:
            os_site = node = os_env = None
            if options.engine == "opensearch":
                node = stack.enter_context(opensearch_node(workdir))
                os_env = {
                    **env,
                    "SEARCH_ENGINE": "opensearch",
                    "OPENSEARCH_URL": node.url,
                    "OPENSEARCH_INDEX": f"bench_{options.n}_{options.seed}",
                }
                say(f"(2) rebuild_index into OpenSearch at {node.url} …")
                os_built = run_phase("build", env=os_env)
                result["opensearch_build_s"] = os_built["build_s"]
                result["opensearch_index_mb"] = os_built["index_mb"]
                say(f"  {os_built['build_s']} s, {os_built['index_mb']} MB")
                os_site = stack.enter_context(gunicorn(os_env, workdir / "gunicorn-os.log"))
                if whoosh:
                    fetch(os_site.url, "/api/search", QUERIES[0])  # the first connection
            site = stack.enter_context(gunicorn(env, workdir / "gunicorn.log")) if whoosh else None
            other = stack.enter_context(gunicorn(stock_env, workdir / "gunicorn-stock.log"))
            # First search in freshly forked workers (jieba was loaded before the fork).
            first_site = site or os_site
            assert first_site is not None
            first = [fetch(first_site.url, "/api/search", QUERIES[i])[0] for i in range(2)]
            result["first_search_ms"] = round(max(first), 1)
            say(f"first searches after start: {', '.join(f'{ms:.0f}' for ms in first)} ms")
            if not options.skip_stock:
                fetch(other.url, "/stock/search", QUERIES[0])  # open the stock index once

            say(f"(3)(4)(5) {len(QUERIES)} queries, interleaved …")
            for round_ in range(max(options.rounds, options.stock_rounds, options.naive_rounds)):
                for query in QUERIES:
                    if round_ < options.rounds:
                        if site is not None:
                            measure(ours, site.url, "/api/search", query)
                        if os_site is not None:
                            measure(osearch, os_site.url, "/api/search", query)
                    if round_ < options.stock_rounds and not options.skip_stock:
                        measure(stock, other.url, "/stock/search", query)
                    if round_ < options.naive_rounds:
                        measure(naive, other.url, "/naive/search", query)
            result.update(
                p50_ms=ours.pct(50),
                p95_ms=ours.pct(95),
                stock_p50_ms=stock.pct(50),
                stock_p95_ms=stock.pct(95),
                naive_p50_ms=naive.pct(50),
                naive_p95_ms=naive.pct(95),
            )
            ours_p95, stock_p95, naive_p95 = ours.pct(95), stock.pct(95), naive.pct(95)
            if ours_p95:
                if stock_p95 is not None:
                    result["stock_ratio"] = round(stock_p95 / ours_p95, 1)
                if naive_p95 is not None:
                    result["naive_ratio"] = round(naive_p95 / ours_p95, 1)

            # Every report containing a single term's string must be found: our count
            # (OpenSearch's without Whoosh) equals the icontains count exactly.
            checked = ours if whoosh else osearch
            mismatches = {
                q.key: {"ours": checked.counts[q.key], "naive": naive.counts[q.key]}
                for q in QUERIES
                if q.single and checked.counts[q.key] != naive.counts[q.key]
            }
            result["hit_counts_ok"] = not mismatches
            result["hit_count_mismatches"] = mismatches
            result["counts"] = checked.counts
            result["naive_counts"] = naive.counts
            say(f"hit counts of single-term queries equal icontains: {not mismatches}")
            if os_site is not None:
                result["opensearch_p50_ms"] = osearch.pct(50)
                result["opensearch_p95_ms"] = osearch.pct(95)
                os_p95 = osearch.pct(95)
                if naive_p95 is not None and os_p95:
                    result["opensearch_naive_ratio"] = round(naive_p95 / os_p95, 1)
            if os_site is not None and whoosh:
                differ = {
                    q.key: {"whoosh": ours.counts[q.key], "opensearch": osearch.counts[q.key]}
                    for q in QUERIES
                    if ours.counts[q.key] != osearch.counts[q.key]
                }
                exact_differ = {k: v for k, v in differ.items() if k.endswith("mode=exact")}
                result["opensearch_counts_ok"] = not differ
                result["opensearch_exact_counts_ok"] = not exact_differ
                result["opensearch_count_differences"] = differ
                result["opensearch_counts"] = osearch.counts
                say(f"OpenSearch counts equal Whoosh's: {not differ} {differ or ''}")

            if site is not None:
                say(f"(6) upload → searchable, {options.uploads} uploads …")
                phase = run_phase(
                    "upload",
                    "--url",
                    site.url,
                    "--count",
                    str(options.uploads),
                    "--seed",
                    str(options.seed),
                    env=env,
                )
                uploaded, returned = phase["upload_s"], phase["upload_return_s"]
                result["upload_to_search_s"] = round(statistics.median(uploaded), 3)
                result["upload_to_search_max_s"] = max(uploaded)
                result["upload_returned_s"] = returned
                say(f"  searchable after {', '.join(str(s) for s in uploaded)} s")
                say(f"  save_report returned after {', '.join(str(s) for s in returned)} s")

                # Searches after the uploads (new segments) must not be slower.
                after = Timings()
                for query in QUERIES:
                    measure(after, site.url, "/api/search", query)
                result["p95_after_uploads_ms"] = after.pct(95)
            if os_site is not None:
                assert node is not None and os_env is not None  # started with os_site
                say(f"(6) OpenSearch: upload → searchable, {options.uploads} uploads …")
                os_phase = run_phase(
                    "upload",
                    "--url",
                    os_site.url,
                    "--count",
                    str(options.uploads),
                    "--seed",
                    str(options.seed + 1),
                    env=os_env,
                )
                os_uploaded = os_phase["upload_s"]
                result["opensearch_upload_returned_s"] = os_phase["upload_return_s"]
                result["opensearch_upload_to_search_s"] = round(statistics.median(os_uploaded), 3)
                result["opensearch_upload_to_search_max_s"] = max(os_uploaded)
                say(f"  {', '.join(str(s) for s in os_uploaded)} s")
                result["opensearch_worker_rss_mb"] = os_site.worker_memory_mb()["peak_rss_mb"]
                if node.pid:
                    memory = process_memory_mb(node.pid)
                    result["opensearch_node_rss_mb"] = memory["rss_mb"]
                    result["opensearch_node_peak_rss_mb"] = memory["peak_rss_mb"]

            if site is not None:
                memory = site.worker_memory_mb()
                result["rss_mb"] = memory["peak_rss_mb"]
                result["rss_now_mb"] = memory["rss_mb"]
                result["anon_rss_mb"] = memory["anon_rss_mb"]
            if not options.skip_stock:
                result["stock_rss_mb"] = other.worker_memory_mb()["peak_rss_mb"]
        say(table(result))
        return result
    finally:
        if options.workdir is None and not options.keep:
            shutil.rmtree(workdir, ignore_errors=True)


def table(r: dict) -> str:
    def fmt(value) -> str:
        return "—" if value is None else str(value)

    rows = [
        ("reports", r["n"]),
        ("jieba-only tokenization (s)", fmt(r["tokenize_s"])),
        ("full index build (s)", fmt(r["build_s"])),
        ("build / tokenization", fmt(r["build_ratio"])),
        ("search p50 / p95 (ms)", f"{fmt(r.get('p50_ms'))} / {fmt(r.get('p95_ms'))}"),
        (
            "stock haystack p50 / p95 (ms)",
            f"{fmt(r.get('stock_p50_ms'))} / {fmt(r.get('stock_p95_ms'))}",
        ),
        (
            "naive icontains p50 / p95 (ms)",
            f"{fmt(r.get('naive_p50_ms'))} / {fmt(r.get('naive_p95_ms'))}",
        ),
        ("stock p95 / ours", fmt(r.get("stock_ratio"))),
        ("naive p95 / ours", fmt(r.get("naive_ratio"))),
        ("first search after start (ms)", fmt(r.get("first_search_ms"))),
        (
            "upload → searchable (s, median / max)",
            f"{fmt(r.get('upload_to_search_s'))} / {fmt(r.get('upload_to_search_max_s'))}",
        ),
        ("p95 after uploads (ms)", fmt(r.get("p95_after_uploads_ms"))),
        ("index (MB)", fmt(r["index_mb"])),
        ("worker peak RSS (MB)", fmt(r.get("rss_mb"))),
        ("worker private memory now (MB)", fmt(r.get("anon_rss_mb"))),
        (
            "stock build (s) / index (MB)",
            f"{fmt(r.get('stock_build_s'))} / {fmt(r.get('stock_index_mb'))}",
        ),
    ]
    if "opensearch_build_s" in r:
        rows += [
            (
                "OpenSearch build (s) / index (MB)",
                f"{r['opensearch_build_s']} / {r['opensearch_index_mb']}",
            ),
            (
                "OpenSearch search p50 / p95 (ms)",
                f"{fmt(r.get('opensearch_p50_ms'))} / {fmt(r.get('opensearch_p95_ms'))}",
            ),
            (
                "OpenSearch upload → searchable (s, median / max)",
                f"{fmt(r.get('opensearch_upload_to_search_s'))}"
                f" / {fmt(r.get('opensearch_upload_to_search_max_s'))}",
            ),
            (
                "OpenSearch node RSS now / peak (MB)",
                f"{fmt(r.get('opensearch_node_rss_mb'))} / {fmt(r.get('opensearch_node_peak_rss_mb'))}",
            ),
            ("OpenSearch site worker peak RSS (MB)", fmt(r.get("opensearch_worker_rss_mb"))),
        ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)
