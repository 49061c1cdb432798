"""/browse/coverage/<code>/<year>/export.csv: the same list as CSV, UTF-8 with a BOM."""

from __future__ import annotations

import csv
import io

import pytest

from reports.models import Jurisdiction

pytestmark = pytest.mark.django_db


def test_it_exports_one_row_a_division_with_a_bom(client, make_report):
    report = make_report(jurisdiction_code="350781", year=2023)
    response = client.get("/browse/coverage/350700/2023/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="coverage-350700-2023.csv"' in response["Content-Disposition"]
    body = response.content
    assert body.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == ["区划代码", "名称", "层级", "上级", "年度", "有无报告", "报告数", "报告链接"]
    counties = Jurisdiction.objects.filter(parent__code="350700").count()
    assert len(rows) == 1 + 1 + counties  # header, 南平市 itself, its counties
    by_code = {r[0]: r for r in rows[1:]}
    assert by_code["350700"][1:7] == ["南平市", "地级", "福建省", "2023", "无", "0"]
    assert by_code["350781"] == [
        "350781",
        "邵武市",
        "县级",
        "南平市",
        "2023",
        "有",
        "1",
        f"http://testserver/reports/{report.pk}/",
    ]


def test_it_answers_404_for_an_unknown_place(client):
    assert client.get("/browse/coverage/990000/2023/export.csv").status_code == 404
