"""The claim search/trends.py rests on: one search per term gives, through its disjunctive
year and province facets, the count the search lists with that year or province selected —
except where that narrower search relaxes (words mode, fewer than RELAX_BELOW reports hold
every word), which trends.compute asks again; its points equal the narrow search either way."""

from __future__ import annotations

import pytest

from bench import corpus
from search import indexing, searching
from search.query import parse
from search.trends import compute
from tests.search.test_trends_counts import CORPUS_N, CORPUS_SEED, TERMS

# The 240-report benchmark corpus of test_trends_counts.py, built and indexed: slow, as that
# test is (CI runs both, on both engines).
pytestmark = pytest.mark.slow


@pytest.fixture
def bench_corpus(db):
    corpus.load(CORPUS_N, CORPUS_SEED)
    indexing.rebuild(progress=False, procs=1)


def test_it_reads_per_year_and_province_counts_from_one_search(bench_corpus):
    plain = relaxed = 0
    for mode in ("words", "exact"):
        for term in TERMS:
            parsed = parse(term, mode=mode)
            wide = searching.run(parsed, filters={}, per_page=1)
            for field in ("year", "province"):
                facet = dict(wide.facets[field])
                archive = dict(searching.run(parse("", mode=mode), filters={}).facets[field])
                trends = compute([term], by=field, mode=mode, filters={})
                assert set(trends.keys) == set(archive)
                for point in trends.series[0].points:
                    narrow = searching.run(parsed, filters={field: [point.key]}, per_page=1)
                    assert point.matching == narrow.count, (mode, term, field, point.key)
                    assert point.relaxed == (narrow.relaxed and narrow.count > 0)
                    if narrow.relaxed and not wide.relaxed:
                        relaxed += 1
                        assert mode == "words"
                    else:
                        plain += 1
                        assert facet.get(point.key, 0) == narrow.count, (term, point.key)
    assert plain > 200
    assert relaxed > 0  # the corpus exercises the narrow relaxation too
