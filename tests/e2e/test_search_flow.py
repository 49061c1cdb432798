"""Search, facets, the report page and its outline, browse and coverage, in chromium."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.e2e.support import result_ids, screenshot

pytestmark = pytest.mark.e2e

RESULTS = "ol.result-list li.result"


def test_it_searches_highlights_filters_and_jumps_to_a_section(page, live_site, watch):
    page.goto("/")
    expect(page).to_have_title(re.compile("法治报告库"))
    screenshot(page, "home")

    page.get_by_role("main").get_by_role("searchbox").fill("行政复议")
    page.get_by_role("main").get_by_role("searchbox").press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE"))
    results = page.locator(RESULTS)
    expect(results.first).to_be_visible()
    # Every sample report mentions 行政复议, each with a highlighted snippet.
    assert live_site.seed_ids <= set(result_ids(page))
    marks = page.locator(f"{RESULTS} .snippet__text mark")
    expect(marks.first).to_be_visible()
    marked = set(marks.all_inner_texts())
    assert marked and all(text in "行政复议" for text in marked), marked
    for result in results.all():
        expect(result.locator(".snippet__text mark").first).to_be_attached()
    screenshot(page, "results")

    page.locator("aside.facets").get_by_role("link", name=re.compile("福建省")).click()
    expect(page).to_have_url(re.compile(r"province="))
    expect(results).to_have_count(1)
    nanping = live_site.report_id("南平市")
    assert result_ids(page) == [nanping]
    expect(page.locator("aside.facets a[aria-current='true']")).to_contain_text("福建省")

    results.first.locator(".result__title a").click()
    expect(page).to_have_url(re.compile(rf"/reports/{nanping}/"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("南平市")
    expect(page.locator(".report-body mark").first).to_be_visible()  # terms carried over
    screenshot(page, "report")

    toc_links = page.locator("nav.toc a[href^='#']")
    expect(toc_links.first).to_be_visible()
    assert toc_links.count() >= 3
    target = toc_links.nth(toc_links.count() - 1)  # the last section: far below the fold
    anchor = target.get_attribute("href")[1:]
    section = page.locator(f"[id='{anchor}']")
    expect(section).not_to_be_in_viewport()
    target.click()
    expect(page).to_have_url(re.compile(f"#{re.escape(anchor)}$"))
    expect(section).to_be_in_viewport()
    assert not watch.errors, watch.errors


def test_it_browses_every_report_with_an_empty_query(page, live_site):
    page.goto("/search/")
    expect(page.locator(RESULTS).first).to_be_visible()
    expect(page.locator("#results-title")).to_contain_text("全部报告")
    facets = page.locator("aside.facets section.facet")
    for title in ("省份", "年度", "类型"):
        facet = facets.filter(has=page.get_by_role("heading", name=title))
        expect(facet.locator("li a").first).to_be_visible()
    listed = set(result_ids(page))
    assert len(live_site.seed_ids) == 5
    assert live_site.seed_ids <= listed
    # Everything in the archive when the session started (uploads of other tests may add).
    assert set(live_site.reports) <= listed
    screenshot(page, "browse-all")


def test_it_links_every_coverage_cell_to_a_matching_search(page, live_site):
    page.goto("/browse/coverage/")
    expect(page.locator("table.coverage")).to_be_visible()
    cells = page.locator("table.coverage tbody td:not(.total) a")
    expect(cells.first).to_be_visible()
    targets = [(link.get_attribute("href"), int(link.inner_text())) for link in cells.all()]
    assert targets

    _, first_count = targets[0]
    cells.first.click()
    expect(page).to_have_url(re.compile(r"/search/\?"))
    params = parse_qs(urlsplit(page.url).query)
    assert params.get("province") and params.get("year"), page.url
    expect(page.locator(RESULTS)).to_have_count(first_count)

    for href, count in targets[1:]:
        page.goto(href)
        expect(page.locator(RESULTS)).to_have_count(count)
        assert count >= 1


def test_it_fits_the_search_page_on_a_phone(phone_page):
    page = phone_page
    for path in ("/", "/search/?q=行政复议", "/search/"):
        page.goto(path)
        expect(page.get_by_role("main").get_by_role("searchbox")).to_be_visible()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"{path}: the page is {width} px wide on a 375 px screen"
    box = page.get_by_role("main").get_by_role("searchbox")
    box.fill("行政复议")
    box.press("Enter")
    expect(page.locator(RESULTS).first).to_be_in_viewport(ratio=0.1)
    screenshot(page, "results-phone")
