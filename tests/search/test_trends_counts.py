"""/api/trends counts are the search's own counts: on a small benchmark corpus, every
point's `matching` equals /api/search's count for that term with that year (or province)
selected, and `reports` the empty search's count there, in both modes."""

from __future__ import annotations

import pytest

from bench import corpus
from search import indexing
from search.trends import MAX_TERMS

# A 240-report benchmark corpus, built and searched ~150 times: CI runs it (RUN_SLOW=1),
# on both engines; a developer's default run leaves it out.
pytestmark = pytest.mark.slow

CORPUS_N = 240
CORPUS_SEED = 15
# Benchmark queries (bench/queries.py) of every kind: common and rare terms, several
# words, OR, NOT, a phrase, digits and punctuation; the rare multi-word ones make the
# words-mode search relax in some years.
TERMS = [
    "行政复议",
    "柔性执法",
    "证照分离",
    "行政执法 公示",
    "政务公开 OR 政务服务",
    "法治 -公安",
    '"行政 复议"',
    "2023年",
    "执行、重",
    ".3%",
    "营商环境 诉源治理 法律顾问",
    "公平竞争审查 习近平法治思想 应急管理",
    "证照分离 2023年",
    "行政复议 2021年以来 证照分离",
]


@pytest.fixture
def bench_corpus(db):
    corpus.load(CORPUS_N, CORPUS_SEED)
    indexing.rebuild(progress=False, procs=1)


def _search_count(client, term: str, mode: str, **filters: str) -> int:
    response = client.get("/api/search", {"q": term, "mode": mode, **filters})
    assert response.status_code == 200, response.content
    return response.json()["count"]


def _trends(client, terms: list[str], mode: str, by: str) -> dict:
    response = client.get("/api/trends", {"q": terms, "mode": mode, "by": by})
    assert response.status_code == 200, response.content
    return response.json()


def _batches(terms: list[str]) -> list[list[str]]:
    return [terms[i : i + MAX_TERMS] for i in range(0, len(terms), MAX_TERMS)]


@pytest.mark.parametrize("by", ["year", "province"])
def test_it_counts_each_point_as_the_search_does_in_both_modes(client, bench_corpus, by):
    checked = 0
    for mode in ("words", "exact"):
        for batch in _batches(TERMS):
            body = _trends(client, batch, mode, by)
            assert body["terms"] == batch
            assert [s["term"] for s in body["series"]] == batch
            for series in body["series"]:
                keys = [p[by] for p in series["points"]]
                assert keys, series
                for point in series["points"]:
                    assert set(point) == {by, "reports", "matching"}
                    key = str(point[by])
                    expected = _search_count(client, series["term"], mode, **{by: key})
                    assert point["matching"] == expected, (mode, series["term"], key)
                    assert point["reports"] == _search_count(client, "", mode, **{by: key})
                    assert 0 <= point["matching"] <= point["reports"]
                    checked += 1
    assert checked > 100
