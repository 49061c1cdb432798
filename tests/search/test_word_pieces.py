"""Letters and digits at a term's edges are parts of longer tokens in the text (21 in
2021); many-token expansions fall back to the texts; workers read the tokens at start."""

import pytest
from haystack import connections

from search import matching, searching, whoosh_search
from search.query import parse, pieces


def _ids(q: str) -> set[int]:
    return set(searching.run(parse(q, mode="exact"), filters={}, per_page=100).ids)


@pytest.mark.django_db
def test_it_finds_digits_and_letters_inside_longer_tokens(make_report):
    year = make_report("甲", [("一、", "2021年以来，推进ABC2024试点。")])
    other = make_report("乙", [("一、", "共210件，abc。")])
    assert _ids("21") == {year.pk, other.pk}
    assert _ids("024年") == set()  # 2024 is followed by 试, not 年
    assert _ids("021年") == {year.pk}
    assert _ids("c2024试") == {year.pk}
    assert _ids("abc") == {year.pk, other.pk}


@pytest.mark.whoosh_only  # Whoosh's segment lexicons
@pytest.mark.django_db
def test_it_checks_the_texts_when_a_digit_expands_to_too_many_tokens(make_report):
    numbers = "、".join(str(100 + i) for i in range(matching.MAX_EXPANSION + 8))
    many = make_report("甲", [("一、", f"编号{numbers}。")])
    one = make_report("乙", [("一、", "第1号。")])
    make_report("丙", [("一、", "没有数字。")])
    state = whoosh_search._state(connections["default"].get_backend().current_index())
    (piece,) = pieces("1")
    assert matching._word_piece_docs(state.searcher, piece) is None  # too many tokens
    assert _ids("1") == {many.pk, one.pk}


@pytest.mark.whoosh_only  # Whoosh's segment lexicons
@pytest.mark.django_db
def test_it_reads_each_segments_tokens_when_a_worker_warms_up(make_report):
    make_report("甲", [("一、", "2021年，第xyz99号。")])
    searching.warm_searcher()
    state = whoosh_search._state(connections["default"].get_backend().current_index())
    readers = [leaf.reader() for leaf, _ in state.searcher.leaf_searchers()]
    cached = [matching._lexicons.get(matching._key(r)) for r in readers if r.doc_count_all()]
    assert cached and all(c is not None for c in cached)
    assert any("xyz99" in c and "2021" in c for c in cached)
