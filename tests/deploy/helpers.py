"""Run manage.py, gunicorn and the deploy scripts in subprocesses with a controlled environment."""

from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from bench.site import APP_PREFIXES, APP_VARIABLES

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
PYTHON = sys.executable
BIN = Path(PYTHON).parent

# Everything config/settings.py and config/gunicorn.py read is never inherited from the
# shell or CI (a DATABASE_URL of the PostgreSQL run must not reach a SQLite drill): the
# benchmark's site runner keeps the one list of those names.


def clean_env(tmp: Path | None = None, **overrides: str) -> dict[str, str]:
    """os.environ without the app's variables; with tmp, a private SQLite site under it."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in APP_VARIABLES and not k.startswith(APP_PREFIXES)
    }
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHON"] = PYTHON
    env["PYTHONUNBUFFERED"] = "1"
    if tmp is not None:
        env.update(
            VAR_DIR=str(tmp / "var"),
            DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}",
            SEARCH_INDEX_PATH=str(tmp / "whoosh"),
            MEDIA_ROOT=str(tmp / "media"),
            STATIC_ROOT=str(tmp / "static"),
            FAST_PASSWORD_HASHER="1",
        )
    env.update(overrides)
    return env


def manage(*args: str, env: dict[str, str], timeout: float = 120, check: bool = True):
    result = subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"manage.py {' '.join(args)} exited {result.returncode}\n"
            f"stdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-3000:]}"
        )
    return result


def run_script(script: str, *args: str, env: dict[str, str], timeout: float = 120):
    return subprocess.run(
        ["sh", str(DEPLOY / script), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def read_env_file(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        assert sep, f"not KEY=VALUE: {line!r}"
        values[key.strip()] = value.strip()
    return values


def postgres_base_url() -> str | None:
    """The PostgreSQL server of the environment's DATABASE_URL (the CI PostgreSQL run)."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


@contextlib.contextmanager
def scratch_postgres(base_url: str, label: str):
    """A new, empty database on the server of base_url; dropped afterwards."""
    import psycopg2

    parts = urlsplit(base_url)
    name = f"fazhi_{label}_{secrets.token_hex(4)}"
    admin = urlunsplit(parts._replace(path="/postgres"))
    connection = psycopg2.connect(admin)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.close()
