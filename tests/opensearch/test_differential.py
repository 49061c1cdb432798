"""One corpus in both engines: every benchmark query, in exact mode and in words mode,
finds the same number of reports and the same facet counts on Whoosh and on OpenSearch."""

from __future__ import annotations

import pytest

from bench import corpus
from bench.hitcounts import FILTER_FIELDS
from bench.queries import QUERIES
from search import indexing, searching
from search.query import parse
from tests.conftest import _point_haystack_at

N, SEED = 120, 11


def _outcomes() -> dict[tuple[str, str], tuple[int, dict]]:
    """Every benchmark query in exact mode, and in its own mode (words by default)."""
    found = {}
    for query in QUERIES:
        filters = {FILTER_FIELDS[k]: [v] for k, v in query.filters.items()}
        for mode in {"exact", query.mode or "words"}:
            outcome = searching.run(parse(query.q, mode=mode), filters=filters)
            found[(query.key, mode)] = (outcome.count, outcome.facets)
    return found


@pytest.mark.django_db
def test_it_finds_the_same_counts_and_facets_on_both_engines(seeds, settings, tmp_path):
    corpus.load(N, SEED)
    assert indexing.rebuild(progress=False, procs=1) == N + len(seeds)
    on_opensearch = _outcomes()

    opensearch = settings.HAYSTACK_CONNECTIONS
    engine = "search.whoosh_engine.ChineseWhooshEngine"
    settings.HAYSTACK_CONNECTIONS = {"default": {"ENGINE": engine, "PATH": str(tmp_path / "w")}}
    _point_haystack_at(settings.HAYSTACK_CONNECTIONS)
    try:
        assert indexing.rebuild(progress=False, procs=1) == N + len(seeds)
        on_whoosh = _outcomes()
    finally:
        settings.HAYSTACK_CONNECTIONS = opensearch
        _point_haystack_at(opensearch)

    assert sum(count for count, _ in on_whoosh.values()) > 0
    for key, (count, facets) in on_whoosh.items():
        assert on_opensearch[key][0] == count, key
        assert on_opensearch[key][1] == facets, key
