"""The trends page on the five seeds: a chart and its table by year, bars by province, each
number a link to the search that lists those reports; the state in the URL."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.django_db

HREF = re.compile(r'href="([^"]+)"')


def _links(html: str, prefix: str) -> list[str]:
    return [unescape(h) for h in HREF.findall(html) if unescape(h).startswith(prefix)]


def test_it_draws_a_line_per_term_and_a_table_of_the_same_counts(client, seeds):
    response = client.get("/trends/", {"q": "行政复议，证照分离"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<polyline") == 2
    assert '<caption id="trends-caption">' in html
    assert '<th scope="col">行政复议</th>' in html and '<th scope="col">证照分离</th>' in html
    api = client.get("/api/trends", {"q": ["行政复议", "证照分离"]}).json()
    rows = re.findall(r'<th scope="row">(\d{4})</th>', html)
    assert rows == [str(p["year"]) for p in api["series"][0]["points"]] == ["2020", "2023"]
    for series in api["series"]:
        for point in series["points"]:
            query = {"q": [series["term"]], "year": [str(point["year"])]}
            links = [u for u in _links(html, "/search/?") if parse_qs(urlsplit(u).query) == query]
            assert links, query  # the chart's point and the table's cell
            found = client.get("/api/search", query).json()["count"]
            assert found == point["matching"]
            assert f">{point['matching']}</a>" in html


def test_it_shows_provinces_as_bars_linked_to_the_search(client, seeds):
    response = client.get("/trends/", {"q": "行政复议", "by": "province", "mode": "exact"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<polyline" not in html and 'class="trends-bar"' in html
    for province in ("福建省", "湖北省", "浙江省", "江西省", "河南省"):
        assert f'<th scope="row">{province}</th>' in html
        query = {"q": ["行政复议"], "province": [province], "mode": ["exact"]}
        assert any(parse_qs(urlsplit(u).query) == query for u in _links(html, "/search/?"))


def test_it_keeps_the_filters_and_mode_in_every_link(client, seeds):
    response = client.get("/trends/", {"q": "行政复议", "province": "福建", "mode": "exact"})
    html = response.content.decode()
    searches = [parse_qs(urlsplit(u).query) for u in _links(html, "/search/?")]
    cells = [q for q in searches if q.get("q") == ["行政复议"] and "year" in q]
    assert cells and all(q["province"] == ["福建省"] and q["mode"] == ["exact"] for q in cells)
    assert cells[0]["year"] == ["2023"]
    by_province = [u for u in _links(html, "/trends/?") if "by=province" in u]
    assert by_province and "province=%E7%A6%8F%E5%BB%BA%E7%9C%81" in by_province[0]


def test_it_offers_examples_without_terms(client, seeds):
    response = client.get("/trends/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "试试这些比较" in html and "<polyline" not in html
    assert _links(html, "/trends/?q=")


def test_it_escapes_the_terms(client, seeds):
    response = client.get("/trends/", {"q": "<script>alert(1)</script>"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_it_links_to_trends_from_the_search_and_home_pages(client, seeds):
    html = client.get("/search/", {"q": "行政复议", "year": "2023", "mode": "exact"}).content
    trends = _links(html.decode(), "/trends/")
    assert trends, "no 趋势 link on the search page"
    assert parse_qs(urlsplit(trends[0]).query) == {
        "q": ["行政复议"],
        "year": ["2023"],
        "mode": ["exact"],
    }
    assert _links(client.get("/").content.decode(), "/trends/")
