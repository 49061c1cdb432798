"""Real reports for the compare tests: the 南昌县 openings (fixtures/compare/) and the seeds,
parsed and stored as an import would store them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reports.ingest import save_report
from reports.models import Report
from reports.parsing.upload import parse_text

ROOT = Path(__file__).resolve().parent.parent.parent
PAIR_FILE = ROOT / "fixtures" / "compare" / "nanchang_county.jsonl"
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))


def nanchang_rows() -> list[dict]:
    return [json.loads(line) for line in PAIR_FILE.read_text(encoding="utf-8").splitlines()]


def store(text: str, url: str = "", **fields) -> Report:
    """Parse and save like import_reports; `fields` correct what the parser cannot read
    (the 2023 mirror copy starts without its title)."""
    parsed = parse_text(text, source_url=url)
    for name, value in fields.items():
        setattr(parsed, name, value)
    return save_report(parsed=parsed)


@pytest.fixture
def nanchang(db, django_capture_on_commit_callbacks) -> dict[int, Report]:
    """南昌县's 2021, 2022 and 2023 reports (openings), by year, indexed."""
    stored = {}
    with django_capture_on_commit_callbacks(execute=True):  # the index updates after commit
        for row in nanchang_rows():
            fields = {"year": row["year"], "doc_type": "annual"}
            if row["ref"] == "NCX-2023":
                fields["title"] = row["title"]
            stored[row["year"]] = store(row["text"], row["url"], **fields)
    return stored


@pytest.fixture
def seeds(db) -> list[Report]:
    return [store(path.read_text(encoding="utf-8")) for path in SEEDS]
