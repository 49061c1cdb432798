"""Staff correct or reject a value in the admin; a corrected value needs its number."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _post(client, row, **fields):
    url = reverse("admin:reports_indicator_change", args=[row.pk])
    return client.post(url, {"status": "extracted", "corrected_value": "", "note": "", **fields})


def test_it_saves_a_correction_and_keeps_it_on_reextraction(staff, store_seed):
    report = store_seed()
    row = report.indicators.get(key="review_accepted")

    response = _post(staff, row, status="corrected", corrected_value="16", note="据附表")

    assert response.status_code == 302
    row.refresh_from_db()
    assert (row.status, row.corrected_value, row.note) == ("corrected", Decimal(16), "据附表")
    from reports.indicators.store import extract_and_store

    extract_and_store(report=report)
    row.refresh_from_db()
    assert row.current_value == Decimal(16)
    assert staff.get(f"/api/reports/{report.pk}").json()["indicators"][0]["value"] == 16


def test_it_refuses_a_correction_without_a_number(staff, store_seed):
    row = store_seed().indicators.get(key="review_accepted")

    response = _post(staff, row, status="corrected")

    assert response.status_code == 200  # the form again, with its error
    row.refresh_from_db()
    assert row.status == "extracted"


def test_it_opens_the_report_and_indicator_lists(staff, store_seed):
    report = store_seed()

    assert staff.get(reverse("admin:reports_report_change", args=[report.pk])).status_code == 200
    listing = staff.get(
        reverse("admin:reports_indicator_changelist") + f"?report__id__exact={report.pk}"
    )
    assert listing.status_code == 200 and "15起" in listing.content.decode()
