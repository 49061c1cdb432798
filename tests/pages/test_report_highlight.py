"""Arriving from a search: query terms are marked in the text, with a way back to the results."""

from __future__ import annotations

import pytest

from reports.views.common import query_terms

pytestmark = pytest.mark.django_db


def test_it_splits_a_query_into_terms_without_quotes_or_operators():
    assert query_terms("行政复议 复议") == ["行政复议", "复议"]
    assert query_terms('"行政复议" AND (执法 OR 监督) -信访') == ["行政复议", "执法", "监督"]
    assert query_terms("“法治政府”　复议") == ["法治政府", "复议"]  # full-width quotes and space
    assert query_terms("   ") == []
    assert len(query_terms(" ".join(f"词{i}" for i in range(50)))) == 10


def test_it_marks_every_query_term_in_the_text(client, make_report):
    report = make_report()
    html = client.get(f"/reports/{report.pk}/", {"q": "行政复议 复议"}).content.decode()

    body = html[html.index('class="report-body"') :]
    assert "全年办理<mark>行政复议</mark>案件371件。" in body
    assert "设立<mark>复议</mark>受理窗口。" in body
    assert (
        '<h3 id="s1-1" class="section-heading">(一)深化<mark>行政复议</mark>体制改革</h3>' in body
    )


def test_it_names_the_terms_and_links_back_to_the_search(client, make_report):
    report = make_report()
    html = client.get(
        f"/reports/{report.pk}/", {"q": "行政复议 复议", "province": "福建省", "page": "2"}
    ).content.decode()

    assert "已高亮检索词：<mark>行政复议</mark> <mark>复议</mark>" in html
    assert (
        '<a href="/search/?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE+%E5%A4%8D%E8%AE%AE'
        '&amp;province=%E7%A6%8F%E5%BB%BA%E7%9C%81&amp;page=2">返回检索结果</a>'
    ) in html


def test_it_does_not_mark_excluded_terms_or_show_a_notice_without_a_query(client, make_report):
    report = make_report()
    html = client.get(f"/reports/{report.pk}/", {"q": "复议 -执法"}).content.decode()
    assert "<mark>执法</mark>" not in html and "<mark>复议</mark>" in html

    plain = client.get(f"/reports/{report.pk}/").content.decode()
    assert "<mark>" not in plain and "已高亮检索词" not in plain
