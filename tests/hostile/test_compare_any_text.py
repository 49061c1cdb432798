"""Comparing and reading promises never fail, whatever the text (pure functions)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reports.compare.diff import Part, compare_parts
from reports.compare.promises import Passage, follow_up, promises_of

# Chinese, punctuation that splits, numbering, controls, surrogates-free unicode.
pieces = st.sampled_from(
    [
        "。",
        "；",
        "\n",
        "一是",
        "（一）",
        "1.",
        "：",
        "以下",
        "2024年",
        "執(zhí)法",
        "合法性审查",
        "示范创建",
        " ",
        "\x00",
        "\u200b",
        "<b>",
        "&amp;",
        "ＯＲ",
        "𠀀",
    ]
)
texts = st.lists(st.one_of(pieces, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(a=st.lists(texts, max_size=4), b=st.lists(texts, max_size=4))
def test_it_compares_any_two_texts(a, b):
    parts_a = [Part(f"s{i}", f"第{i}节", t[:20], t) for i, t in enumerate(a)]
    parts_b = [Part(f"s{i}", f"第{i}节", t[:20], t) for i, t in enumerate(b)]
    result = compare_parts(parts_a, parts_b)
    assert 0.0 <= result.reuse <= 1.0
    assert all(0.0 <= row.reuse <= 1.0 for row in result.rows)
    paired_b = [row.b.anchor for row in result.rows if row.b]
    assert sorted(paired_b) == sorted(p.anchor for p in parts_b)  # each b part once
    assert compare_parts(parts_b, parts_b).reuse in (0.0, 1.0)


@settings(max_examples=150, deadline=None)
@given(body=texts, passages=st.lists(texts, max_size=5))
def test_it_reads_and_looks_up_promises_in_any_text(body, passages):
    promises = promises_of(body)
    found = follow_up(promises, [Passage("s1", "x", p) for p in passages])
    assert len(found) == len(promises)
    for item in found:
        for f in item.found:
            assert "<b>" not in f.html  # escaped
