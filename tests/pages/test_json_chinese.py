"""Every JSON answer (search, trends, reports, similar, compare, the API's 404) carries
Chinese as characters in UTF-8, not as \\u escapes: one helper, config.http.json_response."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

ANSWERS = [
    ("/api/search?page=abc", 400),
    ("/api/trends", 400),
    ("/api/reports/abc", 404),
    ("/api/reports/abc/similar", 404),
    ("/api/reports/abc/compare/def", 404),
    ("/api/nothing-here", 404),
]


@pytest.mark.parametrize(("url", "status"), ANSWERS)
def test_it_answers_json_with_chinese_characters(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    body = response.content.decode("utf-8")
    assert "\\u" not in body
    error = response.json()["error"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error) and error in body


def test_it_answers_a_search_with_chinese_characters(client):
    response = client.get("/api/search?q=法治")
    assert response.status_code == 200
    body = response.content.decode("utf-8")
    assert "\\u" not in body
    assert response.json()["count"] == 0
