"""Exports stop at EXPORT_MAX_ROWS and say so; a bad parameter or a limit past it is a 400."""

from __future__ import annotations

import csv
import io
import json

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def five(indexed):
    return [indexed(title=f"南平市{2019 + i}年度报告", year=2019 + i) for i in range(5)]


def test_it_stops_at_the_setting_and_says_so(client, five, settings):
    settings.EXPORT_MAX_ROWS = 3
    response = client.get("/search/export.csv")
    assert response["X-Result-Count"] == "5"
    assert response["X-Export-Rows"] == "3"
    assert response["X-Export-Truncated"] == "1"
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body, newline="")))
    assert len(rows) == 1 + 3 + 1
    assert rows[-1][0].startswith("# 仅导出前 3 份（共 5 份")
    lines = b"".join(client.get("/search/export.jsonl").streaming_content).splitlines()
    assert len(lines) == 4
    assert json.loads(lines[-1]) == {
        "truncated": True,
        "count": 5,
        "exported": 3,
        "note": json.loads(lines[-1])["note"],
    }


def test_it_takes_a_smaller_limit(client, five):
    response = client.get("/search/export.jsonl", {"limit": "2"})
    assert response["X-Export-Rows"] == "2"
    assert len(b"".join(response.streaming_content).splitlines()) == 3


@pytest.mark.parametrize("path", ["/search/export.csv", "/search/export.jsonl"])
@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"limit": "10001"}, "导出条数"),
        ({"limit": "0"}, "导出条数"),
        ({"limit": "abc"}, "导出条数"),
        ({"page": "abc"}, "页码"),
        ({"mode": "fuzzy"}, "检索模式"),
        ({"province": "火星"}, "省份"),
        ({"code": "abc"}, "行政区划代码"),
        ({"sort": "<script>"}, "排序"),
    ],
)
def test_it_refuses_a_bad_parameter_in_chinese(client, five, path, params, message):
    response = client.get(path, params)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and "<script>" not in page
