"""Reports for the near-duplicate tests: the real seeds, and copies made as bench/corpus.py does."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus import _fill, _template
from reports.divisions import division_by_code
from reports.ingest import save_report
from reports.models import Jurisdiction, Report
from reports.parsing import parse_text


@pytest.fixture
def save(django_capture_on_commit_callbacks):
    """save_report, then what runs after its commit (index, similar reports)."""

    def run(text: str, jurisdiction: Jurisdiction | None = None) -> Report:
        with django_capture_on_commit_callbacks(execute=True):
            return save_report(parsed=parse_text(text), jurisdiction=jurisdiction)

    return run


def copy_text(path: Path, place: str, year: int) -> str:
    """The seed at `path` with its place names and years replaced, as the benchmark corpus
    builds its reports (bench.corpus: the division chain and the parsed places → {place})."""
    text = path.read_text(encoding="utf-8")
    parsed = parse_text(text)
    divisions = division_by_code()
    names: list[str] = []
    code = parsed.jurisdiction_code
    while code and code in divisions:
        names.append(divisions[code].name)
        code = divisions[code].parent_code
    names += [n for n in (parsed.county, parsed.prefecture) if n]
    return _fill(_template(text, names, parsed.year), place, year)


@pytest.fixture
def seeds(save, seed_paths) -> list[Report]:
    return [save(p.read_text(encoding="utf-8")) for p in seed_paths]


@pytest.fixture
def wuyuan(db) -> Jurisdiction:
    return Jurisdiction.objects.get(name="婺源县")
