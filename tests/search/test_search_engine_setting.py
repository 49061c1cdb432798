import runpy
from pathlib import Path

from haystack.utils.loading import load_backend

from search.elasticsearch_backend import OpenSearchEngine

SETTINGS = Path(__file__).resolve().parents[2] / "config" / "settings.py"


def test_it_selects_the_opensearch_engine_from_the_environment(monkeypatch):
    monkeypatch.setenv("SEARCH_ENGINE", "opensearch")
    monkeypatch.setenv("OPENSEARCH_URL", "http://127.0.0.1:9201/")
    conf = runpy.run_path(str(SETTINGS))["HAYSTACK_CONNECTIONS"]["default"]
    assert load_backend(conf["ENGINE"]) is OpenSearchEngine
    assert conf["URL"] == "http://127.0.0.1:9201/" and conf["INDEX_NAME"] == "fazhi_reports"
    monkeypatch.setenv("SEARCH_ENGINE", "elasticsearch")  # the former name
    conf = runpy.run_path(str(SETTINGS))["HAYSTACK_CONNECTIONS"]["default"]
    assert load_backend(conf["ENGINE"]) is OpenSearchEngine
    monkeypatch.setenv("SEARCH_ENGINE", "whoosh")
    conf = runpy.run_path(str(SETTINGS))["HAYSTACK_CONNECTIONS"]["default"]
    assert conf["ENGINE"] == "search.whoosh_engine.ChineseWhooshEngine"
