"""/similar/: clusters of reports sharing a template; its parameters are checked."""

from __future__ import annotations

import pytest

from reports.models import Jurisdiction
from tests.similarity.conftest import copy_text

pytestmark = pytest.mark.django_db


def test_it_lists_a_template_shared_by_three_places(client, seeds, seed_paths, save, wuyuan):
    second = Jurisdiction.objects.get(name="长汀县")
    copies = [
        save(copy_text(seed_paths[4], "婺源县", 2022), jurisdiction=wuyuan),
        save(copy_text(seed_paths[4], "长汀县", 2022), jurisdiction=second),
    ]
    response = client.get("/similar/", {"min": "0.9"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "共 1 组" in page
    assert "3 份报告" in page
    for report in [seeds[4], *copies]:
        assert report.get_absolute_url() in page
    assert seeds[0].get_absolute_url() not in page


@pytest.mark.parametrize(
    "params", [{"min": "0.1"}, {"min": "<b>"}, {"page": "abc"}, {"page": "0"}, {"page": "-1"}]
)
def test_it_answers_400_in_chinese_for_a_bad_parameter(client, db, params):
    response = client.get("/similar/", params)
    assert response.status_code == 400
    page = response.content.decode()
    assert "参数有误" in page
    assert ("相似度 min 应为" in page) == ("min" in params)
    assert "<b>" not in page and "valid" not in page


def test_it_lists_nothing_in_an_empty_archive(client, db):
    response = client.get("/similar/", {"page": "7"})
    assert response.status_code == 200
    assert "共 0 组" in response.content.decode()
