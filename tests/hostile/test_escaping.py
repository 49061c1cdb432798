"""Report text is always escaped; around it we emit only our own <mark> (and <em>).

A report whose title and body carry script, event handlers and javascript: links is
shown on the search page, the report page and through the API: the only tags inside the
parts made of report text are the highlighter's.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from reports.ingest import save_report
from reports.parsing import parse_upload
from tests.e2e.support import HOSTILE_REPORT

pytestmark = pytest.mark.django_db
OUR_MARKUP = {"mark", "em"}


class TagsInside(HTMLParser):
    """Tags (and href values) found inside elements with one of `classes`."""

    def __init__(self, classes: set[str]) -> None:
        super().__init__()
        self.classes = classes
        self.depth = 0
        self.tags: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href") is not None:
            self.hrefs.append(attributes["href"])
        if self.depth:
            self.depth += 1
            self.tags.append(tag)
        elif set((attributes.get("class") or "").split()) & self.classes:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1


@pytest.fixture
def hostile(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return save_report(parsed=parse_upload(HOSTILE_REPORT.encode(), "hostile.txt"))


def _inside(page: str, classes: set[str]) -> TagsInside:
    parser = TagsInside(classes)
    parser.feed(page)
    return parser


@pytest.mark.parametrize("q", ["问题", "行政复议", "script", "alert", "img", "onerror"])
def test_it_shows_only_our_mark_inside_search_snippets_and_titles(client, hostile, q):
    page = client.get("/search/", {"q": q}).content.decode()

    found = _inside(page, {"snippet__text", "result__title"})
    assert set(found.tags) <= OUR_MARKUP | {"a"}
    assert not [h for h in found.hrefs if h.lower().lstrip().startswith("javascript")]
    assert "<script>alert" not in page and "<img src=x" not in page


def test_it_finds_the_hostile_report_and_shows_its_markup_as_text(client, hostile):
    page = client.get("/search/", {"q": "问题"}).content.decode()

    assert f"/reports/{hostile.pk}/" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_it_sends_api_snippets_with_only_mark_tags(client, hostile):
    data = client.get("/api/search", {"q": "问题 行政复议"}).json()

    assert [r["id"] for r in data["results"]] == [hostile.pk]
    for snippet in data["results"][0]["snippets"]:
        tags = set(re.findall(r"</?([a-zA-Z][a-zA-Z0-9]*)", snippet["html"]))
        assert tags <= OUR_MARKUP, snippet["html"]
    assert "<script>" in data["results"][0]["title"]  # JSON carries the title as data


def test_it_escapes_the_report_page_with_and_without_highlighting(client, hostile):
    for path in [hostile.get_absolute_url(), f"{hostile.get_absolute_url()}?q=问题+alert"]:
        page = client.get(path).content.decode()
        main = page.split('<main id="main"', 1)[1].split("</main>", 1)[0]
        tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", main))
        assert "script" not in tags and "img" not in tags and "iframe" not in tags
        assert "onerror=alert(1)>" not in main
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in re.sub(r"</?mark>", "", main)
