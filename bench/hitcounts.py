"""Hit counts per benchmark query: what the optimisations must not change.

`expected_counts.json` was first recorded with the implementation before the
performance work, on the fixed small corpus below (`python -m bench.hitcounts --record`,
in a scratch site); tests/bench/test_hit_counts.py checks the current code against it.
Re-recorded when the default became words mode (issue 11): the exact-mode entries
(`…?mode=exact`) kept the earlier counts, the mixed terms were checked against a plain
scan (tests/search/test_differential_exact.py). Re-recorded again for the variants of
search quality round 2 (柔性执法/包容审慎执法, 政务公开/政府信息公开, 法治宣传/普法): only
words-mode entries moved (柔性执法 9 → 42, 政务公开 OR 政务服务 57 → 59; facets of those and
of 普法 宣传?year=2024); every exact-mode entry is unchanged. Facet values are compared as sets: their
order is the page's business (search/facet_order.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from bench.queries import QUERIES, BenchQuery
from search.facets import FACET_PARAMS, field_of

EXPECTED = Path(__file__).resolve().parent / "expected_counts.json"
EXPECTED_FACETS = Path(__file__).resolve().parent / "expected_facets.json"
CORPUS_N = 60
CORPUS_SEED = 7
# A query's filter parameter → the index field (type → doc_type), as the search form's.
FILTER_FIELDS = FACET_PARAMS


def search_outcome(query: BenchQuery):
    """What the search page gets for this query (same parse/filters as the view)."""
    from search import searching
    from search.query import parse

    filters = {FILTER_FIELDS[k]: [v] for k, v in query.filters.items()}
    return searching.run(parse(query.q, mode=query.mode or "words"), filters=filters)


def current_counts() -> dict[str, int]:
    return {query.key: search_outcome(query).count for query in QUERIES}


# The facets of the recording; prefecture and county came later and are checked by their
# own tests (tests/search/test_place_facets.py).
RECORDED_FACETS = tuple(field_of(p) for p in ("province", "year", "level", "type"))


def current_facets() -> dict[str, dict[str, list]]:
    return {
        query.key: {
            k: sorted([list(kv) for kv in v])
            for k, v in search_outcome(query).facets.items()
            if k in RECORDED_FACETS
        }
        for query in QUERIES
    }


def expected_facets() -> dict[str, dict[str, list]]:
    recorded = json.loads(EXPECTED_FACETS.read_text(encoding="utf-8"))
    return {key: {k: sorted(v) for k, v in facets.items()} for key, facets in recorded.items()}


def expected_counts() -> dict[str, int]:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


if __name__ == "__main__":  # run with DJANGO_SETTINGS_MODULE and a scratch site's env
    import sys

    import django

    django.setup()
    from django.core.management import call_command

    from bench import corpus
    from search import indexing

    call_command("migrate", verbosity=0)
    corpus.load(CORPUS_N, CORPUS_SEED)
    indexing.rebuild(progress=False, procs=1)
    counts = current_counts()
    if "--record" in sys.argv:
        EXPECTED.write_text(json.dumps(counts, ensure_ascii=False, indent=1) + "\n", "utf-8")
        EXPECTED_FACETS.write_text(
            json.dumps(current_facets(), ensure_ascii=False, sort_keys=True) + "\n", "utf-8"
        )
    print(json.dumps(counts, ensure_ascii=False))
