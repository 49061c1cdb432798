"""A seed copied with only its place and year replaced is found as the most similar report."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from tests.similarity.conftest import copy_text

pytestmark = pytest.mark.django_db


def similar(client, report_id: int) -> list[dict]:
    response = client.get(f"/api/reports/{report_id}/similar")
    assert response.status_code == 200
    return response.json()


@pytest.mark.parametrize("index", [0, 1, 3, 4])
def test_it_finds_the_source_when_the_copy_is_saved(client, seeds, seed_paths, save, wuyuan, index):
    copy = save(copy_text(seed_paths[index], "婺源县", 2021), jurisdiction=wuyuan)
    source = seeds[index]
    found = similar(client, copy.pk)
    assert found[0]["id"] == source.pk
    assert found[0]["similarity"] >= 0.9
    assert all(row["similarity"] < 0.5 for row in found[1:])
    # Both directions: the source lists its copy first too.
    assert similar(client, source.pk)[0] == {"id": copy.pk, "similarity": found[0]["similarity"]}


def test_it_finds_the_source_after_compute_similar(client, seeds, seed_paths, save, wuyuan):
    copy = save(copy_text(seed_paths[4], "婺源县", 2019), jurisdiction=wuyuan)
    call_command("compute_similar", verbosity=0)
    found = similar(client, copy.pk)
    assert [row["id"] for row in found][:1] == [seeds[4].pk]
    assert found[0]["similarity"] >= 0.9


def test_it_keeps_different_places_apart(client, seeds):
    call_command("compute_similar", verbosity=0)
    # The five real seeds are five places' own reports: none copies another.
    for report in seeds:
        assert similar(client, report.pk) == []
