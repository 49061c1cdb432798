"""GET /api/reports/<id> lists the report's indicators (rejected ones left out)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_it_lists_the_indicators_with_their_evidence(client, store_seed):
    report = store_seed()
    report.indicators.filter(key="enforcement_persons").update(status="rejected")

    data = client.get(f"/api/reports/{report.pk}").json()

    by_key = {item["key"]: item for item in data["indicators"]}
    assert by_key["review_accepted"] == {
        "key": "review_accepted",
        "label": "行政复议受理案件",
        "value": 15,
        "unit": "起",
        "text": "15起",
        "evidence": by_key["review_accepted"]["evidence"],
        "anchor": report.indicators.get(key="review_accepted").anchor,
        "status": "extracted",
    }
    assert by_key["review_correction_rate"]["value"] == 33.3
    assert "enforcement_persons" not in by_key
    for item in data["indicators"]:
        assert item["text"] in item["evidence"] and item["evidence"] in report.text
    assert "sections" in data and "title" in data  # the existing keys stay
