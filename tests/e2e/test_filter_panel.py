"""The filters on a phone: a collapsed "筛选" panel above the results that opens on a tap
and drills down province → prefecture; on a wide screen they stay beside the results."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.support import result_ids, screenshot

pytestmark = pytest.mark.e2e

RESULTS = "ol.result-list li.result"


def _no_horizontal_scroll(page, path: str) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{path}: the page is {width} px wide on a 375 px screen"


def test_it_collapses_the_filters_above_the_results_on_a_phone(phone_page, live_site, watch):
    page = phone_page
    page.goto("/search/?q=行政复议")
    toggle = page.locator("details.filters > summary")
    first = page.locator(RESULTS).first
    expect(toggle).to_be_visible()
    expect(toggle).to_have_text("筛选")
    expect(page.locator("details.filters")).not_to_have_attribute("open", re.compile(".*"))
    fujian = page.locator("aside.facets").get_by_role("link", name=re.compile("福建省"))
    expect(fujian).to_be_hidden()
    # Above the results, and the first result still on the first screen.
    assert toggle.bounding_box()["y"] + toggle.bounding_box()["height"] <= first.bounding_box()["y"]
    expect(first).to_be_in_viewport(ratio=0.1)
    _no_horizontal_scroll(page, page.url)
    screenshot(page, "filters-phone-closed")

    toggle.click()
    expect(page.locator("details.filters")).to_have_attribute("open", "")
    expect(fujian).to_be_visible()
    _no_horizontal_scroll(page, page.url)
    screenshot(page, "filters-phone-open")
    fujian.click()
    expect(page).to_have_url(re.compile(r"province=%E7%A6%8F%E5%BB%BA%E7%9C%81"))

    # A new page: closed again, saying how many filters are chosen; the drill-down inside.
    expect(toggle).to_have_text("筛选（已选 1 项）")
    expect(page.locator("details.filters")).not_to_have_attribute("open", re.compile(".*"))
    toggle.press("Enter")  # the keyboard opens it too
    prefectures = page.locator("section.facet").filter(
        has=page.get_by_role("heading", name="地级行政区")
    )
    nanping = prefectures.get_by_role("link", name=re.compile("南平市"))
    expect(nanping).to_be_visible()
    nanping.click()
    expect(page).to_have_url(re.compile(r"prefecture=%E5%8D%97%E5%B9%B3%E5%B8%82"))
    assert result_ids(page) == [live_site.report_id("南平市")]
    _no_horizontal_scroll(page, page.url)

    for path in ("/search/", "/search/?province=福建省&prefecture=南平市", "/browse/350700/"):
        page.goto(path)
        _no_horizontal_scroll(page, path)
    assert not watch.errors, watch.errors


def test_it_keeps_the_filters_beside_the_results_on_a_wide_screen(page, live_site):
    page.goto("/search/?q=行政复议&province=福建省")
    expect(page.locator("details.filters > summary")).to_be_hidden()
    facets = page.locator("aside.facets")
    expect(facets.get_by_role("heading", name="筛选")).to_be_visible()
    expect(facets.get_by_role("link", name=re.compile("南平市"))).to_be_visible()
    panel, results = facets.bounding_box(), page.locator("section.results").bounding_box()
    assert panel["x"] + panel["width"] <= results["x"], (panel, results)
    assert abs(panel["y"] - results["y"]) < 40, (panel, results)
    screenshot(page, "filters-desktop")


def test_it_offers_the_place_scoped_search_on_a_place_page(page, live_site):
    page.goto("/browse/350700/")
    page.get_by_role("link", name="在南平市范围内检索").click()
    expect(page).to_have_url(re.compile(r"prefecture=%E5%8D%97%E5%B9%B3%E5%B8%82"))
    assert result_ids(page) == [live_site.report_id("南平市")]
    expect(page.locator(".chips")).to_contain_text("地级行政区：南平市")
