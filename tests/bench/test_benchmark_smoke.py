"""The benchmark command end to end at a tiny size (scratch sites, stock part included)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = {
    "n",
    "tokenize_s",
    "build_s",
    "build_ratio",
    "p50_ms",
    "p95_ms",
    "stock_p95_ms",
    "naive_p95_ms",
    "upload_to_search_s",
    "index_mb",
    "rss_mb",
}


def test_it_prints_the_figures_as_json_on_its_last_line(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "benchmark",
            "--reports",
            "30",
            "--rounds",
            "1",
            "--stock-rounds",
            "1",
            "--uploads",
            "1",
            "--workdir",
            str(tmp_path / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert KEYS <= set(figures)
    assert figures["n"] == 30
    assert figures["hit_counts_ok"] is True
    assert figures["hit_count_mismatches"] == {}
    assert all(figures[k] is not None for k in KEYS)
    assert figures["upload_to_search_s"] < 30
