"""GET /api/reports/<id>: a stable JSON shape with the nested section tree."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_it_returns_the_report_with_its_nested_sections(client, make_report):
    report = make_report(
        jurisdiction_code="350781",
        issuer="邵武市人民政府",
        subunit="",
        level="county",
        source_name="邵武市人民政府网",
        source_url="https://www.shaowu.gov.cn/a/1.html",
    )
    response = client.get(f"/api/reports/{report.pk}")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    sections = data.pop("sections")
    preamble = data.pop("preamble")
    assert data.pop("indicators") == []  # reports/indicators: none in this sample text
    assert preamble == report.preamble
    # GB/T 7714 citation (tests/export/test_citation.py has its form)
    assert data.pop("citation").startswith(
        "邵武市人民政府. 南平市2023年度法治政府建设情况报告[EB/OL]"
    )
    assert data == {
        "id": report.pk,
        "url": f"http://testserver/reports/{report.pk}/",
        "title": "南平市2023年度法治政府建设情况报告",
        "doc_type": "annual",
        "doc_type_label": "年度报告",
        "year": 2023,
        "published": "2024-02-21",
        "issuer": "邵武市人民政府",
        "province": "福建省",
        "prefecture": "南平市",
        "county": "邵武市",
        "jurisdiction_code": "350781",
        "subunit": "",
        "level": "county",
        "source_name": "邵武市人民政府网",
        "source_url": "https://www.shaowu.gov.cn/a/1.html",
        "timeliness": {
            "deadline": "2024-03-31",
            "published": "2024-02-21",
            "status": "on_time",
            "days_late": None,
        },
    }
    assert [s["anchor"] for s in sections] == ["s1", "s2"]
    first = sections[0]
    assert first == {
        "anchor": "s1",
        "level": 1,
        "number": "一",
        "heading": "主要做法与成效",
        "body": "",
        "children": first["children"],
    }
    assert [c["anchor"] for c in first["children"]] == ["s1-1", "s1-2"]
    assert first["children"][0]["body"] == "全年办理行政复议案件371件。\n审结241件。"
    grandchild = first["children"][0]["children"][0]
    assert grandchild == {
        "anchor": "s1-1-1",
        "level": 3,
        "number": "1.",
        "heading": "畅通复议渠道",
        "body": "设立复议受理窗口。",
        "children": [],
    }


def test_it_returns_nulls_for_an_unplaced_undated_report(client, make_report):
    report = make_report(jurisdiction_code=None, published=None, year=None, sections=[])
    data = client.get(f"/api/reports/{report.pk}").json()

    assert data["published"] is None and data["year"] is None
    assert data["province"] is None and data["prefecture"] is None and data["county"] is None
    assert data["jurisdiction_code"] is None
    assert data["sections"] == []


def test_it_places_a_municipal_district_without_a_prefecture(client, make_report):
    report = make_report(jurisdiction_code="110101")
    data = client.get(f"/api/reports/{report.pk}").json()
    assert (data["province"], data["prefecture"], data["county"]) == ("北京市", None, "东城区")


@pytest.mark.parametrize("pk", ["999999", "abc", "99999999999999999999999", "-1", "1_0", "%201"])
def test_it_answers_unknown_ids_with_a_json_404(client, db, pk):
    response = client.get(f"/api/reports/{pk}")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"error": "报告不存在"}
