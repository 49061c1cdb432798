"""Drills run the real site (gunicorn, manage.py) in subprocesses; see site.py."""

from __future__ import annotations

import pytest

from tests.drills.site import build_template, clone


@pytest.fixture(scope="session")
def site_template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("drill-template"))


@pytest.fixture
def site_dir(site_template, tmp_path):
    """A private copy of the template site: database, index, media, static files."""
    return clone(site_template, tmp_path / "site")
