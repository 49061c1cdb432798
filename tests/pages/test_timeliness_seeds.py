"""The `timeliness` key of GET /api/reports/<id> and the report page's wording, on the five
seed pages imported through the real parser (their published dates are read from the page)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reports.ingest import save_report
from reports.parsing import parse_upload

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


@pytest.fixture
def seeds() -> dict[str, int]:
    return {
        p.name[:3]: save_report(parsed=parse_upload(p.read_bytes(), p.name)).pk
        for p in sorted(SEEDS.glob("*.txt"))
    }


def _timeliness(client, pk: int):
    response = client.get(f"/api/reports/{pk}")
    assert response.status_code == 200
    return response.json()["timeliness"]


@pytest.mark.parametrize(
    ("seed", "published"),
    [("000", "2024-02-21"), ("001", "2024-02-28"), ("004", "2024-03-05")],  # 南平 黄石 洛宁
)
def test_it_finds_the_2023_reports_of_the_seeds_on_time(client, seeds, seed, published):
    assert _timeliness(client, seeds[seed]) == {
        "deadline": "2024-03-31",
        "published": published,
        "status": "on_time",
        "days_late": None,
    }


def test_it_gives_null_for_the_reply_letter(client, seeds):
    data = client.get(f"/api/reports/{seeds['002']}").json()
    assert data["doc_type"] == "reply"
    assert data["timeliness"] is None


def test_it_answers_unknown_for_the_seed_without_a_published_date(client, seeds):
    assert _timeliness(client, seeds["003"]) == {  # 赣县区 2020: the page gives no date
        "deadline": "2021-03-31",
        "published": None,
        "status": "unknown",
        "days_late": None,
    }


def test_it_shows_the_timeliness_on_the_report_page(client, seeds):
    page = client.get(f"/reports/{seeds['000']}/").content.decode()
    assert "<dt>是否按时公开</dt><dd>按时公开" in page
    assert "公开期限 2024年3月31日" in page
    assert page.count("<time ") == 1  # the published date's only
    assert "第二十四条" in page
    unknown = client.get(f"/reports/{seeds['003']}/").content.decode()
    assert "<dd>发布日期未知" in unknown
    reply = client.get(f"/reports/{seeds['002']}/").content.decode()
    assert "是否按时公开" not in reply


def test_it_shows_the_days_late_on_the_report_page(client, make_report):
    report = make_report(year=2022, published=date(2023, 4, 11))
    page = client.get(f"/reports/{report.pk}/").content.decode()
    assert "<dd>逾期 11 天" in page
    assert client.get(f"/api/reports/{report.pk}").json()["timeliness"]["days_late"] == 11
