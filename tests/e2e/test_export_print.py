"""In a real browser: the export and feed links carry a filtered search's state, the
report page's copy controls give the permalinks, and printing hides the navigation."""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from playwright.sync_api import expect

from tests.e2e.support import screenshot

pytestmark = pytest.mark.e2e


def test_it_exports_the_filtered_search_it_shows(page, live_site, watch):
    page.goto("/search/?q=行政复议")
    page.locator("aside.facets").get_by_role("link", name=re.compile("福建省")).first.click()
    expect(page).to_have_url(re.compile(r"province=%E7%A6%8F%E5%BB%BA%E7%9C%81"))
    link = page.get_by_role("link", name="导出 CSV")
    expect(link).to_be_visible()
    href = link.get_attribute("href")
    assert urlsplit(href).path == "/search/export.csv"
    state = parse_qsl(urlsplit(href).query)
    assert ("q", "行政复议") in state and ("province", "福建省") in state
    assert urlsplit(page.get_by_role("link", name="订阅（Atom）").get_attribute("href")).query == (
        urlsplit(href).query
    )

    response = page.request.get(href)
    assert response.ok
    text = response.body().decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:], newline="")))[1:]
    api = json.loads(page.request.get(f"/api/search?{urlsplit(href).query}").body())
    assert len(rows) == api["count"] >= 1
    assert [int(r[0]) for r in rows[:20]] == [r["id"] for r in api["results"]]
    assert all(r[6] == "福建省" for r in rows)
    assert not watch.errors


def test_it_copies_a_section_link_and_prints_without_navigation(page, live_site, watch):
    report_id = live_site.report_id("南平市")
    page.goto(f"/reports/{report_id}/?q=行政复议")
    button = page.get_by_role("button", name=re.compile("^复制本节链接")).first
    expect(button).to_be_visible()
    anchor = button.get_attribute("data-copy-anchor")
    button.click()
    expect(button).to_have_attribute(
        "data-copied", f"{live_site.url}/reports/{report_id}/#{anchor}"
    )
    expect(page.get_by_role("button", name="复制引用")).to_be_visible()
    citation = page.locator("#citation-text").inner_text()
    api = json.loads(page.request.get(f"/api/reports/{report_id}").body())
    assert citation == api["citation"] and "[EB/OL]" in citation

    page.emulate_media(media="print")
    for hidden in (
        "header.site-header",
        "nav[aria-label=主导航]",
        "form.header-search",
        "nav.toc",
        "nav.crumbs",
        ".copy-actions",
        ".section-link",
        "footer.site-footer",
    ):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator("#report-title")).to_be_visible()
    expect(page.locator(".report-meta")).to_be_visible()
    expect(page.locator(".report-body")).to_be_visible()
    after = page.locator(".source-link").first
    if after.count():  # the source's address is printed after its name
        content = after.evaluate("a => getComputedStyle(a, '::after').content")
        assert "http" in content
    heading = page.locator(".section-heading").first
    assert heading.evaluate("h => getComputedStyle(h).breakAfter") == "avoid"
    screenshot(page, "print-report")
    page.emulate_media(media="screen")
    expect(page.locator("header.site-header")).to_be_visible()
    assert not watch.errors


def test_it_lists_the_newest_dump_on_an_accessible_data_page(open_page, live_site, axe_source):
    from tests.deploy.helpers import manage
    from tests.e2e.test_accessibility import AXE_RUN

    manage("export_archive", live_site.env["VAR_DIR"] + "/data/e2e", env=live_site.env)
    page = open_page(bypass_csp=True)  # axe is injected as an inline script
    page.goto("/data/")
    expect(page.get_by_role("heading", name=re.compile("^最新数据"))).to_be_visible()
    href = page.get_by_role("link", name="reports.jsonl.gz").get_attribute("href")
    response = page.request.get(href)
    assert response.ok and response.headers["content-type"] == "application/gzip"
    page.add_script_tag(content=axe_source)
    bad = [v for v in page.evaluate(AXE_RUN) if v["impact"] in ("serious", "critical")]
    assert bad == []
    screenshot(page, "data-page")
