"""/feeds/new/ and /feeds/search/ are Atom 1.0, read here by a real feed parser."""

from __future__ import annotations

import feedparser
import pytest

pytestmark = pytest.mark.django_db


def _parsed(client, path, params=None):
    response = client.get(path, params or {})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def test_it_lists_new_reports_with_their_metadata(client, indexed):
    report = indexed(issuer="南平市人民政府", source_url="https://www.np.gov.cn/a/1.html")
    feed = _parsed(client, "/feeds/new/")
    (entry,) = feed.entries
    assert entry.title == report.title
    assert entry.link == f"http://testserver/reports/{report.pk}/"
    assert entry.id == f"http://testserver/reports/{report.pk}/"
    assert entry.author == "南平市人民政府"
    assert entry.published.startswith("2024-02-21")
    assert entry.updated_parsed is not None
    assert entry.summary.startswith("福建省 · 南平市 · 2023年度 · 年度报告")
    assert "南平市深入贯彻落实习近平法治思想" in entry.summary


def test_it_puts_a_report_added_after_a_read_at_the_top(client, indexed):
    for i in range(3):
        indexed(title=f"南平市{2019 + i}年度法治政府建设情况报告", year=2019 + i)
    before = _parsed(client, "/feeds/new/")
    search_before = _parsed(client, "/feeds/search/", {"q": "南平市"})
    added = indexed(title="南平市2018年度法治政府建设情况报告", year=2018)
    after = _parsed(client, "/feeds/new/")
    assert after.entries[0].title == added.title
    assert [e.id for e in after.entries[1:]] == [e.id for e in before.entries]
    search_after = _parsed(client, "/feeds/search/", {"q": "南平市"})
    assert search_after.entries[0].title == added.title
    assert len(search_after.entries) == len(search_before.entries) + 1


def test_it_feeds_only_the_reports_the_search_lists(client, indexed):
    mine = indexed(title="南平市2023年度法治政府建设情况报告")
    indexed(title="福州市2023年度法治政府建设情况报告", jurisdiction_code="350100")
    feed = _parsed(client, "/feeds/search/", {"q": "行政复议", "prefecture": "南平市"})
    assert [e.title for e in feed.entries] == [mine.title]
    assert "行政复议" in feed.feed.title and "南平市" in feed.feed.title
    assert feed.feed.link.startswith("http://testserver/search/?q=")


@pytest.mark.parametrize(
    "params", [{"page": "abc"}, {"mode": "fuzzy"}, {"province": "火星"}, {"code": "1"}]
)
def test_it_answers_400_not_500_to_a_bad_parameter(client, indexed, params):
    indexed()
    response = client.get("/feeds/search/", params)
    assert response.status_code == 400
    assert "检索参数有误" in response.content.decode()


def test_it_escapes_hostile_text_in_entries(client, indexed):
    indexed(title="<script>alert(1)</script>报告", preamble="<img src=x onerror=alert(1)>导语")
    feed = _parsed(client, "/feeds/new/")
    (entry,) = feed.entries
    assert entry.title == "<script>alert(1)</script>报告"
    # The summary is HTML: the text's markup arrives escaped, as text, never as an element.
    assert "&lt;img src=x onerror=alert(1)&gt;导语" in entry.summary
    assert "<img" not in entry.summary


def test_it_keeps_the_exact_mode_in_the_feed_link(client, indexed):
    indexed()
    feed = _parsed(client, "/feeds/search/", {"q": "行政复议", "mode": "exact"})
    assert feed.feed.link.endswith("mode=exact")
    assert len(feed.entries) == 1
