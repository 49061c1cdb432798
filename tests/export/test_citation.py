"""Report pages cite themselves in GB/T 7714-2015 style; the API gives the same text."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest
from django.utils import timezone

from reports.citation import gbt7714


def test_it_formats_an_electronic_resource():
    assert gbt7714(
        issuer="南平市人民政府",
        title="南平市2023年度法治政府建设情况报告",
        published=date(2024, 2, 21),
        source_url="https://www.np.gov.cn/a/1.html",
        permalink="https://fazhi.example.org/reports/3/",
        cited=date(2026, 12, 2),
    ) == (
        "南平市人民政府. 南平市2023年度法治政府建设情况报告[EB/OL]. (2024-02-21)[2026-12-02]. "
        "https://www.np.gov.cn/a/1.html. 法治报告库存档: https://fazhi.example.org/reports/3/."
    )


def test_it_cites_an_unknown_author_and_date_as_the_standard_says():
    assert gbt7714(
        issuer="",
        title="某县报告",
        published=None,
        source_url="",
        permalink="https://fazhi.example.org/reports/4/",
        cited=date(2026, 1, 5),
    ) == ("佚名. 某县报告[EB/OL]. [2026-01-05]. https://fazhi.example.org/reports/4/.")


@pytest.mark.django_db
def test_it_shows_the_api_citation_on_the_page_with_copy_controls(client, make_report):
    report = make_report(issuer="南平市人民政府", source_url="https://www.np.gov.cn/a/1.html")
    citation = client.get(f"/api/reports/{report.pk}").json()["citation"]
    today = timezone.localdate().isoformat()
    assert citation == (
        f"南平市人民政府. {report.title}[EB/OL]. (2024-02-21)[{today}]. "
        f"https://www.np.gov.cn/a/1.html. 法治报告库存档: http://testserver/reports/{report.pk}/."
    )
    page = client.get(f"/reports/{report.pk}/?q=行政复议").content.decode()
    (shown,) = re.findall(r'<p class="citation__text" id="citation-text">([^<]*)</p>', page)
    assert html.unescape(shown) == citation
    assert 'data-copy-from="citation-text"' in page
    anchors = re.findall(r'data-copy-anchor="([^"]+)"', page)
    assert anchors == ["s1", "s1-1", "s1-1-1", "s1-2", "s2"]
    assert page.count(">复制本节链接</button>") == 5
    assert "js/copy" in page


@pytest.mark.django_db
def test_it_leaves_a_non_web_source_out_of_the_citation(client, make_report):
    report = make_report(issuer="某局", source_name="档案")
    citation = client.get(f"/api/reports/{report.pk}").json()["citation"]
    assert citation.endswith(f"]. http://testserver/reports/{report.pk}/.")
