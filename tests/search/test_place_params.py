"""Bad place values: the page searches without them and says so; the API answers 400."""

import pytest

BAD = [
    {"prefecture": "火星市"},
    {"county": "<script>alert(1)</script>"},
    {"code": "abc"},
    {"code": "999999"},
    {"code": "35070"},
    {"prefecture": "福建省"},  # a province is not a prefecture
    {"county": "南平市"},
    {"code": "350700' OR '1'='1"},
]


@pytest.mark.django_db
@pytest.mark.parametrize("params", BAD)
def test_it_answers_400_in_chinese_on_the_api(client, params):
    response = client.get("/api/search", {"q": "执法", **params})
    assert response.status_code == 400
    assert response.json()["error"].startswith("已忽略无法识别的")


@pytest.mark.django_db
@pytest.mark.parametrize("params", BAD)
def test_it_shows_a_notice_and_searches_without_the_value(client, make_report, params):
    report = make_report("南平报告", [("一、", "执法")], code="350700")
    response = client.get("/search/", {"q": "执法", **params})
    page = response.content.decode()
    assert response.status_code == 200
    assert "已忽略无法识别的" in page and "<script>alert" not in page
    assert f'href="/reports/{report.pk}/' in page  # searched as if the value were absent


@pytest.mark.django_db
def test_it_names_the_parameter_and_keeps_the_good_values(client, make_report):
    report = make_report("南平报告", [("一、", "执法")], code="350702")
    make_report("黄石报告", [("一、", "执法")], code="420200")
    response = client.get("/search/", {"q": "执法", "county": ["延平区", "无名县"]})
    page = response.content.decode()
    assert "已忽略无法识别的县级行政区：无名县" in page
    assert "共 1 份" in page and f'href="/reports/{report.pk}/' in page
    data = client.get("/api/search", {"q": "执法", "code": ["350702", "350700"]}).json()
    assert [r["id"] for r in data["results"]] == [report.pk]
    assert client.get("/api/search", {"code": "１２３"}).json()["error"] == (
        "已忽略无法识别的行政区划代码：１２３"
    )
