"""/reports/<a>/compare/<b>/: side by side, marks said in text, Chinese 404 for bad ids."""

from __future__ import annotations

import pytest

from tests.compare.conftest import nanchang  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def test_it_shows_both_reports_the_score_and_each_sentence_marked_in_words(client, nanchang):  # noqa: F811
    a, b = nanchang[2022], nanchang[2023]
    response = client.get(f"/reports/{a.pk}/compare/{b.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert a.title in html and b.title in html
    assert "沿用率 <strong>20%</strong>" in html
    # Status is text too (not only colour): a symbol and a hidden label per sentence.
    assert '<span class="visually-hidden">近似沿用：</span>強化領導干部“關鍵少數' in html
    assert '<span class="visually-hidden">新增：</span>' in html
    assert '<span class="visually-hidden">删去：</span>' in html
    assert f'href="/reports/{b.pk}/compare/{a.pk}/">交换甲乙' in html
    assert f'href="/api/reports/{a.pk}/compare/{b.pk}"' in html


@pytest.mark.parametrize(
    "path",
    [
        "abc/compare/1",
        "1/compare/abc",
        "999999/compare/1",
        "1/compare/99999999999999999999999",
        "١/compare/1",
    ],
)
def test_it_answers_a_chinese_404_for_a_bad_or_missing_id(client, nanchang, path):  # noqa: F811
    first = nanchang[2021].pk
    response = client.get(
        f"/reports/{path.replace('1', str(first), 1) if path.startswith('1') else path}/"
    )
    assert response.status_code == 404
    assert "要比较的报告不存在或已被删除。" in response.content.decode()


def test_it_escapes_report_text(client, make_report):
    evil = "<script>alert(1)</script>开展法治政府示范创建活动，取得成效。"
    a = make_report(preamble=evil, title="甲<b>报告</b>")
    b = make_report(preamble=evil, year=2024)
    html = client.get(f"/reports/{a.pk}/compare/{b.pk}/").content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "甲<b>报告</b>" not in html


def test_it_links_the_report_page_to_the_comparison_with_the_previous_year(client, nanchang):  # noqa: F811
    html = client.get(f"/reports/{nanchang[2022].pk}/").content.decode()
    assert (
        f'<a href="/reports/{nanchang[2021].pk}/compare/{nanchang[2022].pk}/">与上一年度比较</a>'
        in html
    )
    assert f'<a href="/reports/{nanchang[2022].pk}/compare/{nanchang[2023].pk}/">' in html
