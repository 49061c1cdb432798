"""probe_site against a real gunicorn (DEBUG off): no 5xx, nothing 10× slower than a normal
query. Its output is kept in artifacts/ for RELIABILITY.md.
"""

from __future__ import annotations

import json

from tests.deploy.helpers import ROOT, manage
from tests.drills.site import gunicorn

ARTIFACTS = ROOT / "artifacts"


def test_it_probes_a_running_site_without_a_5xx_or_a_slow_answer(site_dir):
    with gunicorn(site_dir, workers=2) as server:
        result = manage("probe_site", server.url, "--json", env=server.env, check=False, timeout=85)
        text = manage("probe_site", server.url, env=server.env, check=False, timeout=85)
        log = server.log_text()

    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "probe-site.json").write_text(result.stdout, encoding="utf-8")
    (ARTIFACTS / "probe-site.txt").write_text(text.stdout, encoding="utf-8")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["ok"] and report["failures"] == []
    assert report["cases"] >= 400
    statuses = {s for g in report["groups"].values() for s in g["statuses"]}
    assert statuses <= {"200", "301", "400", "404", "414"}, statuses
    assert "Traceback" not in log
    print("\n" + text.stdout)
