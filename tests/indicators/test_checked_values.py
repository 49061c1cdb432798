"""Staff confirm extracted values in the admin (人工核对); /indicators/?checked=1 lists only
values a person has checked (confirmed or corrected), the CSV and the API say which."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse

from reports.indicators.store import extract_and_store
from reports.models import Indicator

pytestmark = pytest.mark.django_db


def test_it_confirms_extracted_values_only_from_the_admin(staff, store_seed):
    report = store_seed()
    rows = list(report.indicators.order_by("number_start"))
    corrected = rows[0]
    corrected.status, corrected.corrected_value = "corrected", Decimal(16)
    corrected.save()

    response = staff.post(
        reverse("admin:reports_indicator_changelist"),
        {"action": "confirm", "_selected_action": [r.pk for r in rows]},
        follow=True,
    )

    assert response.status_code == 200
    assert f"已将 {len(rows) - 1} 个数值标记为人工核对" in response.content.decode()
    statuses = dict(Indicator.objects.filter(report=report).values_list("pk", "status"))
    assert statuses[corrected.pk] == "corrected"
    assert {statuses[r.pk] for r in rows[1:]} == {"confirmed"}
    # the time of the decision is recorded
    assert all(
        row.updated > rows[1].updated
        for row in Indicator.objects.filter(pk__in=[r.pk for r in rows[1:]])
    )


def test_it_keeps_a_confirmed_value_on_reextraction(store_seed):
    report = store_seed()
    row = report.indicators.get(key="review_accepted")
    Indicator.objects.filter(pk=row.pk).update(status="confirmed")

    extract_and_store(report=report)

    kept = Indicator.objects.get(report=report, key="review_accepted")
    assert (kept.pk, kept.status) == (row.pk, "confirmed")


def test_it_lists_only_checked_values_with_checked_1(client, store_seed):
    report = store_seed()
    row = report.indicators.get(key="review_accepted")
    Indicator.objects.filter(pk=row.pk).update(status="confirmed")

    everything = client.get("/indicators/?key=review_accepted")
    checked = client.get("/indicators/?key=review_accepted&checked=1")
    exported = client.get("/indicators/?key=review_accepted&checked=1&format=csv")
    other = client.get("/indicators/?key=review_correction_rate&checked=1")

    assert everything.status_code == checked.status_code == 200
    assert "人工核对" in checked.content.decode()
    assert len(checked.context["rows"]) == 1 and checked.context["rows"][0].indicator.pk == row.pk
    assert 'name="checked" value="1" checked' in checked.content.decode()
    assert "checked=1" in checked.context["csv_url"]
    lines = list(csv.reader(io.StringIO(exported.content.decode("utf-8")[1:])))
    assert lines[0][-1] == "核对" and [line[-1] for line in lines[1:]] == ["人工核对"]
    assert other.context["rows"] == []  # the rate was extracted, not checked
    assert "共 <strong>1</strong> 个数值，其中 1 个经人工核对" in everything.content.decode()


def test_it_says_in_the_api_whether_a_value_was_checked(client, store_seed):
    report = store_seed()
    Indicator.objects.filter(report=report, key="review_accepted").update(status="confirmed")

    values = client.get(f"/api/reports/{report.pk}").json()["indicators"]

    statuses = {v["key"]: v["status"] for v in values}
    assert statuses["review_accepted"] == "confirmed"
    assert statuses["review_correction_rate"] == "extracted"


@pytest.mark.parametrize("value", ["yes", "2", "<b>1</b>"])
def test_it_answers_a_bad_checked_value_with_a_400_in_chinese(client, store_seed, value):
    store_seed()

    response = client.get("/indicators/", {"checked": value})

    assert response.status_code == 400
    assert "核对条件无法识别" in response.content.decode()
    assert "<b>1</b>" not in response.content.decode()
