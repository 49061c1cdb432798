"""/api/trends and /trends/ check every parameter: a bad one answers 400 with a Chinese
message on the API and a notice on the page, never a 500."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_it_answers_the_documented_shape(client, seeds):
    body = client.get("/api/trends", {"q": "行政复议,证照分离"}).json()
    assert set(body) == {"terms", "series"}
    assert body["terms"] == ["行政复议", "证照分离"]
    first = body["series"][0]
    assert set(first) == {"term", "points"}
    assert first["points"][0] == {"year": 2020, "reports": 1, "matching": 1}
    by_province = client.get("/api/trends", {"q": "行政复议", "by": "province"}).json()
    assert {p["province"] for p in by_province["series"][0]["points"]} == {
        "福建省",
        "湖北省",
        "浙江省",
        "江西省",
        "河南省",
    }


def test_it_splits_repeated_and_comma_separated_terms(client, seeds):
    body = client.get("/api/trends", {"q": ["行政复议，证照分离", "柔性执法", "行政复议"]}).json()
    assert body["terms"] == ["行政复议", "证照分离", "柔性执法"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "检索词"),
        ({"q": ""}, "检索词"),
        ({"q": ",，, "}, "检索词"),
        ({"q": "a,b,c,d,e,f,g"}, "最多可同时比较 6 个"),
        ({"q": "行政复议", "by": "county"}, "统计维度"),
        ({"q": "行政复议", "mode": "fuzzy"}, "检索模式"),
        ({"q": "行政复议", "province": "火星"}, "省份"),
        ({"q": "行政复议", "year": "abc"}, "年度"),
        ({"q": "行政复议", "page": "abc"}, "页码"),
    ],
)
def test_it_answers_400_in_chinese_for_a_bad_parameter(client, seeds, params, message):
    response = client.get("/api/trends", params)
    assert response.status_code == 400
    assert message in response.json()["error"]


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"q": "a,b,c,d,e,f,g"}, "最多可同时比较 6 个检索词"),
        ({"q": "行政复议", "by": "county"}, "统计维度无法识别"),
        ({"q": "行政复议", "province": "火星"}, "已忽略无法识别的省份"),
        ({"q": "行" * 300}, "检索词过长"),
    ],
)
def test_it_shows_a_notice_on_the_page_and_still_answers(client, seeds, params, notice):
    response = client.get("/trends/", params)
    assert response.status_code == 200
    assert notice in response.content.decode()


def test_it_compares_at_most_six_terms_on_the_page(client, seeds):
    html = client.get("/trends/", {"q": "a,b,c,d,e,f,g"}).content.decode()
    assert html.count("<polyline") == 6


def test_it_renders_400_for_a_bad_page_number(client, seeds):
    response = client.get("/trends/", {"q": "行政复议", "page": "-1"})
    assert response.status_code == 400
    assert "页码" in response.content.decode()


def test_it_applies_the_search_filters_and_keeps_only_the_selected_years(client, seeds):
    body = client.get("/api/trends", {"q": "行政复议", "year": "2023", "type": "annual"}).json()
    assert body["series"][0]["points"] == [{"year": 2023, "reports": 3, "matching": 3}]
    province = client.get(
        "/api/trends", {"q": "行政复议", "by": "province", "province": ["福建", "河南省"]}
    ).json()
    points = province["series"][0]["points"]
    assert [p["province"] for p in points] == ["福建省", "河南省"]
    for point in points:
        search = client.get("/api/search", {"q": "行政复议", "province": point["province"]})
        assert point["matching"] == search.json()["count"] == 1
