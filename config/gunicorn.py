"""gunicorn settings: `gunicorn -c config/gunicorn.py config.wsgi`.

Everything can be overridden from the environment (README "Production"):

GUNICORN_BIND        address to listen on (default 127.0.0.1:8000; the Docker image 0.0.0.0:8000)
GUNICORN_WORKERS     worker processes (default 2 x cores + 1, at most 8); WEB_CONCURRENCY too
GUNICORN_TIMEOUT     seconds a request may take before its worker is restarted (default 60)
FORWARDED_ALLOW_IPS  proxies whose X-Forwarded-* headers are trusted (default 127.0.0.1)

The app is loaded once in the master (preload_app) and jieba's dictionary and the OpenCC
tables are loaded there too, before the workers are forked: each worker shares them
copy-on-write instead of spending ~1 s and ~110 MB loading its own on its first search.
"""

from __future__ import annotations

import gc
import multiprocessing
import os

MAX_DEFAULT_WORKERS = 8


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def default_workers() -> int:
    return min(2 * multiprocessing.cpu_count() + 1, MAX_DEFAULT_WORKERS)


wsgi_app = "config.wsgi:application"
bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")]
workers = _int("GUNICORN_WORKERS", _int("WEB_CONCURRENCY", default_workers()))
# The sync worker, with a Chinese page for a request line over limit_request_line.
worker_class = "config.gunicorn_worker.ChineseSyncWorker"
preload_app = True

# A PDF upload is parsed inside the request: allow a minute, then recycle the worker.
timeout = _int("GUNICORN_TIMEOUT", 60)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Bound slow memory growth: each worker is replaced after about a thousand requests.
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 100)

# Logs to stdout/stderr: the container runtime or systemd journal collects them.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'

forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Heartbeat files on tmpfs when there is one (Docker's /tmp may be an overlay on disk).
if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK):
    worker_tmp_dir = "/dev/shm"


def on_starting(server) -> None:
    """In the master, after the app is loaded (preload) and before any worker is forked."""
    from config.checks import static_manifest_errors

    # Refuse to start rather than answer 500 on every HTML page (DEBUG off, no collectstatic).
    errors = static_manifest_errors()
    if errors:
        for error in errors:
            server.log.error("%s (%s)", error.msg, error.hint)
        raise SystemExit(1)

    from search.analysis import warm_up

    warm_up()
    # The URLconf, with every view module, is imported and its reverse table built on a
    # worker's first request otherwise: ~90 ms of a fresh worker's first search (10,000
    # reports, 170 → 74 ms in one process).
    from django.urls import get_resolver

    get_resolver().reverse_dict  # noqa: B018 (reading the property builds the table)
    # Nothing opened in the master may be shared by the forked workers.
    from django.db import connections

    connections.close_all()
    # Long-lived objects out of the cyclic collector's sight: a full collection walking
    # them cost a random search ~50 ms, and the forked workers' pages stay shared.
    gc.freeze()
    server.log.info("jieba and OpenCC loaded before fork; %s workers", server.num_workers)


def post_worker_init(worker) -> None:
    """In each worker, before its first request: open the index searcher and its columns.

    Not in the master: Whoosh's file handles must not be shared across forks.
    """
    from search.searching import warm_searcher

    try:
        warm_searcher()
    except Exception:  # an empty or missing index must not stop the worker
        worker.log.warning("search index not opened before the first request", exc_info=True)
    gc.freeze()  # the searcher and its columns too (see on_starting)
