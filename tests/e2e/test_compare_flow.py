"""Compare in a real browser: tick two search results → 比较所选 → the side-by-side page;
stacked on a phone without sideways scrolling; nothing serious for axe-core."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.test_accessibility import AXE_RUN

pytestmark = pytest.mark.e2e


def test_it_compares_two_ticked_search_results(page, live_site, watch):
    page.goto("/search/?q=法治政府")
    button = page.get_by_role("button", name="比较所选")
    expect(button).to_be_disabled()
    boxes = page.get_by_label("选择比较")
    boxes.nth(0).check()
    expect(button).to_be_disabled()
    boxes.nth(1).check()
    expect(button).to_be_enabled()
    button.click()
    expect(page).to_have_url(re.compile(r"/reports/\d+/compare/\d+/$"))
    expect(page.get_by_role("heading", name="报告比较")).to_be_visible()
    expect(page.locator(".compare-score")).to_contain_text("沿用率")
    assert not watch.errors, watch.errors


def test_it_stacks_the_two_sides_on_a_phone(phone_page, live_site):
    page = phone_page
    a, b = live_site.report_id("洛宁县"), live_site.report_id("南平市")
    page.goto(f"/reports/{a}/compare/{b}/")
    row = page.locator(".compare-row").filter(has=page.locator(".compare-col.is-a .sentences"))
    left, right = row.first.locator(".compare-col.is-a"), row.first.locator(".compare-col.is-b")
    box_a, box_b = left.bounding_box(), right.bounding_box()
    assert box_b["y"] >= box_a["y"] + box_a["height"] - 1  # below, not beside
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the compare page is {width} px wide on a 375 px screen"


def test_it_has_no_serious_axe_violations_on_compare_and_promises(open_page, live_site, axe_source):
    page = open_page(bypass_csp=True)
    a, b = live_site.report_id("洛宁县"), live_site.report_id("南平市")
    for path in [f"/reports/{a}/compare/{b}/", f"/reports/{a}/"]:
        assert page.goto(path).status == 200
        page.add_script_tag(content=axe_source)
        serious = [v for v in page.evaluate(AXE_RUN) if v["impact"] in {"serious", "critical"}]
        assert not serious, (path, serious)
    expect(page.locator(".promises")).to_contain_text("持续加强法治队伍建设")
