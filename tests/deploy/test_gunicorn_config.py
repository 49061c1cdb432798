"""config/gunicorn.py: defaults, environment overrides, warm-up before fork, a real start."""

from __future__ import annotations

import runpy
import subprocess

import pytest

from tests.deploy.helpers import ROOT, clean_env

CONFIG = ROOT / "config" / "gunicorn.py"


def load_config(monkeypatch, **env: str) -> dict:
    for name in ("GUNICORN_BIND", "GUNICORN_WORKERS", "WEB_CONCURRENCY", "GUNICORN_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG))


def test_it_has_safe_defaults(monkeypatch):
    config = load_config(monkeypatch)
    assert config["bind"] == ["127.0.0.1:8000"]
    assert config["preload_app"] is True
    assert config["accesslog"] == "-" and config["errorlog"] == "-"
    assert 1 <= config["workers"] <= config["MAX_DEFAULT_WORKERS"]
    assert config["workers"] == config["default_workers"]()
    assert 30 <= config["timeout"] <= 120
    assert config["graceful_timeout"] > 0 and config["max_requests"] > 0


@pytest.mark.parametrize("cores", [1, 2, 3, 16])
def test_it_caps_the_default_worker_count(monkeypatch, cores):
    config = load_config(monkeypatch)
    monkeypatch.setattr("multiprocessing.cpu_count", lambda: cores)
    assert config["default_workers"]() == min(2 * cores + 1, 8)


def test_it_reads_the_environment(monkeypatch):
    config = load_config(
        monkeypatch, GUNICORN_BIND="0.0.0.0:9000", GUNICORN_WORKERS="3", GUNICORN_TIMEOUT="90"
    )
    assert config["bind"] == ["0.0.0.0:9000"]
    assert config["workers"] == 3
    assert config["timeout"] == 90
    assert load_config(monkeypatch, WEB_CONCURRENCY="5")["workers"] == 5


def test_it_warms_up_jieba_and_the_urlconf_in_the_master(monkeypatch):
    from django.urls import clear_url_caches, get_resolver

    from search import analysis

    clear_url_caches()  # a resolver that has read nothing yet
    assert not get_resolver()._populated

    config = load_config(monkeypatch)
    calls = []
    monkeypatch.setattr(analysis, "warm_up", lambda: calls.append("warm"))

    class Server:
        num_workers = 2

        class log:
            @staticmethod
            def info(*args):
                calls.append("logged")

    config["on_starting"](Server())
    assert calls == ["warm", "logged"]
    assert get_resolver()._populated  # every view imported before the fork


def test_it_passes_gunicorns_own_config_check(tmp_path):
    """gunicorn --check-config loads the app with the config (preload), as the master does."""
    env = clean_env(tmp_path, DEBUG="0", SECRET_KEY="x" * 60, ALLOWED_HOSTS="127.0.0.1")
    result = subprocess.run(
        ["gunicorn", "-c", "config/gunicorn.py", "--check-config", "config.wsgi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
