import runpy
from pathlib import Path

import haystack
from haystack.utils.loading import load_backend

from search.elasticsearch_backend import ChineseElasticsearchBackend, ChineseElasticsearchEngine

SETTINGS = Path(__file__).resolve().parents[2] / "config" / "settings.py"


def test_it_selects_the_elasticsearch_engine_from_the_environment(monkeypatch):
    monkeypatch.setenv("SEARCH_ENGINE", "elasticsearch")
    conf = runpy.run_path(str(SETTINGS))["HAYSTACK_CONNECTIONS"]["default"]
    assert load_backend(conf["ENGINE"]) is ChineseElasticsearchEngine
    monkeypatch.setenv("SEARCH_ENGINE", "whoosh")
    conf = runpy.run_path(str(SETTINGS))["HAYSTACK_CONNECTIONS"]["default"]
    assert conf["ENGINE"] == "search.whoosh_backend.ChineseWhooshEngine"


def test_it_maps_text_to_chinese_analyzers_and_facets_to_keywords():
    fields = haystack.connections["default"].get_unified_index().all_searchfields()
    backend = ChineseElasticsearchBackend("default", URL="http://127.0.0.1:9200/", INDEX_NAME="t")
    content, mapping = backend.build_schema(fields)
    assert content == "text"
    assert mapping["text"]["analyzer"] == "zh_words"
    assert mapping["text"]["fields"]["bigram"]["analyzer"] == "zh_bigrams"
    assert mapping["heads"]["analyzer"] == "zh_words" and mapping["heads"]["boost"] == 3.0
    for facet in ("province", "year", "level", "doc_type"):
        assert mapping[facet] == {"type": "keyword"}
    assert "grams" not in mapping
    analysis = backend.DEFAULT_SETTINGS["settings"]["analysis"]
    assert analysis["analyzer"]["zh_words"]["tokenizer"] == "smartcn_tokenizer"
    assert analysis["filter"]["zh_cjk_bigram"]["type"] == "cjk_bigram"
