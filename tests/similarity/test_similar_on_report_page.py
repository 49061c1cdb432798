"""The report page's "相似报告": other places' copies, with the share of shared text."""

from __future__ import annotations

import pytest

from reports.models import Jurisdiction
from tests.similarity.conftest import copy_text

pytestmark = pytest.mark.django_db


def test_it_lists_copies_of_other_places_only(client, seeds, seed_paths, save, wuyuan):
    source = seeds[0]  # 南平市 2023
    elsewhere = save(copy_text(seed_paths[0], "婺源县", 2021), jurisdiction=wuyuan)
    nanping = Jurisdiction.objects.get(code="350700")
    same_place = save(copy_text(seed_paths[0], "南平市", 2024), jurisdiction=nanping)

    page = client.get(source.get_absolute_url()).content.decode()
    assert "相似报告" in page
    section = page[page.index('id="similar-heading"') :]
    assert elsewhere.get_absolute_url() in section
    assert "共有文字约 " in section and "%" in section
    assert same_place.get_absolute_url() not in section  # the same place: 其他年度, not copying
    # The API keeps every similar report, the same place's included.
    ids = [row["id"] for row in client.get(f"/api/reports/{source.pk}/similar").json()]
    assert set(ids) == {elsewhere.pk, same_place.pk}


def test_it_shows_no_section_without_similar_reports(client, seeds):
    page = client.get(seeds[1].get_absolute_url()).content.decode()
    assert 'id="similar-heading"' not in page
