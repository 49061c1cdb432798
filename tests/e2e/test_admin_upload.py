"""A staff user uploads a GBK-encoded report, checks the preview, saves it, finds it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.support import REPORT_HREF, screenshot

pytestmark = pytest.mark.e2e

# A county report of the usual shape; 莲乡法治驿站 occurs in no sample report.
GBK_REPORT = """湘潭县人民政府关于2022年度法治政府建设情况的报告

发布时间：2023-02-20　来源：湘潭县司法局

2022年，湘潭县在市委、市政府和县委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面推进法治政府建设。现将有关情况报告如下：

一、主要工作及成效

（一）依法全面履行政府职能。深化“放管服”改革，县级政务服务事项网上可办率达到98%。

（二）严格规范公正文明执法。全面推行行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，在全县17个乡镇设立莲乡法治驿站。

（三）依法化解矛盾纠纷。全年办理行政复议案件41件，行政机关负责人出庭应诉率100%。

二、存在的问题

部分乡镇执法力量薄弱，执法人员法治素养有待提升。

三、2023年工作打算

持续深化法治政府示范创建，推动莲乡法治驿站提质扩面。

湘潭县人民政府
2023年2月20日
"""


def test_it_uploads_a_gbk_report_and_finds_it_by_search(admin_page, live_site, watch):
    page = admin_page
    page.goto("/admin/reports/report/upload/")
    page.set_input_files(
        "#id_file",
        files=[
            {
                "name": "湘潭县2022年法治政府建设报告.txt",
                "mimeType": "text/plain",
                "buffer": GBK_REPORT.encode("gb18030"),
            }
        ],
    )
    page.fill("#id_source_url", "http://www.xiangtan.gov.cn/2023/0220/fzzf.html")
    page.get_by_role("button", name="提取并预览").click()

    metadata = page.locator("#extracted-metadata")
    expect(metadata).to_be_visible()
    # Decoded from GBK, not mojibake; the metadata the parser found, ready to edit.
    expect(page.locator("#id_title")).to_have_value(re.compile("湘潭县.*2022年度法治政府建设"))
    expect(page.locator("#id_year")).to_have_value("2022")
    expect(page.locator("#id_jurisdiction_code")).to_have_value("430321")
    # <input type=date> takes only yyyy-mm-dd; read what the server rendered into it.
    rendered_date = page.locator("#id_published").get_attribute("value")
    outline = page.locator("#extracted-outline")
    for heading in ("主要工作及成效", "存在的问题", "2023年工作打算"):
        expect(outline).to_contain_text(heading)
    screenshot(page, "upload-preview")

    page.get_by_role("button", name="确认保存").click()
    expect(page).to_have_url(re.compile(r"/admin/reports/report/\d+/change/"))
    report_id = int(re.search(r"/report/(\d+)/change/", page.url).group(1))
    expect(page.locator(".messagelist")).to_contain_text("已保存")

    # Searchable within 5 s: poll the public search from the page (either gunicorn worker).
    page.wait_for_function(
        """async (id) => {
            const r = await fetch('/search/?mode=exact&q=' + encodeURIComponent('莲乡法治驿站'));
            return (await r.text()).includes('/reports/' + id + '/');
        }""",
        arg=report_id,
        polling=250,
        timeout=5_000,
    )
    # The default (words) mode ranks the literal match first; exact mode finds it alone.
    page.goto("/search/?q=莲乡法治驿站")
    first = page.locator("ol.result-list .result__title a").first
    assert int(REPORT_HREF.search(first.get_attribute("href")).group(1)) == report_id
    page.goto("/search/?q=莲乡法治驿站&mode=exact")
    titles = page.locator("ol.result-list .result__title a")
    expect(titles).to_have_count(1)
    assert int(REPORT_HREF.search(titles.first.get_attribute("href")).group(1)) == report_id
    expect(page.locator(".snippet__text mark").first).to_be_visible()
    titles.first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("湘潭县")
    expect(page.locator("nav.toc")).to_contain_text("存在的问题")
    assert not watch.errors, watch.errors
    # Last, so that the steps above still run while it fails: the publication date must
    # survive the preview (a localised 2023/02/20 is empty to the browser and is lost).
    assert rendered_date == "2023-02-20", f"preview rendered published={rendered_date!r}"
    expect(page.locator(".report-meta time")).to_have_attribute("datetime", "2023-02-20")
