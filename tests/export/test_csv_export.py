"""/search/export.csv: every matching report, in the search's order, readable Chinese."""

from __future__ import annotations

import csv
import io

import pytest

from search.exports import CSV_COLUMNS

pytestmark = pytest.mark.django_db


def _rows(response) -> list[list[str]]:
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8 Chinese right
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))


def test_it_exports_every_match_not_one_page(client, indexed):
    made = [
        indexed(title=f"南平市{2000 + i}年度法治政府建设情况报告", year=2000 + (i % 20))
        for i in range(25)
    ]
    indexed(title="福州市报告", jurisdiction_code="350100", preamble="与复议无关的导语。")
    params = {"q": "南平市", "sort": "year"}
    api = client.get("/api/search", params).json()
    response = client.get("/search/export.csv", params)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert response["X-Result-Count"] == str(api["count"])
    header, *rows = _rows(response)
    assert tuple(header) == CSV_COLUMNS
    assert len(rows) == api["count"] == 25
    # The search's own order: its first page is the export's first 20 rows.
    assert [int(r[0]) for r in rows[:20]] == [r["id"] for r in api["results"]]
    assert {int(r[0]) for r in rows} == {r.pk for r in made}


def test_it_writes_the_columns_as_the_api_reads_them(client, indexed):
    report = indexed(
        title="南平市2023年度法治政府建设情况报告",
        issuer="南平市人民政府",
        source_url="https://www.np.gov.cn/a/1.html",
    )
    (row,) = _rows(client.get("/search/export.csv", {"q": "行政复议"}))[1:]
    cells = dict(zip(CSV_COLUMNS, row, strict=True))
    api = client.get(f"/api/reports/{report.pk}").json()
    assert cells["url"] == api["url"] == f"http://testserver/reports/{report.pk}/"
    for key in ("title", "doc_type", "province", "prefecture", "issuer", "source_url", "level"):
        assert cells[key] == api[key], key
    assert cells["year"] == "2023" and cells["published"] == "2024-02-21"
    assert cells["county"] == "" and cells["jurisdiction_code"] == "350700"
    assert "行政复议案件371件" in cells["snippets"] and "<mark>" not in cells["snippets"]


def test_it_names_the_file_after_the_query_and_date(client, indexed):
    indexed()
    disposition = client.get("/search/export.csv", {"q": "行政复议"})["Content-Disposition"]
    assert "filename*=utf-8''fazhi-" in disposition
    assert "%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE" in disposition  # 行政复议
