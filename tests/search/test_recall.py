import pytest

from search import searching
from search.query import parse

from .conftest import seed_texts

QUERIES = [
    "市场监管",
    "行政复议",
    "税",
    "复议",
    "法治政府",
    "执法",
    "证照分离",
    "诉源治理",
    "海盐",
    "2023",
]


@pytest.mark.django_db
def test_it_finds_every_seed_containing_the_query_string(seeds):
    texts = seed_texts()
    for q in QUERIES:
        expected = {seeds[k].pk for k, text in texts.items() if q in text}
        found = set(searching.run(parse(q, mode="exact"), filters={}).ids)
        assert found == expected, q
        # The default (words) mode keeps every exact match.
        assert set(searching.run(parse(q), filters={}).ids) >= expected, q


@pytest.mark.django_db
def test_it_matches_single_characters_anywhere_in_a_run(make_report):
    start = make_report("甲", [("一、", "税收征管。")])
    end = make_report("乙", [("一、", "依法纳税")])
    alone = make_report("丙", [("一、", "税")])
    make_report("丁", [("一、", "没有这个字。")])
    found = searching.run(parse("税", mode="exact"), filters={}).ids
    assert set(found) == {start.pk, end.pk, alone.pk}
