"""The private Whoosh internals the search relies on (search/whoosh_adapter.py) against
Whoosh's public API doing the same work, timed in one process on one built index.

    .venv/bin/python -m bench.private_api WORKDIR   # a benchmark --workdir (its index)

Issue 12 asks for a public API wherever it gives the same result within 10 % of the time.
Each pair is checked to give the same result before it is timed:

1. posting lists → docnums (postings.docs_with): blocks parsed from one read of the list
   (whoosh_adapter.posting_blocks) vs the public matcher's `all_ids()`;
2. posting lists → weight sums per report (ranking.score_array): blocks summed as arrays
   vs the public matcher's `id()` / `weight()` / `next()`;
3. "does the report's text hold this string" for every candidate (bodies.SearcherTexts):
   the mapped column buffer vs the public `column_reader("body")[docnum]`.

(The writes — the rebuild's and an upload's posting buffer against Whoosh's pool, our
merge against Whoosh's MERGE_SMALL — are timed by the benchmark and in BENCHMARKS.md.)
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from itertools import chain
from pathlib import Path

import numpy as np

from bench.site import setup_in

WORDS = ["行政", "复议", "法治", "政府", "执法", "营商", "环境", "决策", "公开", "服务"]
GRAMS = ["行政", "法治", "营商", "复议", "习近", "诉源", "证照", "柔性", "应急", "矛盾"]
NEEDLES = ["行政复议", "营商环境", "习近平法治思想", "执行、重", "诉源治理"]


def _best(fn: Callable[[], object], rounds: int = 5) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best * 1000, result


def main(workdir: Path) -> dict:
    setup_in(workdir)
    from haystack import connections

    from search import postings
    from search.bodies import SearcherTexts

    ix = connections["default"].get_backend().current_index()
    searcher = ix.searcher()
    texts = SearcherTexts(searcher)
    rows: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {}

    # Our posting reads keep deleted documents (the search intersects with the live ones);
    # Whoosh's public matchers leave them out: compared on the live documents.
    live = set(searcher.reader().all_doc_ids())

    def ours_ids() -> list[set[int]]:
        return [postings.docs_with(searcher, "grams", g) & live for g in GRAMS]

    def public_ids() -> list[set[int]]:
        found = []
        for gram in GRAMS:
            docs: set[int] = set()
            for leaf, offset in searcher.leaf_searchers():
                if ("grams", gram) in leaf.reader():
                    docs.update(d + offset for d in leaf.reader().postings("grams", gram).all_ids())
            found.append(docs)
        return found

    rows["posting lists → docnums (10 bigrams)"] = (ours_ids, public_ids)

    def ours_weights() -> dict[int, float]:
        # As ranking.score_array sums them: whole blocks into arrays.
        totals = np.zeros(searcher.doc_count_all())
        held = np.zeros(searcher.doc_count_all(), dtype=bool)
        for word in WORDS:
            for offset, matcher in postings.leaf_postings(searcher, "text", word):
                blocks = list(postings.blocks(matcher))
                ids = np.fromiter(chain.from_iterable(i for i, _w in blocks), np.int64) + offset
                totals[ids] += np.fromiter(chain.from_iterable(w for _i, w in blocks), float)
                held[ids] = True
        found = [d for d in np.flatnonzero(held).tolist() if d in live]
        return dict(zip(found, totals[found].tolist(), strict=True))

    def public_weights() -> dict[int, float]:
        totals: dict[int, float] = {}
        for word in WORDS:
            for leaf, offset in searcher.leaf_searchers():
                reader = leaf.reader()
                if ("text", word) not in reader:
                    continue
                matcher = reader.postings("text", word)
                while matcher.is_active():
                    d = matcher.id() + offset
                    totals[d] = totals.get(d, 0.0) + matcher.weight()
                    matcher.next()
        return totals

    rows["posting lists → weight sums (10 words)"] = (ours_weights, public_weights)

    everyone = set(range(searcher.doc_count_all()))

    def ours_texts() -> list[set[int]]:
        return [texts.containing(everyone, n) & live for n in NEEDLES]

    def public_texts() -> list[set[int]]:
        from search.bodies import encode

        found = []
        for needle in NEEDLES:
            encoded = encode(needle)
            docs: set[int] = set()
            for leaf, offset in searcher.leaf_searchers():
                reader = leaf.reader()
                column = reader.column_reader("body")
                for d in range(reader.doc_count_all()):
                    at = column[d].find(encoded)
                    while at >= 0 and at % 2:  # on a character boundary (UTF-16)
                        at = column[d].find(encoded, at + 1)
                    if at >= 0 and d + offset in live:
                        docs.add(d + offset)
            found.append(docs)
        return found

    rows["text holds the string (5 terms × every report)"] = (ours_texts, public_texts)

    result = {"reports": searcher.doc_count_all(), "segments": len(searcher.leaf_searchers())}
    for name, (ours, public) in rows.items():
        ours_ms, a = _best(ours)
        public_ms, b = _best(public, rounds=5)
        assert a == b, f"{name}: the public API gave another result"
        result[name] = {
            "ours_ms": round(ours_ms, 1),
            "public_ms": round(public_ms, 1),
            "public/ours": round(public_ms / ours_ms, 1),
        }
        print(f"{name}: ours {ours_ms:.1f} ms, public API {public_ms:.1f} ms", flush=True)
    print(json.dumps(result, ensure_ascii=False))
    return result


if __name__ == "__main__":
    main(Path(sys.argv[1]))
