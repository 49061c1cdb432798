"""Junk report, browse and API URLs answer 404 (or 400/301) with our page, never 500."""

from __future__ import annotations

import pytest

from reports.models import Report
from search import probe


def _problem(response, case) -> str | None:
    status = response.status_code
    body = response.content.decode("utf-8", errors="replace")
    allowed = (*case.allowed, 200) if "?" in case.path else case.allowed
    if status not in allowed:
        return f"{status} for {case.path}"
    if "Traceback" in body or "Django settings" in body:
        return f"debug output for {case.path}"
    if status == 404 and case.path.startswith("/api/"):
        if response.json().get("error") not in {"报告不存在", "资源不存在"}:
            return f"API 404 without our JSON error for {case.path}"
    elif status == 404 and not ("不存在" in body or "没有找到" in body):
        return f"404 without our page for {case.path}"
    return None


def test_it_answers_junk_urls_with_our_not_found_page(client, indexed_seeds):
    problems = [_problem(client.get(case.path), case) for case in probe.junk_cases()]

    assert [p for p in problems if p] == []
    assert Report.objects.count() == len(indexed_seeds)


@pytest.mark.django_db
def test_it_never_serves_uploaded_or_staged_files_directly(client, settings, tmp_path):
    staged = tmp_path / "media" / "staging"
    staged.mkdir(parents=True)
    (staged / "evil.html").write_text("<script>alert(1)</script>")

    for path in ["/media/staging/evil.html", "/media/originals/", "/static/../media/x"]:
        assert client.get(path).status_code == 404, path
