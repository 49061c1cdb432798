"""sort=oldest: earliest publication date first; undated reports last."""

from datetime import date

import pytest


@pytest.fixture
def dated(make_report):
    def report(title, published, year=2023):
        return make_report(title, [("一、", "执法")], published=published, year=year)

    return [
        report("中", date(2022, 6, 1)),
        report("无日期", None),
        report("最早", date(2020, 1, 5)),
        report("最新", date(2024, 3, 1)),
    ]


@pytest.mark.django_db
def test_it_sorts_oldest_first_on_the_api_and_the_page(client, dated):
    middle, undated, first, last = dated
    for q in ("执法", ""):
        data = client.get("/api/search", {"q": q, "sort": "oldest"}).json()
        assert [r["id"] for r in data["results"]] == [first.pk, middle.pk, last.pk, undated.pk]
    newest = client.get("/api/search", {"q": "执法", "sort": "newest"}).json()
    assert [r["id"] for r in newest["results"]] == [last.pk, middle.pk, first.pk, undated.pk]
    page = client.get("/search/", {"q": "执法", "sort": "oldest"}).content.decode()
    assert '<option value="oldest" selected>发布日期（旧→新）</option>' in page
    assert page.index("最早</a>") < page.index("最新</a>")


@pytest.mark.django_db
def test_it_keeps_the_sort_in_facet_and_page_links(client, dated):
    page = client.get("/search/", {"q": "执法", "sort": "oldest"}).content.decode()
    assert "year=2023&amp;sort=oldest" in page
