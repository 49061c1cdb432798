"""The hostile request set of the search (search/probe_cases.py) sent to the trends page
and its API: 200 or 400 with a readable Chinese message, markup never echoed, never 500."""

from __future__ import annotations

import json

from search import probe
from tests.hostile.conftest import is_readable_chinese

BASES = {"/search/": "/trends/", "/api/search": "/api/trends"}


def _trends_paths() -> list[str]:
    paths = []
    for case in probe.search_cases():
        base, _, query = case.path.partition("?")
        paths.append(f"{BASES[base]}?{query}")
    return paths


def _problem(response, path: str) -> str | None:
    status = response.status_code
    body = response.content.decode("utf-8", errors="replace")
    if status not in (200, 400):
        return f"{status} for {path}"
    if "Traceback" in body:
        return f"debug output for {path}"
    if path.startswith("/api/"):
        data = json.loads(body)
        if status == 400 and not is_readable_chinese(data.get("error", "")):
            return f"400 without a Chinese error for {path}: {data}"
        if status == 200 and not isinstance(data.get("series"), list):
            return f"200 without series for {path}"
    else:
        if "<script>alert" in body or "<img src=x" in body:
            return f"unescaped markup echoed by {path}"
        if status == 400 and "参数有误" not in body:
            return f"400 without our page for {path}"
        if status == 200 and "检索词趋势" not in body:
            return f"200 without the trends page for {path}"
    return None


def test_it_answers_every_hostile_query_with_200_or_400(client, indexed_seeds):
    paths = _trends_paths()
    assert len(paths) > 200
    problems = [_problem(client.get(path), path) for path in paths]
    assert [p for p in problems if p] == []
