"""With the database down, pages answer 503 with a Chinese page, never a traceback."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import django, json
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
out = {}
for path in ["/browse/", "/reports/1/", "/browse/coverage/", "/", "/search/?q=%E6%B3%95",
             "/api/search?q=%E6%B3%95", "/api/reports/1"]:
    response = client.get(path)
    out[path] = [response.status_code, response.content.decode(), response.get("Retry-After")]
print(json.dumps(out))
"""


def test_it_answers_503_when_the_database_is_unreachable(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        # Nothing listens on port 1: a real connection failure, not a mock.
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/nowhere",
        "DEBUG": "0",
        "SECRET_KEY": "test-key-not-secret-but-long-enough-for-the-check-0123456789",
        "ALLOWED_HOSTS": "testserver",
        "SEARCH_INDEX_PATH": str(tmp_path / "whoosh"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    pages = json.loads(result.stdout.strip().splitlines()[-1])
    for path, (status, body, retry_after) in pages.items():
        assert status == 503, path
        assert "数据库暂时无法连接" in body
        assert "Traceback" not in body and "OperationalError" not in body
        assert retry_after == "30"
        if path.startswith("/api/"):
            assert json.loads(body)["error"].startswith("数据库暂时无法连接")
