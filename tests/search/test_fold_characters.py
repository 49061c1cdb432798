"""normalize_chars (snippets, highlighting) folds exactly as the whole-table translation
it replaced, and keeps every index in place."""

from hypothesis import given, settings
from hypothesis import strategies as st

from search.analysis import normalize, normalize_chars
from search.char_tables import fold_table

SAMPLES = "行政復議ＡＢＣａｂｃ１２３，。：（）ﾃｽﾄ①Ⅻ㈱ß\u3000法治政府建設臺灣"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(SAMPLES) | st.characters(), max_size=200))
def test_it_folds_as_the_character_table_does(text):
    folded = normalize_chars(text)
    assert folded == text.translate(fold_table(simplify=True, lower=True))
    assert len(folded) == len(text)


def test_it_folds_traditional_and_full_width_text_to_what_queries_search():
    text = "推進行政復議，ＡＢＣ１２３件"
    assert normalize_chars(text) == "推进行政复议,abc123件"
    assert normalize(text) == normalize_chars(text)
