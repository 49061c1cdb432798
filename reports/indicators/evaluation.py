"""Precision and recall of the extraction on hand-marked values (fixtures/indicators/)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from reports.indicators.extract import extract

DEVSET = (
    "fixtures/devset/pages_a.jsonl",
    "fixtures/devset/pages_b.jsonl",
    "fixtures/devset/pages_c.jsonl",
)
EXTRA = "fixtures/indicators/pages.jsonl"
MARKED = "fixtures/indicators/marked.jsonl"
HELDOUT = "fixtures/devset/heldout_d.jsonl"


@dataclass
class Outcome:
    documents: int = 0
    marked: int = 0
    predicted: int = 0
    correct: int = 0
    false_positives: list[tuple[str, str, str, str]] = field(default_factory=list)
    missed: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.marked if self.marked else 1.0


def load_documents(base: Path, *, heldout: bool = False) -> dict[str, tuple[str, int | None]]:
    """source → (text, year): the seeds, the development pages and our extra pages (or
    only the held-out pages)."""
    docs: dict[str, tuple[str, int | None]] = {}
    if heldout:
        paths = [HELDOUT]
    else:
        for seed in sorted((base / "fixtures" / "seeds").glob("*.txt")):
            docs[f"fixtures/seeds/{seed.name}"] = (seed.read_text(encoding="utf-8"), None)
        paths = [*DEVSET, EXTRA]
    for rel in paths:
        with (base / rel).open(encoding="utf-8") as handle:
            for line in handle:
                page = json.loads(line)
                year = (page.get("label") or {}).get("year")
                docs[f"{rel}#{page['ref']}"] = (page["text"], year)
    return docs


def load_marked(base: Path) -> list[dict]:
    with (base / MARKED).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(base: Path, *, heldout: bool = False, refs: tuple[str, str] | None = None) -> Outcome:
    """Precision and recall over the documents, or only over the extra pages whose ref is
    between `refs` (first, last: E-022, E-040), e.g. the pages marked with the rules frozen."""
    docs = load_documents(base, heldout=heldout)
    if refs is not None:
        docs = {s: d for s, d in docs.items() if _ref_between(s, refs)}
    truth = {
        (m["source"], m["key"], Decimal(m["value"])): m["sentence"]
        for m in load_marked(base)
        if m["source"] in docs
    }
    outcome = Outcome(documents=len(docs), marked=len(truth))
    predicted: dict[tuple[str, str, Decimal], str] = {}
    for source, (text, year) in docs.items():
        for item in extract(text, year=year):
            predicted[(source, item.key, item.value)] = item.evidence
    outcome.predicted = len(predicted)
    for mark, evidence in predicted.items():
        if mark in truth:
            outcome.correct += 1
        else:
            outcome.false_positives.append((mark[0], mark[1], str(mark[2]), evidence))
    for mark, sentence in truth.items():
        if mark not in predicted:
            outcome.missed.append((mark[0], mark[1], str(mark[2]), sentence))
    return outcome


def _ref_between(source: str, refs: tuple[str, str]) -> bool:
    path, _, ref = source.partition("#")
    return path == EXTRA and refs[0] <= ref <= refs[1]
