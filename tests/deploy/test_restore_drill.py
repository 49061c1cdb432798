"""Backup -> wipe -> restore -> rebuild gives back the same reports and search results.

SQLite always (dumpdata/loaddata); PostgreSQL (pg_dump/pg_restore) on a scratch database
of the server named by DATABASE_URL, when the suite runs against PostgreSQL.
"""

from __future__ import annotations

import contextlib
import json

import pytest

from tests.deploy.helpers import (
    clean_env,
    manage,
    postgres_base_url,
    run_script,
    scratch_postgres,
)

EXCLUDED_MODELS = {
    "contenttypes.contenttype",
    "auth.permission",
    "sessions.session",
    "reports.jurisdiction",
    "reports.historicalname",
}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def drilled(request, tmp_path_factory):
    engine = request.param
    base = postgres_base_url()
    if engine == "postgresql" and base is None:
        pytest.skip("PostgreSQL drill: runs when DATABASE_URL is a postgres:// URL (CI)")
    tmp = tmp_path_factory.mktemp(f"drill-{engine}")
    with contextlib.ExitStack() as stack:
        env = clean_env(tmp)
        if engine == "postgresql":
            url = stack.enter_context(scratch_postgres(base, "drill"))
            env.update(DATABASE_URL=url, DRILL_ALLOW_WIPE="1")
        manage("bootstrap", env=env, timeout=120)
        # An admin account must survive too (natural keys, no permission rows in the dump).
        manage(
            "createsuperuser",
            "--noinput",
            env={
                **env,
                "DJANGO_SUPERUSER_USERNAME": "drill",
                "DJANGO_SUPERUSER_PASSWORD": "x",
                "DJANGO_SUPERUSER_EMAIL": "drill@example.org",
            },
        )
        result = run_script("restore_drill.sh", str(tmp / "work"), env=env, timeout=120)
        yield engine, tmp, env, result


def test_it_restores_the_same_reports_and_search_results(drilled):
    _, _, _, result = drilled
    assert result.returncode == 0, result.stdout + result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    before, after = summary["before"], summary["after"]
    assert len(before["ids"]) == 5  # the five sample reports of bootstrap
    assert before["search"], "the drill query found nothing before the backup"
    assert before["originals"], "the samples keep their original files"
    assert after == before
    assert summary["missing_originals"] == 0


def test_it_dumps_no_rows_that_migrate_recreates(drilled):
    engine, tmp, _, result = drilled
    assert result.returncode == 0, result.stderr
    backup = tmp / "work" / "backup"
    assert (backup / "media.tar.gz").stat().st_size > 0
    assert (backup / "divisions.tsv").read_text().count("\n") > 3000
    if engine == "postgresql":
        assert (backup / "db.pgdump").stat().st_size > 0
        return
    rows = json.loads((backup / "data.json").read_text(encoding="utf-8"))
    models = {row["model"] for row in rows}
    assert not models & EXCLUDED_MODELS
    assert {"reports.report", "reports.section", "auth.user"} <= models


def test_it_keeps_the_admin_account(drilled):
    _, _, env, result = drilled
    assert result.returncode == 0, result.stderr
    check = manage(
        "shell",
        "-v",
        "0",
        "-c",
        (
            "from django.contrib.auth import authenticate; "
            "print(authenticate(username='drill', password='x') is not None)"
        ),
        env=env,
    )
    assert check.stdout.strip() == "True"


def test_it_refuses_to_restore_a_sqlite_dump_into_a_database_with_reports(drilled):
    engine, tmp, env, result = drilled
    if engine != "sqlite":
        pytest.skip("pg_restore --clean replaces the database's tables by design")
    assert result.returncode == 0, result.stderr
    again = run_script("restore.sh", str(tmp / "work" / "backup"), env=env)
    assert again.returncode != 0
    assert "restore into an empty one" in again.stderr


def test_it_refuses_to_drill_on_postgres_without_consent(tmp_path):
    env = clean_env(tmp_path, DATABASE_URL="postgres://nobody@127.0.0.1:1/none")
    result = run_script("restore_drill.sh", str(tmp_path / "work"), env=env)
    assert result.returncode != 0
    assert "DRILL_ALLOW_WIPE=1" in result.stderr
