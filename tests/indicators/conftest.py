"""Seeds stored through reports.ingest.save_report (which extracts their indicators), and a
client logged in as staff."""

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


@pytest.fixture
def staff(client, django_user_model):
    """A client logged in as a superuser (the admin's pages and actions)."""
    client.force_login(django_user_model.objects.create_superuser("staff", "s@example.org", "pw"))
    return client
