import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import query as wq

from search import searching
from search.query import parse, piece_queries_of

ALPHABET = st.sampled_from(
    [*list('行政复议税 "-ORNTAD*?~^:()[]{}\\/\n\t\x00\x1f２０證'), "OR", "NOT", "AND"]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(ALPHABET, max_size=30).map("".join)))
def test_it_never_raises_on_any_string(q):
    assert all(isinstance(query, wq.Query) for query in piece_queries_of(parse(q)))


def test_it_parses_words_phrases_or_and_negation():
    parsed = parse('行政复议 "证照 分离" 柔性执法 OR 包容审慎 -信访 NOT 上访')
    assert parsed.groups == (("行政复议",), ("证照 分离",), ("柔性执法", "包容审慎"))
    assert parsed.excluded == ("信访", "上访")
    assert parse("").is_empty and parse("* ? :").is_empty


@pytest.mark.django_db
def test_it_applies_or_and_not_to_the_index(make_report):
    a = make_report("甲", [("一、", "行政复议")])
    b = make_report("乙", [("一、", "行政诉讼")])
    c = make_report("丙", [("一、", "行政复议 行政诉讼")])
    assert set(searching.run(parse("行政复议 OR 行政诉讼"), filters={}).ids) == {
        a.pk,
        b.pk,
        c.pk,
    }
    assert set(searching.run(parse("行政复议 -行政诉讼"), filters={}).ids) == {a.pk}
    assert set(searching.run(parse("NOT 行政复议"), filters={}).ids) == {b.pk}
    assert set(searching.run(parse(""), filters={}).ids) == {a.pk, b.pk, c.pk}


def test_it_reads_chinese_quotes_explicit_and_and_brackets_the_way_users_type_them():
    parsed = parse("“证照分离” AND (执法 OR 监督)")
    assert parsed.groups == (("证照分离",), ("执法", "监督"))
    assert parse("「行政复议」").groups == (("行政复议",),)
