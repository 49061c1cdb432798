"""GET /api/reports/<id>/similar: a JSON list, and a JSON 404 for a bad or unknown id."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("bad", ["abc", "99999", "0", "-1", "1_0", "１", "١", "9" * 40, "%20"])
def test_it_answers_404_json_for_a_bad_id(client, seeds, bad):
    response = client.get(f"/api/reports/{bad}/similar")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"error": "报告不存在"}


def test_it_answers_an_empty_list_for_a_report_without_similar_reports(client, seeds):
    response = client.get(f"/api/reports/{seeds[0].pk}/similar")
    assert response.status_code == 200
    assert response.json() == []
