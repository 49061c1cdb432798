import pytest

from search.query import parse, piece_queries_of

SYNTAX = [
    "*",
    "?",
    "~",
    "^",
    ":",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    '"',
    "\\",
    "/",
    "AND",
    "OR",
    "NOT",
    "TO",
    '"unclosed',
    "-",
    "--",
    "OR OR",
    "NOT NOT",
    "a:b",
    "title:x",
    "x^2",
    "[a TO b]",
]


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{"page": "-1"}, {"page": "abc"}, {"page": "1.5"}])
def test_it_answers_400_in_chinese_for_an_invalid_page(client, params):
    response = client.get("/search/", params)
    assert response.status_code == 400
    assert "页码" in response.content.decode()


@pytest.mark.django_db
def test_it_survives_hostile_parameters(client, make_report):
    make_report("报告", [("一、", "行政复议")])
    long_q = "行政复议" * 500
    response = client.get("/search/", {"q": long_q})
    assert response.status_code == 200 and "检索词过长" in response.content.decode()
    for q in SYNTAX:
        assert client.get("/search/", {"q": q}).status_code == 200, q
        assert client.get("/api/search", {"q": q}).status_code == 200, q
    response = client.get(
        "/search/", {"q": "行政复议", "province": ["火星省", "福建省"], "year": "abc"}
    )
    assert response.status_code == 200 and "已忽略" in response.content.decode()
    response = client.get("/search/", {"q": "行政复议", "page": "999999"})
    assert response.status_code == 200 and "最后一页" in response.content.decode()
    assert client.get("/search/", {"page": "99999999999999999999"}).status_code == 400


def test_it_translates_syntax_characters_alone_without_raising():
    for q in SYNTAX:
        assert isinstance(piece_queries_of(parse(q)), list)
