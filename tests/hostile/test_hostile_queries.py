"""Every hostile query of the probe set answers 200 or 400 with a readable page, never 500.

The same cases (search/probe.py) are sent to a real gunicorn by tests/drills/test_probe_site.py;
here they go through Django's test client, so a failure points at the code, not the server.
Nothing a query says may change the database or the index.
"""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from reports.models import Report
from search import indexing, probe
from tests.hostile.conftest import is_readable_chinese

CASES = defaultdict(list)
for _case in probe.search_cases():
    CASES[_case.group].append(_case)


def check_answer(response, path: str) -> str | None:
    """None when the answer is right; else what is wrong with it."""
    status = response.status_code
    body = response.content.decode("utf-8", errors="replace")
    if status not in (200, 400):
        return f"{status} for {path}"
    if "Traceback" in body or "Django settings" in body:
        return f"debug output for {path}"
    if path.startswith("/api/"):
        # JSON is data (application/json, nosniff): it may carry any text unescaped.
        if response["Content-Type"] != "application/json":
            return f"not JSON for {path}"
        data = json.loads(body)
        if status == 400 and not is_readable_chinese(data.get("error", "")):
            return f"400 without a Chinese error for {path}: {data}"
        if status == 200 and not isinstance(data.get("count"), int):
            return f"200 without a count for {path}"
    else:
        if not response["Content-Type"].startswith("text/html"):
            return f"not HTML for {path}"
        if "<script>alert" in body or "<img src=x" in body:
            return f"unescaped markup echoed by {path}"
        if status == 400 and not (
            ("参数有误" in body or "请求有误" in body) and is_readable_chinese(body)
        ):
            return f"400 without our page for {path}"
        if status == 200 and "检索结果" not in body:
            return f"200 without a result page for {path}"
    return None


@pytest.mark.parametrize("group", sorted(CASES))
def test_it_answers_every_hostile_query_with_200_or_400_and_a_readable_message(
    client, indexed_seeds, group
):
    before = set(Report.objects.values_list("pk", "content_hash"))

    problems = [check_answer(client.get(c.path), c.path) for c in CASES[group]]

    assert [p for p in problems if p] == []
    # Queries never write: the same reports, and the index still matches them exactly.
    assert set(Report.objects.values_list("pk", "content_hash")) == before
    assert not indexing.compare()


def test_it_still_finds_reports_after_the_hostile_queries(client, indexed_seeds):
    for case in probe.search_cases():
        client.get(case.path)

    data = client.get("/api/search", {"q": "法治政府"}).json()

    assert {r["id"] for r in data["results"]} == {r.pk for r in indexed_seeds}
