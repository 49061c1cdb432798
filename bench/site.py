"""Scratch sites for the benchmark: environments, gunicorn processes, worker memory.

Like tests/deploy/helpers.clean_env: the app's variables are never inherited from the
shell, and everything (database, index, media) lives under the benchmark's work dir.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
APP_PREFIXES = (
    "GUNICORN_",
    "DJANGO_",
    "SEARCH_",
    "ELASTICSEARCH_",
    "OPENSEARCH_",
    "SECURE_",
    "STOCK_",
)
APP_VARIABLES = {
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "DATABASE_URL",
    "CONN_MAX_AGE",
    "VAR_DIR",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "MAX_UPLOAD_BYTES",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "BEHIND_TLS_PROXY",
    "LOG_LEVEL",
    "WEB_CONCURRENCY",
    "FORWARDED_ALLOW_IPS",
    "IMPORT_SAMPLES",
    "REBUILD_INDEX",
    "FAST_PASSWORD_HASHER",
}


def setup_in(workdir: Path) -> None:
    """django.setup() in this process on a benchmark work dir's database and Whoosh index
    (its env.json where there is one, else the paths `site_env` gives them)."""
    saved = workdir / "env.json"
    os.environ.update(json.loads(saved.read_text()) if saved.exists() else {})
    os.environ.setdefault("SEARCH_INDEX_PATH", str(workdir / "whoosh"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'db.sqlite3'}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()


def site_env(workdir: Path, **overrides: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in APP_VARIABLES and not k.startswith(APP_PREFIXES)
    }
    env.update(
        PATH=f"{Path(PYTHON).parent}{os.pathsep}{env.get('PATH', '')}",
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
        DJANGO_SETTINGS_MODULE="config.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        VAR_DIR=str(workdir / "var"),
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        SEARCH_INDEX_PATH=str(workdir / "whoosh"),
        STOCK_INDEX_PATH=str(workdir / "whoosh-stock"),
        MEDIA_ROOT=str(workdir / "media"),
        STATIC_ROOT=str(workdir / "static"),
        LOG_LEVEL="WARNING",
    )
    env.update(overrides)
    return env


def collect_static(env: dict[str, str]) -> None:
    """collectstatic into the site's STATIC_ROOT: gunicorn refuses to start without the
    manifest when DEBUG is off (config/gunicorn.py)."""
    subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


def process_memory_mb(pid: int) -> dict[str, float]:
    """Resident set of one process (the OpenSearch node's JVM): now and peak."""
    found = {"VmRSS:": 0.0, "VmHWM:": 0.0}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key = line.split(maxsplit=1)[0] if line else ""
            if key in found:
                found[key] = int(line.split()[1]) / 1024
    return {"rss_mb": round(found["VmRSS:"], 1), "peak_rss_mb": round(found["VmHWM:"], 1)}


@dataclass
class Node:
    url: str
    pid: int


@contextlib.contextmanager
def opensearch_node(workdir: Path) -> Iterator[Node]:
    """OPENSEARCH_URL's node if the shell names one (left running), else a node of our own
    (deploy/test_opensearch.sh, data under the work dir), stopped afterwards."""
    given = os.environ.get("OPENSEARCH_URL")
    if given:
        yield Node(given, int(os.environ.get("OPENSEARCH_PID", "0")))
        return
    script = str(ROOT / "deploy" / "test_opensearch.sh")
    env = {**os.environ, "OPENSEARCH_TEST_DIR": str(workdir / "opensearch")}
    url = subprocess.run(
        [script, "start"], env=env, check=True, capture_output=True, text=True
    ).stdout.strip()
    try:
        pid = subprocess.run(
            [script, "pid"], env=env, check=True, capture_output=True, text=True
        ).stdout.strip()
        yield Node(url, int(pid))
    finally:
        subprocess.run([script, "stop"], env=env, check=False)


def run_phase(phase: str, *args: str, env: dict[str, str], timeout: float = 7200) -> dict:
    """python -m bench.phases PHASE ...; its last stdout line, parsed."""
    result = subprocess.run(
        [PYTHON, "-m", "bench.phases", phase, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        raise RuntimeError(
            f"bench phase {phase} exited {result.returncode}\n"
            f"stdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-3000:]}"
        )
    return json.loads(lines[-1])


def stop_process_group(process: subprocess.Popen, timeout: float = 20) -> None:
    """SIGTERM a server started with start_new_session=True; SIGKILL it if it lingers."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path

    def worker_pids(self) -> list[int]:
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                pids.append(int(stat.parent.name))
        return pids

    def worker_memory_mb(self) -> dict[str, float]:
        """Largest resident set among the workers: now, peak (VmHWM), and the private
        part now (RssAnon; the rest is file pages such as the mapped report texts,
        shared by every worker through the page cache)."""
        found = {"VmRSS:": 0.0, "VmHWM:": 0.0, "RssAnon:": 0.0}
        for pid in self.worker_pids():
            with contextlib.suppress(OSError):
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    key = line.split(maxsplit=1)[0] if line else ""
                    if key in found:
                        found[key] = max(found[key], int(line.split()[1]) / 1024)
        return {
            "rss_mb": round(found["VmRSS:"], 1),
            "peak_rss_mb": round(found["VmHWM:"], 1),
            "anon_rss_mb": round(found["RssAnon:"], 1),
        }


def _wait_until_serving(url: str, server: Server) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"gunicorn exited:\n{server.log.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except urllib.error.HTTPError:
            return  # it answered (a 404 for the probe path is fine)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise RuntimeError(f"gunicorn did not answer {url}:\n{server.log.read_text()[-4000:]}")


@contextlib.contextmanager
def gunicorn(
    env: dict[str, str], log: Path, workers: int = 2, config: str = "config/gunicorn.py"
) -> Iterator[Server]:
    """config/gunicorn.py (preload, warm_up before fork), or another `config` file, on a
    free loopback port."""
    port = free_port()
    env = {
        **env,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": str(workers),
        "GUNICORN_MAX_REQUESTS": "0",  # no recycling in the middle of a measurement
        "GUNICORN_LOG_LEVEL": "warning",
    }
    sink = log.open("wb")
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", config, "config.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=sink,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    server = Server(f"http://127.0.0.1:{port}", process, log)
    try:
        # A path that does not search (404): the first search stays for the measurement.
        _wait_until_serving(f"{server.url}/bench-probe-404", server)
        # Both workers must be up (forked) before anything is measured.
        deadline = time.monotonic() + 30
        while len(server.worker_pids()) < workers and time.monotonic() < deadline:
            time.sleep(0.05)
        yield server
    finally:
        stop_process_group(process, timeout=30)
        sink.close()
