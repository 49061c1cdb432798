"""The report page: metadata, place links, outline ↔ anchors, paragraphs, other years, staff notes."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User

from reports.models import Section
from tests.pages.conftest import sample_sections

pytestmark = pytest.mark.django_db


def _toc(html: str) -> str:
    return html[
        html.index('<nav class="toc"') : html.index("</nav>", html.index('<nav class="toc"'))
    ]


def test_it_shows_the_metadata_and_links_each_place_to_its_browse_page(client, make_report):
    report = make_report(
        jurisdiction_code="350781",
        issuer="邵武市人民政府",
        source_name="邵武市人民政府网",
        source_url="https://www.shaowu.gov.cn/a/1.html",
        level="county",
    )
    html = client.get(f"/reports/{report.pk}/").content.decode()

    assert (
        '<h1 id="report-title" class="report-title">南平市2023年度法治政府建设情况报告</h1>' in html
    )
    assert "年度报告" in html
    assert "2024年2月21日" in html and 'datetime="2024-02-21"' in html
    assert "邵武市人民政府" in html
    for code, name in [("350000", "福建省"), ("350700", "南平市"), ("350781", "邵武市")]:
        assert f'<a href="/browse/{code}/">{name}</a>' in html
    assert '<a href="https://www.shaowu.gov.cn/a/1.html" rel="noopener noreferrer nofollow"' in html
    # Breadcrumbs end at the report itself.
    assert '<span aria-current="page">' in html


def test_it_links_the_outline_to_the_section_anchors_in_order(client, make_report):
    report = make_report()
    html = client.get(f"/reports/{report.pk}/").content.decode()

    anchors = list(report.sections.order_by("position").values_list("anchor", flat=True))
    assert anchors == ["s1", "s1-1", "s1-1-1", "s1-2", "s2"]
    assert re.findall(r'href="#([\w-]+)"', _toc(html)) == anchors
    assert re.findall(r'<h\d id="([\w-]+)" class="section-heading"', html) == anchors
    # The outline nests like the sections: (一) sits in a list inside 一、's item.
    assert re.search(r"一、主要做法与成效</a>\s*<ol>\s*<li><a href=\"#s1-1\"", _toc(html))


def test_it_gives_nested_sections_nested_heading_levels(client, make_report):
    report = make_report()
    html = client.get(f"/reports/{report.pk}/").content.decode()

    assert '<h2 id="s1" class="section-heading">一、主要做法与成效</h2>' in html
    assert '<h3 id="s1-1" class="section-heading">(一)深化行政复议体制改革</h3>' in html
    assert '<h4 id="s1-1-1" class="section-heading">1. 畅通复议渠道</h4>' in html


def test_it_splits_section_bodies_and_the_preamble_into_paragraphs(client, make_report):
    report = make_report(preamble="第一段导语。\n\n第二段导语。")
    html = client.get(f"/reports/{report.pk}/").content.decode()

    assert "<p>全年办理行政复议案件371件。</p><p>审结241件。</p>" in html
    assert "<p>第一段导语。</p><p>第二段导语。</p>" in html


def test_it_shows_the_full_text_when_the_report_has_no_sections(client, make_report):
    report = make_report(sections=[], preamble="", text="没有章节的报告。\n第二行。")
    html = client.get(f"/reports/{report.pk}/").content.decode()

    assert "<p>没有章节的报告。</p><p>第二行。</p>" in html
    assert 'class="toc"' not in html


def test_it_fetches_all_sections_in_one_query_whatever_their_number(
    client, make_report, django_assert_num_queries
):
    small = make_report()
    big = make_report(title="大报告", sections=sample_sections() * 10)  # 50 sections
    assert Section.objects.filter(report=big).count() == 50

    # report (with its places) + sections + other years of the same place + indicators
    # + similar reports
    with django_assert_num_queries(5):
        client.get(f"/reports/{small.pk}/")
    with django_assert_num_queries(5):
        response = client.get(f"/reports/{big.pk}/")
    assert response.content.decode().count('class="section-heading"') == 50


def test_it_renders_only_http_source_urls_as_links(client, make_report):
    report = make_report(source_name="来源网站", source_url="javascript:alert(1)")
    html = client.get(f"/reports/{report.pk}/").content.decode()

    assert 'href="javascript:' not in html
    assert "来源网站" in html


def test_it_offers_the_original_download_only_when_there_is_one(client, make_report):
    with_file = make_report(original=b"text", original_name="a.txt")
    without = make_report(title="无原件")

    assert (
        f'href="/reports/{with_file.pk}/original"'
        in client.get(f"/reports/{with_file.pk}/").content.decode()
    )
    assert "/original" not in client.get(f"/reports/{without.pk}/").content.decode()


def test_it_links_the_same_places_reports_of_other_years(client, make_report):
    current = make_report(year=2023)
    older = make_report(title="南平市2022年度法治政府建设情况报告", year=2022)
    elsewhere = make_report(title="福州市2022年度报告", jurisdiction_code="350100", year=2022)
    department = make_report(
        title="南平市司法局2023年度报告", subunit="南平市司法局", level="department"
    )
    dept_older = make_report(
        title="南平市司法局2022年度报告", subunit="南平市司法局", level="department", year=2022
    )

    html = client.get(f"/reports/{current.pk}/").content.decode()
    section = html[html.index('class="other-years"') :]
    assert f'href="/reports/{older.pk}/"' in section
    assert f'href="/reports/{elsewhere.pk}/"' not in section
    assert f'href="/reports/{department.pk}/"' not in section  # another unit of the same city

    dept_html = client.get(f"/reports/{department.pk}/").content.decode()
    dept_section = dept_html[dept_html.index('class="other-years"') :]
    assert f'href="/reports/{dept_older.pk}/"' in dept_section  # same subunit
    assert f'href="/reports/{current.pk}/"' in dept_section  # and the city government's own


def test_it_shows_parser_warnings_to_staff_only(client, make_report):
    report = make_report(warnings=["未能识别发布日期"])
    assert "未能识别发布日期" not in client.get(f"/reports/{report.pk}/").content.decode()

    staff = User.objects.create_user("editor", password="pw", is_staff=True)
    client.force_login(staff)
    html = client.get(f"/reports/{report.pk}/").content.decode()
    assert "解析提示（仅管理员可见）" in html and "未能识别发布日期" in html


def test_it_answers_an_unknown_report_with_a_chinese_404_page(client, db):
    response = client.get("/reports/999999/")
    assert response.status_code == 404
    assert "报告不存在" in response.content.decode()

    huge = client.get("/reports/99999999999999999999999/")
    assert huge.status_code == 404


def test_it_shows_an_unplaced_report_without_breadcrumbs_or_other_years(client, make_report):
    report = make_report(jurisdiction_code=None)
    html = client.get(f"/reports/{report.pk}/").content.decode()

    assert "<dt>地区</dt><dd>" in html and "地区不详" in html
    assert 'class="crumbs"' not in html and 'class="other-years"' not in html


def test_it_keeps_the_outline_usable_without_javascript(client, make_report):
    report = make_report()
    html = client.get(f"/reports/{report.pk}/").content.decode()

    # Open by default: the script only folds it on narrow screens.
    assert '<nav class="toc" aria-label="目录">\n      <details open>' in html
    assert '<script src="/static/js/reports.js" defer></script>' in html
    assert "<script>" not in html  # no inline script (CSP)
