"""`manage.py benchmark --engine opensearch` end to end at a tiny size, on the test node."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = {
    "opensearch_build_s",
    "opensearch_index_mb",
    "opensearch_p50_ms",
    "opensearch_p95_ms",
    "opensearch_upload_to_search_s",
    "opensearch_node_rss_mb",
}


def test_it_measures_opensearch_beside_whoosh(tmp_path):
    pid = subprocess.run(
        [str(ROOT / "deploy" / "test_opensearch.sh"), "pid"], capture_output=True, text=True
    ).stdout.strip()
    env = {**os.environ, "OPENSEARCH_PID": pid or "0"}  # OPENSEARCH_URL: the suite's node
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "benchmark",
            "--reports",
            "20",
            "--rounds",
            "1",
            "--skip-stock",
            "--uploads",
            "1",
            "--engine",
            "opensearch",
            "--workdir",
            str(tmp_path / "work"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert KEYS <= set(figures) and all(figures[k] is not None for k in KEYS)
    assert figures["opensearch_exact_counts_ok"] is True
    assert figures["opensearch_count_differences"] == {}
    assert (
        figures["opensearch_counts"]["行政复议?mode=exact"]
        == figures["counts"]["行政复议?mode=exact"]
    )
    assert figures["opensearch_upload_to_search_s"] < 30
