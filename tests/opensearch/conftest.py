"""Tests of the OpenSearch backend itself: they need a node (SEARCH_ENGINE=opensearch and
OPENSEARCH_URL, as `.ci/run`'s OpenSearch leg sets them; deploy/test_opensearch.sh starts
one). Without that setting they are skipped; with it, a node that does not answer fails."""

from __future__ import annotations

import pytest

from tests.conftest import OPENSEARCH
from tests.search.conftest import make_report, seeds  # noqa: F401  (the search fixtures)


@pytest.fixture(autouse=True)
def _needs_opensearch() -> None:
    if not OPENSEARCH:
        pytest.skip("SEARCH_ENGINE=opensearch is not set (deploy/test_opensearch.sh start)")


@pytest.fixture
def backend():
    from search import indexing

    return indexing.backend()
