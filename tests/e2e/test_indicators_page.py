"""/indicators/ in a real browser: chart and table on a phone, a bar leads to its sentence."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.support import ARTIFACTS, screenshot

pytestmark = pytest.mark.e2e


def test_it_charts_an_indicator_and_links_each_value_to_its_sentence(phone_page, live_site, watch):
    page = phone_page
    page.goto("/indicators/?key=review_concluded")

    chart = page.locator("svg.indicator-chart")
    expect(chart).to_be_visible()
    expect(page.locator("table.indicator-table caption")).to_contain_text("行政复议审结/办结案件")
    assert page.locator("svg.indicator-chart rect.bar").count() >= 3
    assert page.locator("table.indicator-table tbody tr").count() >= 3
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page is {width} px wide on a 375 px screen"
    screenshot(page, "indicators-phone")

    page.locator("table.indicator-table tbody tr td.num a").first.click()
    expect(page).to_have_url(re.compile(r"/reports/\d+/#ind-\d+$"))
    item = page.locator(f"li#{page.url.split('#')[1]}")
    expect(item).to_be_visible()
    expect(item.locator("mark")).to_have_count(1)
    page.screenshot(path=str(ARTIFACTS / "indicators-report-section.png"))  # the screen shown
    assert watch.errors == []
