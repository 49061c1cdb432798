"""Every test gets its own Whoosh index and media folder in a temp dir; the real database.

With SEARCH_ENGINE=opensearch (and OPENSEARCH_URL) every test gets its own index on that
node instead, deleted after it; a node that does not answer fails the test.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

SEEDS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
OPENSEARCH = os.environ.get("SEARCH_ENGINE") in ("opensearch", "elasticsearch")
# The drills (real gunicorn sites, killed processes), the deployment checks (gunicorn,
# compose, restore drills: processes of their own), the browser tests (Chromium against a
# gunicorn site of their own) and the benchmark tests take minutes: marked slow, left out of
# a developer's default run (192 s on this 2-core machine with the browser tests in, over the
# 3 minutes it should take); RUN_SLOW=1 (CI, .ci/run) or `-m slow` runs them. A test
# elsewhere that builds a benchmark corpus is marked itself.
SLOW_DIRS = ("drills", "bench", "deploy", "e2e")
RUN_SLOW = os.environ.get("RUN_SLOW") == "1"


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers",
        "whoosh_only: Whoosh internals (posting blocks, segments, file lock) or Whoosh-only ranking",
    )
    config.addinivalue_line(
        "markers",
        "slow: drills, deployment, browser and benchmark tests; run with RUN_SLOW=1 or -m slow",
    )


def pytest_collection_modifyitems(config, items) -> None:
    tests = Path(__file__).resolve().parent
    for item in items:
        if Path(item.fspath).resolve().relative_to(tests).parts[0] in SLOW_DIRS:
            item.add_marker(pytest.mark.slow)
    keep = items
    if not RUN_SLOW and "slow" not in (config.option.markexpr or ""):
        keep = [item for item in keep if item.get_closest_marker("slow") is None]
    # On OpenSearch the Whoosh-internal tests do not apply: deselected, not skipped.
    if OPENSEARCH:
        keep = [item for item in keep if item.get_closest_marker("whoosh_only") is None]
    if len(keep) < len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in keep])
        items[:] = keep


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
    else:  # SEARCH_ENGINE=opensearch: the node from OPENSEARCH_URL, an index of its own
        connections["default"]["INDEX_NAME"] = f"test_{uuid.uuid4().hex}"
    settings.HAYSTACK_CONNECTIONS = connections
    settings.SEARCH_INDEX_PATH = tmp_path / "whoosh"
    _point_haystack_at(connections)
    yield
    if "whoosh" not in connections["default"]["ENGINE"].lower():
        from opensearchpy import OpenSearch

        name = connections["default"]["INDEX_NAME"]
        OpenSearch([connections["default"]["URL"]]).indices.delete(index=f"{name}*")
    _point_haystack_at(original)


@pytest.fixture
def seed_paths() -> list[Path]:
    return sorted(SEEDS_DIR.glob("*.txt"))


@pytest.fixture
def seed_bytes(seed_paths) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in seed_paths}
