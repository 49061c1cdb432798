"""`mode` on the page and the API: exact or words, a toggle, bad values refused in
Chinese on the API and noticed on the page; an empty page offers next queries."""

import pytest


@pytest.mark.django_db
def test_it_switches_modes_on_the_api_and_answers_400_to_a_bad_mode(make_report, client):
    literal = make_report("甲", [("一、", "推进柔性执法。")])
    apart = make_report("乙", [("一、", "柔性管理，严格执法。")])
    words = client.get("/api/search", {"q": "柔性执法"}).json()
    assert words["mode"] == "words" and {r["id"] for r in words["results"]} == {
        literal.pk,
        apart.pk,
    }
    assert "relaxed" not in words
    exact = client.get("/api/search", {"q": "柔性执法", "mode": "exact"}).json()
    assert exact["mode"] == "exact" and [r["id"] for r in exact["results"]] == [literal.pk]
    bad = client.get("/api/search", {"q": "柔性执法", "mode": "<b>fuzzy</b>"})
    assert bad.status_code == 400 and "检索模式无法识别" in bad.json()["error"]


@pytest.mark.django_db
def test_it_shows_the_toggle_keeps_the_mode_in_links_and_notices_a_bad_mode(make_report, client):
    make_report("甲", [("一、", "推进柔性执法。")], code="350700")
    page = client.get("/search/", {"q": "柔性执法", "mode": "exact"}).content.decode()
    assert '<input type="hidden" name="mode" value="exact">' in page
    assert '<strong aria-current="true">精确</strong>' in page
    assert '<a href="/search/?q=%E6%9F%94%E6%80%A7%E6%89%A7%E6%B3%95">模糊</a>' in page
    assert "mode=exact" in page  # facet links keep the mode
    bad = client.get("/search/", {"q": "柔性执法", "mode": "<b>x</b>"})
    assert bad.status_code == 200
    assert "检索模式无法识别" in bad.content.decode() and "<b>x</b>" not in bad.content.decode()


@pytest.mark.django_db
def test_it_offers_real_next_queries_on_a_page_without_results(make_report, client):
    make_report("甲", [("一、", "推进柔性执法。")])
    make_report("乙", [("一、", "柔性管理，严格执法。")])
    page = client.get("/search/", {"q": "柔性执法 严格", "mode": "exact"}).content.decode()
    assert "没有找到符合条件的报告" in page
    assert "改用模糊检索" in page
    assert "去掉“严格”" in page
    # Each suggestion is a search URL that finds something.
    assert '/search/?q=%E6%9F%94%E6%80%A7%E6%89%A7%E6%B3%95&amp;mode=exact"' in page
    found = client.get("/api/search", {"q": "柔性执法", "mode": "exact"}).json()
    assert found["count"] == 1
