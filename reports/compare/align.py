"""Sections of two reports paired by heading and content (not by position)."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from reports.compare.reuse import SentenceMatches
from reports.compare.sentences import sentence_key

# A pair needs this score (0–1): a heading kept nearly word for word, or a good part of
# the sentences shared.
MIN_PAIR = 0.5
HEADING_WEIGHT = 0.4


@dataclass(frozen=True)
class Unit:
    """A section (or the preamble) as compared: where it is and its sentences' range in
    the report's list of sentences."""

    anchor: str
    label: str
    heading: str
    start: int
    stop: int

    @property
    def size(self) -> int:
        return self.stop - self.start


def _heading_score(a: Unit, b: Unit, ka: str, kb: str) -> float:
    """ka, kb: the headings' keys without their numbers."""
    if not ka or not kb:
        return 1.0 if not ka and not kb and a.anchor == b.anchor == "preamble" else 0.0
    return fuzz.ratio(ka, kb) / 100


def _unnumbered(key: str) -> str:
    # 一、 (三) 2. move when a section is added before: the words say what it is.
    return key.lstrip("0123456789一二三四五六七八九十") or key


def align(a_units: list[Unit], b_units: list[Unit], matches: SentenceMatches) -> list[tuple]:
    """(a unit or None, b unit or None) in b's reading order, a's unpaired units placed
    after the last pair before them. Greedy on the best scores, one to one."""
    a_of_sentence: list[int | None] = [None] * (a_units[-1].stop if a_units else 0)
    for i, unit in enumerate(a_units):
        for s in range(unit.start, unit.stop):
            a_of_sentence[s] = i
    shared: dict[tuple[int, int], int] = {}
    for j, unit in enumerate(b_units):
        for s in range(unit.start, unit.stop):
            source = matches.b_source[s]
            unit_of_source = a_of_sentence[source] if source is not None else None
            if unit_of_source is not None:
                key = (unit_of_source, j)
                shared[key] = shared.get(key, 0) + 1
    # Keyed once per unit, not once per pair (normalising is the slow part).
    a_keys = [_unnumbered(sentence_key(u.heading)) if u.heading else "" for u in a_units]
    b_keys = [_unnumbered(sentence_key(u.heading)) if u.heading else "" for u in b_units]
    scored = []
    for i, a in enumerate(a_units):
        for j, b in enumerate(b_units):
            content = 2 * shared.get((i, j), 0) / (a.size + b.size) if a.size + b.size else 0.0
            heading = _heading_score(a, b, a_keys[i], b_keys[j])
            if a.size and b.size:
                score = HEADING_WEIGHT * heading + (1 - HEADING_WEIGHT) * content
                score = max(score, content)
            else:
                score = heading
            if a.anchor == b.anchor == "preamble":  # the two openings always face each other
                score = max(score, MIN_PAIR)
            if score >= MIN_PAIR:
                scored.append((score, -abs(i - j), i, j))
    scored.sort(reverse=True)
    pair_of_b: dict[int, int] = {}
    used_a: set[int] = set()
    for _score, _dist, i, j in scored:
        if j not in pair_of_b and i not in used_a:
            pair_of_b[j] = i
            used_a.add(i)
    rows: list[tuple] = []
    emitted: set[int] = set()
    for j, b in enumerate(b_units):
        paired = pair_of_b.get(j)
        if paired is not None:
            for k in range(paired):
                if k not in used_a and k not in emitted:
                    rows.append((a_units[k], None))
                    emitted.add(k)
            rows.append((a_units[paired], b))
            emitted.add(paired)
        else:
            rows.append((None, b))
    rows += [
        (a_units[k], None) for k in range(len(a_units)) if k not in used_a and k not in emitted
    ]
    return rows
