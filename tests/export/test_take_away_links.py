"""The results page, the place pages and the coverage matrix link their exports and feeds,
carrying the page's state."""

from __future__ import annotations

import csv
import html
import io
import re
from urllib.parse import parse_qsl, urlsplit

import pytest

pytestmark = pytest.mark.django_db


def _links(page: str) -> dict[str, str]:
    found = {}
    for cls in ("export-csv", "export-jsonl", "feed-link"):
        (href,) = re.findall(rf'<a href="([^"]*)" class="{cls}"', page)
        found[cls] = html.unescape(href)
    return found


def test_it_links_exports_and_feed_with_the_search_state(client, indexed):
    indexed()
    params = {"q": "行政复议", "province": "福建省", "year": "2023", "sort": "newest", "page": "1"}
    page = client.get("/search/", params).content.decode()
    links = _links(page)
    expected = [("q", "行政复议"), ("province", "福建省"), ("year", "2023"), ("sort", "newest")]
    for cls, path in [
        ("export-csv", "/search/export.csv"),
        ("export-jsonl", "/search/export.jsonl"),
        ("feed-link", "/feeds/search/"),
    ]:
        parts = urlsplit(links[cls])
        assert parts.path == path
        assert parse_qsl(parts.query) == expected
    (alternate,) = re.findall(
        r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]*)"', page
    )
    assert html.unescape(alternate) == links["feed-link"]
    assert "订阅" in page


def test_it_exports_a_place_page_scope(client, indexed):
    city = indexed(title="南平市报告", jurisdiction_code="350700")
    indexed(title="福州市报告", jurisdiction_code="350100")
    links = _links(client.get("/browse/350700/").content.decode())
    assert parse_qsl(urlsplit(links["export-csv"]).query) == [
        ("province", "福建省"),
        ("prefecture", "南平市"),
    ]
    body = b"".join(client.get(links["export-csv"]).streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body, newline="")))[1:]
    assert [int(r[0]) for r in rows] == [city.pk]


def test_it_exports_the_coverage_matrix(client, indexed):
    indexed(year=2023)
    indexed(title="福州市报告", jurisdiction_code="350100", year=2021)
    indexed(title="无地区报告", jurisdiction_code=None, year=None)
    page = client.get("/browse/coverage/").content.decode()
    assert 'href="/browse/coverage.csv"' in page and 'class="export-csv"' in page
    response = client.get("/browse/coverage.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:], newline="")))
    header = rows[0]
    assert header[:2] == ["province_code", "province"] and header[-2:] == ["年度不详", "total"]
    fujian = next(r for r in rows if r[1] == "福建省")
    assert fujian[0] == "350000"
    assert fujian[header.index("2023")] == "1" and fujian[header.index("2021")] == "1"
    assert fujian[-1] == "2"
    assert rows[-2][1] == "地区不详" and rows[-2][-1] == "1"
    assert rows[-1][1] == "合计" and rows[-1][-1] == "3"
