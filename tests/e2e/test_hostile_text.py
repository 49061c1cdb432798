"""Markup inside a report's text is shown as text and never runs (CSP bypassed on purpose)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.e2e.support import HOSTILE_LINE, result_ids

pytestmark = pytest.mark.e2e

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def test_it_shows_script_and_img_markup_literally(open_page, live_site, watch):
    # With the site's CSP a forgotten escape would still be blocked: test the escaping itself.
    page = open_page(bypass_csp=True)
    page.goto(f"/reports/{live_site.hostile_id}/")
    main = page.get_by_role("main")
    expect(page.get_by_role("heading", level=1)).to_contain_text(SCRIPT)
    expect(main).to_contain_text(IMG)
    expect(main).to_contain_text(HOSTILE_LINE)
    expect(main.locator("img[src='x']")).to_have_count(0)
    expect(main.locator("script")).to_have_count(0)

    # Search results: the title, and a highlighted snippet right next to the markup.
    page.goto("/search/?q=群众反映")
    assert live_site.hostile_id in result_ids(page)
    result = page.locator("ol.result-list li.result").filter(
        has=page.locator(f".result__title a[href^='/reports/{live_site.hostile_id}/']")
    )
    expect(result.locator(".result__title")).to_contain_text(SCRIPT)
    expect(result.locator(".snippet__text mark").first).to_be_visible()
    expect(result.locator(".snippet__text")).to_contain_text("onerror=alert(1)")
    expect(result.locator("img, script")).to_have_count(0)

    # The report page reached from the result, with the terms highlighted.
    result.locator(".result__title a").click()
    expect(page.locator(".report-body mark").first).to_be_visible()
    expect(main).to_contain_text(IMG)
    expect(main.locator("img[src='x'], main script")).to_have_count(0)

    page.goto("/search/?q=" + quote(SCRIPT))
    expect(page.locator("#q")).to_have_value(SCRIPT)
    expect(page.locator("#results-title")).to_contain_text(SCRIPT)
    assert watch.dialogs == [], watch.dialogs
    assert watch.errors == [], watch.errors
