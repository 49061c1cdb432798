"""Two reports' parts (preamble and sections) → the comparison the page and the API show."""

from __future__ import annotations

from dataclasses import dataclass, field

from reports.compare.align import Unit, align
from reports.compare.reuse import SentenceMatches, match_sentences
from reports.compare.sentences import sentence_key, split_sentences

# Statuses of a sentence: b's are reused (identical), near (near-identical) or added;
# a's are kept or removed.
REUSED, NEAR, ADDED, KEPT, REMOVED = "reused", "near", "added", "kept", "removed"


@dataclass(frozen=True)
class Part:
    """A section of a report as stored: its anchor, how it is named, its heading and body."""

    anchor: str
    label: str
    heading: str
    body: str


@dataclass(frozen=True)
class Marked:
    text: str
    status: str


@dataclass
class Row:
    a: Unit | None
    b: Unit | None
    a_sentences: list[Marked] = field(default_factory=list)
    b_sentences: list[Marked] = field(default_factory=list)
    reuse: float = 0.0

    def as_json(self) -> dict:
        return {
            "a_anchor": self.a.anchor if self.a else None,
            "b_anchor": self.b.anchor if self.b else None,
            "a_heading": self.a.label if self.a else None,
            "b_heading": self.b.label if self.b else None,
            "reuse": round(self.reuse, 4),
            "added": [m.text for m in self.b_sentences if m.status == ADDED],
            "removed": [m.text for m in self.a_sentences if m.status == REMOVED],
            "reused": [m.text for m in self.b_sentences if m.status in (REUSED, NEAR)],
        }


@dataclass
class Comparison:
    reuse: float
    rows: list[Row]
    b_sentences: int
    b_reused: int
    a_sentences: int
    a_removed: int


def _units(parts: list[Part]) -> tuple[list[Unit], list[str]]:
    units: list[Unit] = []
    sentences: list[str] = []
    for part in parts:
        found = split_sentences(part.body)
        start = len(sentences)
        sentences += found
        units.append(Unit(part.anchor, part.label, part.heading, start, len(sentences)))
    return units, sentences


def compare_parts(a_parts: list[Part], b_parts: list[Part]) -> Comparison:
    """Sentence reuse of b from a, overall and per aligned pair of sections."""
    a_units, a_text = _units(a_parts)
    b_units, b_text = _units(b_parts)
    matches = match_sentences([sentence_key(s) for s in a_text], [sentence_key(s) for s in b_text])
    rows = [_row(a, b, a_text, b_text, matches) for a, b in align(a_units, b_units, matches)]
    b_reused = sum(s is not None for s in matches.b_source)
    return Comparison(
        reuse=matches.reuse,
        rows=rows,
        b_sentences=len(b_text),
        b_reused=b_reused,
        a_sentences=len(a_text),
        a_removed=matches.a_kept.count(False),
    )


def _row(
    a: Unit | None, b: Unit | None, a_text: list[str], b_text: list[str], m: SentenceMatches
) -> Row:
    row = Row(a, b)
    if a is not None:
        row.a_sentences = [
            Marked(a_text[i], KEPT if m.a_kept[i] else REMOVED) for i in range(a.start, a.stop)
        ]
    if b is not None:
        for j in range(b.start, b.stop):
            status = ADDED if m.b_source[j] is None else REUSED if m.b_score[j] >= 100 else NEAR
            row.b_sentences.append(Marked(b_text[j], status))
        if b.size:
            row.reuse = sum(x.status != ADDED for x in row.b_sentences) / b.size
        elif a is not None:  # a heading alone: reused if the heading is
            row.reuse = 1.0 if sentence_key(a.heading) == sentence_key(b.heading) else 0.0
    return row
