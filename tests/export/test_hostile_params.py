"""Junk parameters on the exports and feeds: a 200 or our Chinese 400, never a 500, and
nothing echoed as markup."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

PATHS = ["/search/export.csv", "/search/export.jsonl", "/feeds/search/"]
JUNK = [
    {"q": "行政" * 500},
    {"q": "\x00\x01<script>alert(1)</script>"},
    {"q": '"未闭合'},
    {"q": "OR OR -"},
    {"province": ["福建省"] * 200},
    {"year": "99999999999999999999"},
    {"level": "<b>x</b>"},
    {"type": "annual\x00"},
    {"prefecture": "南平市\u200b"},
    {"limit": "1e3"},
    {"limit": "-5"},
    {"limit": "１０"},
    {"page": "99999999999"},
    {"sort": ["newest", "oldest"]},
]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("params", JUNK)
def test_it_answers_junk_without_a_500(client, indexed, path, params):
    indexed()
    response = client.get(path, params)
    assert response.status_code in (200, 400)
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    ).decode("utf-8", "replace")
    assert "Traceback" not in body
    assert "<script>alert" not in body and "<b>x</b>" not in body
    if response.status_code == 400:
        assert "检索参数有误" in body


@pytest.mark.parametrize("path", PATHS)
def test_it_answers_bytes_that_are_not_utf8_without_a_500(client, indexed, path):
    indexed()
    response = client.get(f"{path}?q=%ED%A0%80%FF&province=%C0%AF")
    assert response.status_code in (200, 400)
