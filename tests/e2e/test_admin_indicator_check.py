"""A staff user checks a report's extracted values in a real browser: from the report's admin
page to the values still to check, each sentence with its number marked; confirms one, and the
public report page says so."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.support import screenshot

pytestmark = pytest.mark.e2e


def test_it_confirms_a_value_from_the_checking_list(admin_page, live_site, watch):
    page = admin_page
    report_id = live_site.report_id("赣县区")
    page.goto(f"/admin/reports/report/{report_id}/change/")
    waiting = page.get_by_role("link", name=re.compile(r"\d+ 个待核对"))
    expect(waiting).to_be_visible()
    before = int(re.match(r"(\d+)", waiting.inner_text()).group(1))
    waiting.click()

    expect(page).to_have_url(re.compile(rf"report__id__exact={report_id}.*status__exact=extracted"))
    row = page.locator("#result_list tbody tr", has=page.locator("mark", has_text="15起"))
    expect(row).to_have_count(1)
    expect(row).to_contain_text("全区共受理行政复议案件15起")
    screenshot(page, "admin-indicator-check")
    row.locator("input.action-select").check()
    page.select_option("select[name=action]", "confirm")
    page.get_by_role("button", name=re.compile("执行|Go|运行")).click()
    expect(page.locator(".messagelist")).to_contain_text("已将 1 个数值标记为人工核对")
    # The list of values still to check is one shorter.
    expect(page.locator("#result_list tbody tr")).to_have_count(before - 1)

    page.goto(f"/reports/{report_id}/")
    item = page.locator("li", has=page.locator("mark", has_text="15起"))
    expect(item).to_contain_text("已人工核对")

    # Put the shared site back as it was for the other tests.
    page.goto(f"/admin/reports/indicator/?report__id__exact={report_id}&status__exact=confirmed")
    page.locator("#result_list tbody tr a").first.click()
    page.select_option("#id_status", "extracted")
    page.get_by_role("button", name=re.compile("^保存$")).click()
    expect(page.locator(".messagelist")).to_be_visible()
    assert not watch.errors, watch.errors
