"""Facet values read naturally: years newest first, places in GB/T 2260 code order,
levels and types in their defined order; the selected values first."""

import pytest


@pytest.fixture
def corpus(make_report):
    made = []
    # Counts chosen so that count order differs from the expected order.
    for code, year, n in [
        ("420200", 2021, 3),  # 湖北省
        ("350700", 2023, 1),  # 福建省
        ("110101", 2019, 2),  # 北京市
        ("410328", 2022, 4),  # 河南省
    ]:
        for i in range(n):
            made.append(make_report(f"报告{code}{i}", [("一、", "执法")], code=code, year=year))
    made.append(make_report("不详", [("一、", "执法")], code=None, year=None))
    return made


def _facets(client, **params):
    return client.get("/api/search", {"q": "执法", **params}).json()["facets"]


@pytest.mark.django_db
def test_it_lists_years_newest_first_and_provinces_in_code_order(client, corpus):
    facets = _facets(client)
    assert [v for v, _ in facets["year"]] == ["2023", "2022", "2021", "2019"]
    assert facets["province"] == [
        ["北京市", 2],
        ["福建省", 1],
        ["河南省", 4],
        ["湖北省", 3],
        ["地区不详", 1],
    ]


@pytest.mark.django_db
def test_it_lists_the_selected_values_first(client, corpus):
    facets = _facets(client, province=["湖北省", "福建省"])
    assert [v for v, _ in facets["province"]] == [
        "福建省",
        "湖北省",
        "北京市",
        "河南省",
        "地区不详",
    ]
    assert [v for v, _ in facets["year"]] == ["2023", "2021"]
    facets = _facets(client, year=["2019", "2022"])
    assert [v for v, _ in facets["year"]] == ["2022", "2019", "2023", "2021"]


@pytest.mark.django_db
def test_it_lists_levels_and_types_in_their_defined_order(client, make_report):
    for level, doc_type, n in [("department", "news", 3), ("county", "reply", 2)]:
        for i in range(n):
            make_report(f"{level}{i}", [("一、", "执法")], level=level, doc_type=doc_type)
    make_report("省", [("一、", "执法")], level="province", doc_type="annual")
    facets = _facets(client)
    assert [v for v, _ in facets["level"]] == ["province", "county", "department"]
    assert [v for v, _ in facets["type"]] == ["annual", "reply", "news"]


@pytest.mark.django_db
def test_it_shows_the_same_order_on_the_page(client, corpus):
    page = client.get("/search/", {"q": "执法"}).content.decode()
    positions = [page.index(f">{name}</a>") for name in ("北京市", "福建省", "河南省", "湖北省")]
    assert positions == sorted(positions)
    years = [page.index(f">{y}</a>") for y in ("2023", "2022", "2021", "2019")]
    assert years == sorted(years)
