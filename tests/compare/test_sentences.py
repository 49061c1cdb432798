"""Sentences and their comparison keys, on the real 南昌县 openings."""

from __future__ import annotations

from reports.compare.sentences import sentence_key, split_sentences
from tests.compare.conftest import nanchang_rows


def test_it_splits_at_sentence_ends_and_drops_numbering_fragments():
    text = nanchang_rows()[1]["text"]
    sentences = split_sentences(text)
    assert "2022年我县被评为全国法治政府建设示范县,为全省唯一。" in sentences
    # 县委常委会…开展学习研讨; ends a sentence of its own
    assert any(s.endswith("开展学习研讨;") for s in sentences)
    assert "  • 浏览量:" not in sentences and "•浏览量:" not in sentences


def test_it_keys_traditional_text_with_pinyin_glosses_like_the_simplified_one():
    # The 2023 copy is a mirror's traditional rendering with pinyin after some characters.
    printed = "強化領導干部“關鍵少數(shù)”學法用法制度"
    assert sentence_key(printed) == sentence_key("强化领导干部“关键少数”学法用法制度")
    assert sentence_key(printed) == "强化领导干部关键少数学法用法制度"


def test_it_masks_the_years_so_a_sentence_with_its_date_changed_is_the_same():
    assert sentence_key("2021年,我县开展示范创建。") == sentence_key("2022年，我县开展示范创建。")
    assert sentence_key("全年办理案件64件。") != sentence_key("全年办理案件65件。")
