"""Shared by the hostile-input tests: a few real reports, parsed and indexed like uploads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reports.ingest import save_report
from reports.models import Report
from reports.parsing import parse_upload

SEEDS_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def indexed_seeds(db, django_capture_on_commit_callbacks) -> list[Report]:
    """Three seed reports through the real parser, saved and indexed (after-commit run)."""
    saved = []
    with django_capture_on_commit_callbacks(execute=True):
        for path in sorted(SEEDS_DIR.glob("*.txt"))[:3]:
            saved.append(save_report(parsed=parse_upload(path.read_bytes(), path.name)))
    return saved


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed", "e@x.cn", "pw-123456"))
    return client


def files_under(root: Path) -> list[Path]:
    return [p for p in Path(root).rglob("*") if p.is_file()] if Path(root).exists() else []


def is_readable_chinese(text: str) -> bool:
    return bool(CJK.search(text)) and "Traceback" not in text
