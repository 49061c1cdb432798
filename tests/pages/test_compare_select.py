"""Search results → tick two → 比较所选 (/reports/compare/?ids=a&ids=b → the comparison)."""

from __future__ import annotations

import pytest

from tests.compare.conftest import nanchang  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def test_it_puts_a_compare_checkbox_on_each_result(client, nanchang):  # noqa: F811
    html = client.get("/search/", {"q": "南昌县"}).content.decode()
    for report in nanchang.values():
        assert f'name="ids" value="{report.pk}" id="pick-{report.pk}"' in html
    assert '<form id="compare-form"' in html and "比较所选" in html


def test_it_redirects_two_ticked_reports_to_their_comparison_earlier_first(client, nanchang):  # noqa: F811
    new, old = nanchang[2023].pk, nanchang[2022].pk
    response = client.get("/reports/compare/", {"ids": [new, old]})
    assert response.status_code == 302
    assert response["Location"] == f"/reports/{old}/compare/{new}/"


@pytest.mark.parametrize("ids", [[], ["1"], ["1", "2", "3"]])
def test_it_answers_400_unless_two_are_ticked(client, nanchang, ids):  # noqa: F811
    response = client.get("/reports/compare/", {"ids": ids})
    assert response.status_code == 400
    assert "请选择两份报告进行比较。" in response.content.decode()


def test_it_answers_404_for_a_bad_id(client, nanchang):  # noqa: F811
    response = client.get("/reports/compare/", {"ids": ["abc", str(nanchang[2021].pk)]})
    assert response.status_code == 404
