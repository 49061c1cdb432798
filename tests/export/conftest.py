"""The page tests' report factory (stored through reports.ingest.save_report), indexed."""

from __future__ import annotations

import pytest

from tests.pages.conftest import make_report, sample_sections  # noqa: F401


@pytest.fixture
def indexed(make_report, django_capture_on_commit_callbacks):  # noqa: F811
    """indexed(**fields) -> Report, searchable when it returns (the index updates on commit)."""

    def make(**fields):
        with django_capture_on_commit_callbacks(execute=True):
            return make_report(**fields)

    return make
