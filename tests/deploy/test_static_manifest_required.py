"""DEBUG off and collectstatic not run: a clear refusal at start, never a 500 on every page."""

from __future__ import annotations

import subprocess

from tests.deploy.helpers import BIN, ROOT, clean_env, manage

PRODUCTION = dict(DEBUG="0", SECRET_KEY="x" * 60, ALLOWED_HOSTS="127.0.0.1")


def test_it_fails_check_deploy_without_the_manifest(tmp_path):
    env = clean_env(tmp_path, **PRODUCTION)
    result = manage("check", "--deploy", env=env, check=False)
    assert result.returncode != 0
    assert "fazhi.E001" in result.stderr
    assert "collectstatic" in result.stderr


def test_it_passes_the_manifest_check_after_collectstatic(tmp_path):
    env = clean_env(tmp_path, **PRODUCTION)
    manage("collectstatic", "--noinput", "-v", "0", env=env)
    result = manage("check", "--deploy", env=env, check=False)
    assert "fazhi.E001" not in result.stdout + result.stderr


def test_it_keeps_gunicorn_from_starting_without_the_manifest(tmp_path):
    env = clean_env(tmp_path, **PRODUCTION, GUNICORN_BIND="127.0.0.1:0", GUNICORN_WORKERS="1")
    manage("migrate", "-v", "0", env=env)
    result = subprocess.run(
        [str(BIN / "gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "staticfiles.json" in result.stderr
    assert "collectstatic" in result.stderr
