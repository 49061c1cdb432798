"""Which sentences of report b come from report a: identical or near-identical keys."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

# fuzz.ratio (0–100, the share of characters in common, in order) from which two sentence
# keys count as the same sentence lightly edited: on 南昌县 2022→2023 a sentence with its
# first clause reworded and the rest kept scores 82; unrelated boilerplate sentences of
# two places stay below 70 (tests/compare/test_reuse_real_pair.py).
NEAR = 80.0


@dataclass(frozen=True)
class SentenceMatches:
    """For each sentence of b: the index of its source in a, or None; and its score
    (100 identical); for each sentence of a: whether b kept it."""

    b_source: tuple[int | None, ...]
    b_score: tuple[float, ...]
    a_kept: tuple[bool, ...]

    @property
    def reuse(self) -> float:
        if not self.b_source:
            return 0.0
        return sum(s is not None for s in self.b_source) / len(self.b_source)


def match_sentences(a_keys: list[str], b_keys: list[str], near: float = NEAR) -> SentenceMatches:
    """Identical keys first (a dict), then near-identical ones among the rest (rapidfuzz's
    C++ scan with a score cutoff, which skips pairs whose lengths already rule it out)."""
    first_in_a: dict[str, int] = {}
    for i, key in enumerate(a_keys):
        first_in_a.setdefault(key, i)
    b_source: list[int | None] = [first_in_a.get(key) for key in b_keys]
    b_score = [100.0 if s is not None else 0.0 for s in b_source]
    b_set = set(b_keys)
    a_kept = [key in b_set for key in a_keys]
    rest_b = [j for j, s in enumerate(b_source) if s is None]
    rest_a = [i for i, kept in enumerate(a_kept) if not kept]
    if rest_b and rest_a:
        rest_a_keys = [a_keys[i] for i in rest_a]
        for j in rest_b:
            best = process.extractOne(b_keys[j], rest_a_keys, scorer=fuzz.ratio, score_cutoff=near)
            if best is not None:
                b_source[j], b_score[j] = rest_a[best[2]], float(best[1])
        rest_b_keys = [b_keys[j] for j in rest_b]
        for i in rest_a:
            if process.extractOne(a_keys[i], rest_b_keys, scorer=fuzz.ratio, score_cutoff=near):
                a_kept[i] = True
    return SentenceMatches(tuple(b_source), tuple(b_score), tuple(a_kept))
