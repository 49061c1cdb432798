"""Where the index lives on disk, and the one-writer-at-a-time lock.

Layout next to the configured PATH (say var/whoosh):

    var/whoosh            symlink → whoosh.gen-<stamp>   (what readers open)
    var/whoosh.gen-<stamp>/   the Whoosh files of the live index
    var/whoosh.lock       flock()ed by every writer (all processes)
    var/whoosh.pending    ids a writer could not apply in time (applied by the next one)
    var/whoosh.rebuild    pid of a running rebuild; writers then also log to .replay

A rebuild writes a new generation directory and swaps the symlink with os.replace, so a
kill -9 half-way leaves the old index serving.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings


class IndexBusy(Exception):
    """Another process held the index lock longer than the bounded wait."""


def sibling(path: Path, suffix: str) -> Path:
    return path.parent / f"{path.name}.{suffix}"


def new_generation_dir(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d%H%M%S") + "-" + uuid.uuid4().hex[:6]
    target = sibling(path, f"gen-{stamp}")
    target.mkdir(parents=True)
    return target


def point_to(path: Path, target: Path) -> None:
    """Atomically make `path` a symlink to `target` (relative, so the tree can move)."""
    tmp = sibling(path, f"link-{uuid.uuid4().hex[:8]}")
    os.symlink(target.name, tmp)
    if path.is_dir() and not path.is_symlink():
        # Old layout (a plain directory): move it aside first; a short gap, once.
        path.rename(sibling(path, f"gen-legacy-{uuid.uuid4().hex[:6]}"))
    os.replace(tmp, path)


def resolve(path: Path) -> Path:
    """The live generation directory, creating the layout on first use."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_symlink():
        target = path.parent / os.readlink(path)
        if target.is_dir():
            return target
    elif path.is_dir():
        return path  # plain directory from an older layout: still usable
    with writer_lock(path):
        if path.is_symlink() and (path.parent / os.readlink(path)).is_dir():
            return path.parent / os.readlink(path)
        target = new_generation_dir(path)
        point_to(path, target)
        return target


def remove_other_generations(path: Path, keep: Path) -> None:
    for candidate in path.parent.glob(f"{path.name}.gen-*"):
        if candidate.resolve() != keep.resolve():
            shutil.rmtree(candidate, ignore_errors=True)


@contextlib.contextmanager
def writer_lock(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Cross-process exclusive lock; waits at most `timeout` seconds, then IndexBusy."""
    if timeout is None:
        timeout = float(getattr(settings, "SEARCH_WRITE_LOCK_TIMEOUT", 15))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(sibling(path, "lock"), os.O_RDWR | os.O_CREAT, 0o640)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexBusy(f"search index {path} is locked") from None
                time.sleep(0.02)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the flock


def append_ids(file: Path, *, update: set[int], delete: set[int]) -> None:
    """One JSON line; O_APPEND writes this small are atomic, so no lock is needed."""
    line = json.dumps({"update": sorted(update), "delete": sorted(delete)}) + "\n"
    fd = os.open(file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, line.encode())
    finally:
        os.close(fd)


def has_ids(file: Path) -> bool:
    try:
        return file.stat().st_size > 0
    except FileNotFoundError:
        return False


def take_ids(file: Path) -> tuple[set[int], set[int]]:
    """Read and remove a journal (caller holds the writer lock)."""
    update: set[int] = set()
    delete: set[int] = set()
    try:
        lines = file.read_text().splitlines()
    except FileNotFoundError:
        return update, delete
    file.unlink(missing_ok=True)
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        update.update(int(i) for i in entry.get("update", []))
        delete.update(int(i) for i in entry.get("delete", []))
    return update - delete, delete


def rebuild_running(path: Path) -> bool:
    marker = sibling(path, "rebuild")
    try:
        pid = int(marker.read_text().strip() or 0)
    except (FileNotFoundError, ValueError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        marker.unlink(missing_ok=True)  # a killed rebuild: nobody will replay
        sibling(path, "replay").unlink(missing_ok=True)
        return False
    except PermissionError:
        pass
    return True
