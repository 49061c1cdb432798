"""Seeds stored through reports.ingest.save_report (which extracts their indicators)."""

from __future__ import annotations

import pytest

from reports.ingest import save_report
from reports.models import Report
from reports.parsing.upload import parse_text
from tests.conftest import SEEDS_DIR

GANXIAN = "003_ad3b0ea605e042d7.txt"  # 赣县区 2020


@pytest.fixture
def store_seed(db):
    def store(name: str = GANXIAN) -> Report:
        return save_report(parsed=parse_text((SEEDS_DIR / name).read_text(encoding="utf-8")))

    return store
