"""/indicators/: one indicator across places and years, filters, chart, CSV, bad parameters."""

from __future__ import annotations

import csv
import io

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeds(seed_paths, store_seed):
    return [store_seed(p.name) for p in seed_paths]


def test_it_tables_and_charts_one_indicator(client, seeds):
    response = client.get("/indicators/?key=review_concluded")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<caption" in html and "<svg" in html and 'role="img"' in html
    assert "办结行政复议案件<mark>33件</mark>" in html
    assert "#ind-" in html


def test_it_filters_by_province_and_year(client, seeds):
    html = client.get("/indicators/?key=review_accepted&province=江西&year=2020").content.decode()

    assert "赣县区" in html and "<mark>15起</mark>" in html
    other = client.get("/indicators/?key=review_accepted&province=福建省").content.decode()
    assert "<mark>15起</mark>" not in other and "没有符合条件的数值" in other


def test_it_exports_csv_with_a_bom(client, seeds):
    response = client.get("/indicators/?key=review_correction_rate&format=csv")

    body = response.content.decode("utf-8")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body[1:])))
    assert rows[0][:3] == ["指标", "地区", "省份"]
    values = {r[5] for r in rows[1:]}
    assert {"33.3", "1.56"} <= values
    assert all(
        r[10].startswith("http://testserver/reports/") and "#ind-" in r[10] for r in rows[1:]
    )


@pytest.mark.parametrize(
    "query",
    [
        "key=bogus",
        "province=火星",
        "year=abc",
        "level=city",
        "format=xml",
        "page=abc",
        "key=" + "x" * 5000,
        "province=%00",
        "key=review_accepted&year=1800",
    ],
)
def test_it_answers_a_bad_parameter_with_400_and_a_chinese_notice(client, db, query):
    response = client.get(f"/indicators/?{query}")

    assert response.status_code == 400
    html = response.content.decode()
    assert any(w in html for w in ("无法识别", "已忽略", "页码"))


def test_it_never_renders_evidence_as_html(client, store_seed, db):
    report = store_seed()
    report.indicators.filter(key="review_accepted").update(evidence="<script>x</script>15起")

    html = client.get("/indicators/?key=review_accepted").content.decode()

    assert "<script>x</script>" not in html and "&lt;script&gt;" in html
