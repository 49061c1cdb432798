"""GET /api/reports/<a>/compare/<b>: the stable shape external checks read."""

from __future__ import annotations

import pytest

from tests.compare.conftest import nanchang  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def test_it_returns_reuse_and_the_aligned_sections(client, nanchang):  # noqa: F811
    a, b = nanchang[2022], nanchang[2023]
    response = client.get(f"/api/reports/{a.pk}/compare/{b.pk}")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    data = response.json()
    assert 0.1 <= data["reuse"] <= 0.25
    assert data["a"]["id"] == a.pk and data["b"]["id"] == b.pk
    for section in data["sections"]:
        assert {"a_anchor", "b_anchor", "reuse", "added", "removed"} <= set(section)
        assert 0 <= section["reuse"] <= 1
    paired = [s for s in data["sections"] if s["a_anchor"] and s["b_anchor"]]
    carried = next(s for s in paired if s["reused"])
    assert carried["reused"][0].startswith("強化領導干部“關鍵少數")
    anchors = {s.anchor for s in b.sections.all()} | {"preamble"}
    assert {s["b_anchor"] for s in data["sections"] if s["b_anchor"]} <= anchors


def test_it_returns_1_for_a_report_compared_with_itself(client, nanchang):  # noqa: F811
    pk = nanchang[2021].pk
    data = client.get(f"/api/reports/{pk}/compare/{pk}").json()
    assert data["reuse"] == 1.0
    assert all(s["added"] == [] and s["removed"] == [] for s in data["sections"])


@pytest.mark.parametrize(
    "a,b",
    [
        ("abc", "1"),
        ("1", "x"),
        ("0", "1"),
        ("1", "123456789012345678901"),
        ("-1", "1"),
        ("1", "1.0"),
        ("1", "%EF%BC%91"),  # full-width １
        ("1", "%00"),
    ],
)
def test_it_answers_json_404_for_a_bad_or_missing_id(client, nanchang, a, b):  # noqa: F811
    real = str(nanchang[2021].pk)
    response = client.get(
        f"/api/reports/{a if a != '1' else real}/compare/{b if b != '1' else real}"
    )
    assert response.status_code == 404
    assert response.json() == {"error": "报告不存在"}


def test_it_compares_reports_without_sections_as_one_text(client, make_report):
    a = make_report(sections=[], preamble="开展行政复议工作。全年办理案件64件。")
    b = make_report(sections=[], preamble="开展行政复议工作。全年办理案件71件。", year=2024)
    data = client.get(f"/api/reports/{a.pk}/compare/{b.pk}").json()
    assert data["reuse"] == 0.5
    (section,) = data["sections"]
    assert section["a_anchor"] == section["b_anchor"] == "preamble"
    assert section["added"] == ["全年办理案件71件。"]
    assert section["removed"] == ["全年办理案件64件。"]
