"""The performance work must not change what is found: counts and facets per query are
compared with those recorded before it (bench/expected_*.json) on a fixed corpus."""

import pytest

from bench import corpus, hitcounts
from search import indexing


@pytest.fixture
def fixed_corpus(db):
    corpus.load(hitcounts.CORPUS_N, hitcounts.CORPUS_SEED)
    indexing.rebuild(progress=False, procs=1)


def test_it_generates_the_same_corpus_for_the_same_seed():
    first = [r.text for r in corpus.generate(5, seed=3)]
    assert first == [r.text for r in corpus.generate(5, seed=3)]
    assert first != [r.text for r in corpus.generate(5, seed=4)]


def test_it_finds_the_recorded_hit_counts_and_facets(fixed_corpus):
    assert hitcounts.current_counts() == hitcounts.expected_counts()
    assert hitcounts.current_facets() == hitcounts.expected_facets()


def test_it_finds_every_report_containing_a_single_term(fixed_corpus):
    from reports.models import Report

    for query in hitcounts.QUERIES:
        if query.single:
            naive = Report.objects.filter(text__icontains=query.q).count()
            assert hitcounts.search_outcome(query).count == naive, query.q
