"""Whatever comes in, only ParseError may come out."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reports.parsing import ParsedReport, ParseError, parse_text, parse_upload

SEEDS = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "seeds").glob("*.txt"))
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = st.sampled_from(["a.txt", "a.html", "a.htm", "a.docx", "a.pdf", "a", "a.TXT"])
# Characters that drive the heuristics: markers, brackets, digits, place-name parts.
ALPHABET = st.sampled_from(
    list(
        "一二三四五六七八九十、()（）.。:;|>*某XX年月日度县市区省镇乡街道关于报告情况0123456789 \n\t\u200b\ufeff"
    )
)


def _check(call) -> None:
    try:
        result = call()
    except ParseError:
        return
    assert isinstance(result, ParsedReport)
    assert result.doc_type in {"annual", "reply", "plan", "interpretation", "news", "other"}
    assert result.level in {"", "province", "prefecture", "county", "township", "department"}


@FAST
@given(st.text())
def test_it_survives_random_text(text):
    _check(lambda: parse_text(text))


@FAST
@given(st.text(alphabet=ALPHABET, min_size=40, max_size=400))
def test_it_survives_marker_soup(text):
    _check(lambda: parse_text(text))


@FAST
@given(st.binary(max_size=3000), NAMES)
def test_it_survives_random_bytes(data, name):
    _check(lambda: parse_upload(data, name))


@FAST
@given(
    st.sampled_from(SEED_TEXTS),
    st.lists(
        st.tuples(st.integers(0, 30000), st.integers(0, 400), st.text(max_size=20)), max_size=6
    ),
)
def test_it_survives_mutated_seeds(seed, edits):
    text = seed
    for pos, cut, insert in edits:
        pos %= len(text) + 1
        text = text[:pos] + insert + text[pos + cut :]
    _check(lambda: parse_text(text))
    _check(lambda: parse_upload(text.encode("gb18030", errors="ignore"), "seed.txt"))


@FAST
@given(st.sampled_from(SEED_TEXTS), st.integers(0, 20000))
def test_it_survives_truncated_seed_bytes(seed, cut):
    data = seed.encode("utf-8")
    _check(lambda: parse_upload(data[: cut % (len(data) + 1)], "seed.txt"))
