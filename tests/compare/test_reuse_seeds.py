"""The five seeds (five different places, full reports): each compared with itself gives
1.0, any two different places stay far below 0.3."""

from __future__ import annotations

import itertools

import pytest

from reports.compare.service import compare_reports

pytestmark = pytest.mark.django_db


def test_it_gives_1_for_each_seed_compared_with_itself(seeds):
    for report in seeds:
        assert compare_reports(report, report).reuse == 1.0


def test_it_gives_under_0_3_for_two_different_places(seeds):
    places = {r.jurisdiction_id for r in seeds}
    assert len(places) == len(seeds)
    for a, b in itertools.permutations(seeds, 2):
        assert compare_reports(a, b).reuse < 0.3, (a.title, b.title)
