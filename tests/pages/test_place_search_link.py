"""A place page's "在…范围内检索" searches that very place, not its province."""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def reports(make_report, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return {
            "city": make_report(title="南平市报告", jurisdiction_code="350700"),
            "county": make_report(title="延平区报告", jurisdiction_code="350702"),
            "other": make_report(title="福州市报告", jurisdiction_code="350100"),
            "district": make_report(title="东城区报告", jurisdiction_code="110101"),
        }


def _scope_link(client, code: str) -> tuple[str, str]:
    page = client.get(f"/browse/{code}/").content.decode()
    ((href, label),) = re.findall(r'<a href="([^"]*)">(在[^<]*范围内检索)</a>', page)
    return html.unescape(href), label


def _found(client, href: str) -> set[int]:
    data = client.get(href.replace("/search/", "/api/search", 1)).json()
    return {r["id"] for r in data["results"]}


@pytest.mark.parametrize(
    ("code", "label", "query", "found"),
    [
        ("350000", "在福建省范围内检索", "province=福建省", {"city", "county", "other"}),
        ("350700", "在南平市范围内检索", "province=福建省&prefecture=南平市", {"city", "county"}),
        (
            "350702",
            "在延平区范围内检索",
            "province=福建省&prefecture=南平市&county=延平区",
            {"county"},
        ),
        ("110101", "在东城区范围内检索", "province=北京市&county=东城区", {"district"}),
    ],
)
def test_it_links_a_search_scoped_to_the_place(client, reports, code, label, query, found):
    href, shown = _scope_link(client, code)
    assert shown == label
    assert unquote(href) == f"/search/?{query}"
    assert _found(client, href) == {reports[k].pk for k in found}
    # The search page it opens shows the place as a chosen filter.
    page = client.get(href).content.decode()
    assert f"{label[1:-5]}<span aria-hidden" in page
