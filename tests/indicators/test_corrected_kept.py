"""A value staff corrected or rejected survives extract_indicators; the others are redone."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.management import call_command

from reports.models import Indicator

pytestmark = pytest.mark.django_db


def test_it_keeps_corrections_and_rejections_on_reextraction(store_seed, capsys):
    report = store_seed()
    accepted = report.indicators.get(key="review_accepted")
    rate = report.indicators.get(key="review_correction_rate")
    Indicator.objects.filter(pk=accepted.pk).update(status="corrected", corrected_value=16)
    Indicator.objects.filter(pk=rate.pk).update(status="rejected")
    before = report.indicators.count()

    call_command("extract_indicators", "--report", str(report.pk))

    accepted.refresh_from_db()
    rate.refresh_from_db()
    assert (accepted.status, accepted.corrected_value, accepted.current_value) == (
        "corrected",
        Decimal(16),
        Decimal(16),
    )
    assert rate.status == "rejected"
    assert report.indicators.count() == before
    assert report.indicators.shown().filter(key="review_correction_rate").count() == 0
    out = capsys.readouterr().out
    assert "共处理 1 份报告" in out and f"{before} 个指标值" in out


def test_it_answers_an_unknown_report_with_an_error(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="报告不存在"):
        call_command("extract_indicators", "--report", "999999")


def test_it_moves_kept_values_with_the_text(store_seed):
    from reports.indicators.store import extract_and_store

    report = store_seed()
    rows = list(report.indicators.order_by("number_start"))
    for row in rows:  # every value kept: each must move without meeting another's offset
        Indicator.objects.filter(pk=row.pk).update(status="rejected")
    report.text = "前言。\n" + report.text  # everything moves by the same few characters
    report.save(update_fields=["text"])

    extract_and_store(report=report)

    moved = {r.pk: r.number_start for r in report.indicators.all()}
    assert moved == {r.pk: r.number_start + 4 for r in rows}
    for row in report.indicators.all():
        assert report.text[row.number_start :].startswith(row.text)
