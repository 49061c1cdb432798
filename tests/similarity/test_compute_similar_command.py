"""manage.py compute_similar: a signature for every report, pairs stored both ways, rerunnable."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from reports.models import Report, ReportSignature, SimilarPair
from tests.similarity.conftest import copy_text

pytestmark = pytest.mark.django_db


def test_it_signs_every_report_and_stores_both_directions(capsys, seeds, seed_paths, save, wuyuan):
    copy = save(copy_text(seed_paths[1], "婺源县", 2020), jurisdiction=wuyuan)
    before = set(SimilarPair.objects.values_list("report_id", "other_id", "similarity"))
    call_command("compute_similar")
    out = capsys.readouterr().out
    assert "报告 6 份" in out and "相似记录 2 条" in out
    assert set(ReportSignature.objects.values_list("report_id", flat=True)) == set(
        Report.objects.values_list("pk", flat=True)
    )
    pairs = set(SimilarPair.objects.values_list("report_id", "other_id", "similarity"))
    assert {(a, b) for a, b, _ in pairs} == {(copy.pk, seeds[1].pk), (seeds[1].pk, copy.pk)}
    # The incremental update on save had found the same pair, with the same figure.
    assert pairs == before
    call_command("compute_similar", verbosity=0)
    assert set(SimilarPair.objects.values_list("report_id", "other_id", "similarity")) == pairs


def test_it_forgets_a_deleted_report(client, seeds, seed_paths, save, wuyuan):
    copy = save(copy_text(seed_paths[1], "婺源县", 2020), jurisdiction=wuyuan)
    copy.delete()
    assert not SimilarPair.objects.exists()
    assert client.get(f"/api/reports/{seeds[1].pk}/similar").json() == []
