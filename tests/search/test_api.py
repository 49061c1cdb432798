import pytest


@pytest.mark.django_db
def test_it_answers_the_documented_json_shape(client, make_report):
    report = make_report(
        "南平市2023年度法治政府建设情况",
        [("一、行政复议", "深化行政复议体制改革。"), ("二、其他", "行政复议宣传。")],
        code="350700",
        year=2023,
        level="prefecture",
    )
    data = client.get("/api/search", {"q": "行政复议", "province": "福建省"}).json()
    assert data["count"] == 1 and data["page"] == 1
    (hit,) = data["results"]
    assert hit["id"] == report.pk and hit["url"] == f"/reports/{report.pk}/"
    assert (hit["province"], hit["prefecture"], hit["county"]) == ("福建省", "南平市", None)
    assert (hit["year"], hit["level"], hit["doc_type"]) == (2023, "prefecture", "annual")
    assert hit["snippets"][0] == {
        "section": "1 一、行政复议",
        "anchor": "s1",
        "html": "深化<mark>行政复议</mark>体制改革。",
    }
    assert set(data["facets"]) == {
        "province",
        "prefecture",
        "county",
        "year",
        "level",
        "type",
        "timeliness",
    }
    assert data["facets"]["province"] == [["福建省", 1]]
    assert data["facets"]["prefecture"] == [["南平市", 1]]  # a province is chosen: drill-down


@pytest.mark.django_db
def test_it_returns_each_report_once_however_many_sections_match(client, make_report):
    make_report("报告", [(f"{n}、执法", "执法执法") for n in "一二三四五"])
    data = client.get("/api/search", {"q": "执法"}).json()
    assert data["count"] == 1 and len(data["results"]) == 1
    assert len(data["results"][0]["snippets"]) == 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params", [{"page": "abc"}, {"page": "-1"}, {"province": "火星省"}, {"sort": "x"}]
)
def test_it_rejects_bad_parameters_with_a_chinese_json_error(client, params):
    response = client.get("/api/search", params)
    assert response.status_code == 400
    assert response.json()["error"]
