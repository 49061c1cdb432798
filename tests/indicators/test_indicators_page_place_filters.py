"""/indicators/ applies every search filter its form accepts: below the province, the type
and the timeliness, not only province, level and year."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db
GANXIAN_VALUE = "<mark>15起</mark>"  # 赣县区 2020: 全区共受理行政复议案件15起


@pytest.fixture
def seeds(seed_paths, store_seed):
    return [store_seed(p.name) for p in seed_paths]


def _page(client, query: str) -> str:
    response = client.get(f"/indicators/?key=review_accepted&{query}")
    assert response.status_code == 200
    return response.content.decode()


def test_it_filters_below_the_province(client, seeds):
    assert GANXIAN_VALUE in _page(client, "county=赣县区")
    assert GANXIAN_VALUE in _page(client, "prefecture=赣州市")
    assert GANXIAN_VALUE not in _page(client, "county=洛宁县")


def test_it_filters_by_code(client, seeds):
    ganxian = next(r for r in seeds if r.jurisdiction and r.jurisdiction.name == "赣县区")
    assert GANXIAN_VALUE in _page(client, f"code={ganxian.jurisdiction.code}")
    assert GANXIAN_VALUE not in _page(client, "code=350700")  # 南平市


def test_it_filters_by_type_and_timeliness(client, seeds):
    assert GANXIAN_VALUE in _page(client, "type=annual")
    assert GANXIAN_VALUE not in _page(client, "type=reply")
    assert GANXIAN_VALUE in _page(client, "timeliness=unknown")  # the page gives no date
    assert GANXIAN_VALUE not in _page(client, "timeliness=on_time")
