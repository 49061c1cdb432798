"""Every test gets its own Whoosh index and media folder in a temp dir; the real database."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def _point_haystack_at(connections: dict) -> None:
    import haystack

    haystack.connections.connections_info = connections
    haystack.connections.thread_local.connections = {}


@pytest.fixture(autouse=True)
def isolated_index_and_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    original = settings.HAYSTACK_CONNECTIONS
    connections = {name: dict(conf) for name, conf in original.items()}
    if "whoosh" in connections["default"]["ENGINE"].lower():
        connections["default"]["PATH"] = str(tmp_path / "whoosh")
    settings.HAYSTACK_CONNECTIONS = connections
    settings.SEARCH_INDEX_PATH = tmp_path / "whoosh"
    _point_haystack_at(connections)
    yield
    _point_haystack_at(original)


@pytest.fixture
def seed_paths() -> list[Path]:
    return sorted(SEEDS_DIR.glob("*.txt"))


@pytest.fixture
def seed_bytes(seed_paths) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in seed_paths}
