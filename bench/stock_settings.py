"""Settings of the comparison site: stock haystack 3.4 + Whoosh + jieba's ChineseAnalyzer.

Same database as the real site (the benchmark's scratch SQLite); the index lives next to
ours. Serves bench/stock_urls.py only: the stock SearchQuerySet search and the naive
icontains search, both as JSON.
"""

import os

from config.settings import *  # noqa: F403
from config.settings import INSTALLED_APPS, VAR_DIR

# "search" (our schema and rebuild_index) is replaced by "bench" (the stock SearchIndex).
INSTALLED_APPS = [("bench.apps.BenchConfig" if a == "search" else a) for a in INSTALLED_APPS]
ROOT_URLCONF = "bench.stock_urls"
HAYSTACK_CONNECTIONS = {
    "default": {
        "ENGINE": "haystack.backends.whoosh_backend.WhooshEngine",
        "PATH": os.environ.get("STOCK_INDEX_PATH", str(VAR_DIR / "whoosh-stock")),
        "BATCH_SIZE": 1000,
    }
}
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"
