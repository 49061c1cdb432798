"""The seeds' values are stored with their sentences when the report is saved."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reports.models import Indicator

pytestmark = pytest.mark.django_db


def test_it_finds_the_ganxian_2020_values_with_their_sentences(store_seed):
    report = store_seed()

    rows = {row.key: row for row in report.indicators.all()}

    accepted, rate = rows["review_accepted"], rows["review_correction_rate"]
    assert (accepted.value, accepted.text) == (Decimal(15), "15起")
    assert "全区共受理行政复议案件15起" in accepted.evidence
    assert (rate.value, rate.text) == (Decimal("33.3"), "33.3%")
    assert "行政纠错率为33.3%" in rate.evidence
    assert accepted.anchor and report.sections.filter(anchor=accepted.anchor).exists()
    assert accepted.evidence in accepted.section.body


def test_it_stores_every_value_inside_its_sentence_and_the_text(seed_paths, store_seed):
    for path in seed_paths:
        store_seed(path.name)

    rows = list(Indicator.objects.select_related("report"))

    assert len(rows) >= 15
    for row in rows:
        assert row.text in row.evidence
        assert row.evidence in row.report.text
        assert row.report.text[row.number_start :].startswith(row.text)
