"""The trends page in chromium: a chart and its table, on a wide screen and a phone; a
table cell opens the search that lists those reports; axe finds nothing serious."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.support import screenshot
from tests.e2e.test_accessibility import AXE_RUN

pytestmark = pytest.mark.e2e

TRENDS = "/trends/?q=行政复议,证照分离,柔性执法"


def test_it_renders_a_chart_and_its_table(page, live_site, watch):
    page.goto("/")
    page.get_by_role("link", name=re.compile("检索词趋势")).click()
    expect(page).to_have_url(re.compile(r"/trends/$"))
    page.goto(TRENDS)
    chart = page.locator("figure.trends-chart svg")
    expect(chart).to_be_visible()
    expect(chart.locator("polyline")).to_have_count(3)
    assert chart.bounding_box()["height"] > 100
    table = page.get_by_role("table", name=re.compile("各年度匹配报告数"))
    expect(table).to_be_visible()
    expect(table.locator("thead th")).to_have_text(
        ["年度", "报告数", "行政复议", "证照分离", "柔性执法"]
    )
    years = table.locator("tbody th[scope=row]").all_inner_texts()
    assert years == sorted(years) and "2023" in years
    # As many chart points as table cells, each point a link.
    expect(chart.locator("a circle")).to_have_count(3 * len(years))
    screenshot(page, "trends")

    row = table.locator("tbody tr").filter(has=page.locator("th", has_text="2023"))
    cell = row.locator("td").nth(1).locator("a").first  # 行政复议 in 2023
    shown = int(cell.inner_text())
    cell.click()
    expect(page).to_have_url(re.compile(r"/search/\?q=.*&year=2023"))
    expect(page.locator("#results-title")).to_contain_text(f"共 {shown} 份")
    assert not watch.errors, watch.errors


def test_it_fits_a_phone_and_shows_provinces(phone_page, live_site, watch):
    phone_page.goto(TRENDS)
    expect(phone_page.locator("figure.trends-chart svg")).to_be_visible()
    width = phone_page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 375, width  # the table scrolls inside its own region, not the page
    screenshot(phone_page, "trends-phone")
    phone_page.get_by_role("link", name="按省份").click()
    expect(phone_page).to_have_url(re.compile(r"by=province"))
    table = phone_page.get_by_role("table", name=re.compile("各省份匹配报告数"))
    expect(table.locator("tbody th", has_text="福建省")).to_be_visible()
    expect(table.locator("svg.trends-bar").first).to_be_attached()
    screenshot(phone_page, "trends-province")
    assert not watch.errors, watch.errors


def test_it_has_no_serious_axe_violations(open_page, live_site, axe_source):
    page = open_page(bypass_csp=True)  # axe is injected as an inline script
    failures = {}
    for path in (TRENDS, TRENDS + "&by=province", "/trends/"):
        assert page.goto(path).status == 200
        page.add_script_tag(content=axe_source)
        serious = [v for v in page.evaluate(AXE_RUN) if v["impact"] in {"serious", "critical"}]
        if serious:
            failures[path] = serious
    assert not failures, failures
