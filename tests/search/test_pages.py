import re

import pytest


@pytest.mark.django_db
def test_it_serves_a_home_page_with_a_big_search_box_and_examples(client):
    html = client.get("/").content.decode()
    assert 'name="q"' in html and '<label for="home-q">' in html
    for example in ("行政复议", "柔性执法", "证照分离"):
        assert example in html


@pytest.mark.django_db
def test_it_lists_all_reports_for_an_empty_query_without_inline_script(client, make_report):
    for n in range(3):
        make_report(f"报告{n}", [("一、", "内容")], code="350700")
    response = client.get("/search/")
    html = response.content.decode()
    assert response.status_code == 200 and "共 3 份" in html
    assert "福建省" in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html) and " style=" not in html
    assert re.search(r"\son[a-z]+=", html) is None


@pytest.mark.django_db
def test_it_says_so_when_nothing_matches_and_offers_to_remove_filters(client, make_report):
    make_report("报告", [("一、", "行政复议")], code="350700")
    html = client.get("/search/", {"q": "行政复议", "year": "2020"}).content.decode()
    assert "没有找到符合条件的报告" in html and "移除 年度：2020" in html


@pytest.mark.django_db
def test_it_paginates_twenty_per_page(client, make_report):
    for n in range(23):
        make_report(f"报告{n}", [("一、", f"执法{n}")])
    first = client.get("/api/search", {"q": "执法"}).json()
    second = client.get("/api/search", {"q": "执法", "page": 2}).json()
    assert len(first["results"]) == 20 and len(second["results"]) == 3
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}
