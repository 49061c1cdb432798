"""/search/export.jsonl: one report a line, with its sections as the API gives them."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.django_db


def _lines(response) -> list[dict]:
    body = b"".join(response.streaming_content).decode("utf-8")
    return [json.loads(line) for line in body.splitlines()]


def test_it_exports_each_report_with_its_sections(client, indexed):
    report = indexed(issuer="南平市人民政府")
    other = indexed(title="福州市2023年度法治政府建设情况报告", jurisdiction_code="350100")
    response = client.get("/search/export.jsonl", {"province": "福建省"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/x-ndjson")
    lines = _lines(response)
    assert {line["id"] for line in lines} == {report.pk, other.pk}
    line = next(x for x in lines if x["id"] == report.pk)
    api = client.get(f"/api/reports/{report.pk}").json()
    assert line["sections"] == api["sections"]
    assert line["preamble"] == api["preamble"]
    assert line["issuer"] == "南平市人民政府" and line["url"] == api["url"]
    assert line["snippets"][0]["text"].startswith("2023年，南平市")


def test_it_lists_nothing_for_a_search_without_results(client, indexed):
    indexed()
    response = client.get("/search/export.jsonl", {"q": "完全不存在的词语组合"})
    assert response.status_code == 200
    assert response["X-Result-Count"] == "0"
    assert _lines(response) == []
