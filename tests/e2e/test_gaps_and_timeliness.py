"""Issue 16 in the browser, on a phone: the coverage page's picker leads to the list of who
has a 2023 report in 福建省 and who does not; the report page says whether it was public on
time; the timeliness summary links to the search. No horizontal scroll, no axe failures."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.support import screenshot

pytestmark = pytest.mark.e2e

AXE_RUN = """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
    .filter(v => ['serious', 'critical'].includes(v.impact)).map(v => v.id)"""


def _no_horizontal_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{page.url}: the page is {width} px wide on a 375 px screen"


def test_it_leads_from_the_coverage_matrix_to_the_gaps_of_a_province(phone_page, live_site):
    page = phone_page
    page.goto("/browse/coverage/")
    page.get_by_label("省份", exact=True).select_option(label="福建省")
    page.get_by_label("年度", exact=True).select_option("2023")
    page.get_by_role("button", name="查看各地级、县级行政区").click()
    expect(page).to_have_url(re.compile(r"/browse/coverage/350000/2023/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "福建省 2023 年度：哪些地方有年度报告"
    )
    nanping = page.locator("section.coverage-group").filter(
        has=page.get_by_role("heading", name="南平市")
    )
    expect(nanping.locator(".status-yes").first).to_be_visible()  # 南平市本级: 有
    expect(page.get_by_role("table", name=re.compile("各层级覆盖情况"))).to_be_visible()
    _no_horizontal_scroll(page)
    screenshot(page, "coverage-levels-phone")
    page.get_by_role("link", name="只看缺报告的").click()
    expect(page).to_have_url(re.compile(r"\?show=missing$"))
    expect(page.locator("table.coverage-list .status-yes")).to_have_count(0)  # counties


def test_it_says_on_the_report_page_whether_it_was_public_on_time(phone_page, live_site):
    page = phone_page
    page.goto(f"/reports/{live_site.report_id('南平市')}/")
    expect(page.locator(".timeliness dd")).to_contain_text("按时公开")
    _no_horizontal_scroll(page)


def test_it_links_the_timeliness_summary_to_the_search(phone_page, live_site):
    page = phone_page
    page.goto("/browse/timeliness/?year=2023")
    table = page.get_by_role("table", name=re.compile("各省份各年度"))
    row = table.get_by_role("row").filter(has=page.get_by_role("link", name="福建省"))
    row.locator("td.t-on_time a").click()
    expect(page).to_have_url(re.compile(r"timeliness=on_time"))
    expect(page.locator("ol.result-list li.result")).to_have_count(1)
    expect(page.get_by_role("link", name=re.compile("公开时效：按时公开"))).to_be_visible()


def test_it_has_no_serious_axe_violations_on_the_new_pages(open_page, live_site, axe_source):
    page = open_page(bypass_csp=True)
    for path in ("/browse/coverage/350000/2023/", "/browse/timeliness/"):
        assert page.goto(path).status == 200
        page.add_script_tag(content=axe_source)
        assert page.evaluate(AXE_RUN) == [], path
