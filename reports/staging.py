"""Uploads waiting between preview and confirm: one file each under MEDIA_ROOT/staging.

Only an upload that parsed is staged; confirm or cancel removes it, and anything older
than a day is swept on the next upload, so abandoned previews leave nothing behind.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import time
from pathlib import Path

from django.conf import settings

MAX_AGE_SECONDS = 24 * 3600
_TOKEN = re.compile(r"^[0-9a-f]{32}$")


def _dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "staging"
    path.mkdir(parents=True, exist_ok=True)
    return path


def stage(data: bytes, *, filename: str, source_url: str) -> str:
    sweep()
    token = secrets.token_hex(16)
    directory = _dir()
    (directory / f"{token}.bin").write_bytes(data)
    (directory / f"{token}.json").write_text(
        json.dumps({"filename": filename, "source_url": source_url}), encoding="utf-8"
    )
    return token


def load(token: str) -> tuple[bytes, str, str] | None:
    """(data, filename, source_url), or None for an unknown or malformed token."""
    if not _TOKEN.match(token or ""):
        return None
    directory = _dir()
    try:
        data = (directory / f"{token}.bin").read_bytes()
        meta = json.loads((directory / f"{token}.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    return data, meta.get("filename", ""), meta.get("source_url", "")


def discard(token: str) -> None:
    if not _TOKEN.match(token or ""):
        return
    for suffix in (".bin", ".json"):
        try:
            os.remove(_dir() / f"{token}{suffix}")
        except FileNotFoundError:
            pass


def sweep(now: float | None = None) -> int:
    now = now or time.time()
    removed = 0
    for path in _dir().iterdir():
        try:
            if now - path.stat().st_mtime > MAX_AGE_SECONDS:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            pass
    return removed
