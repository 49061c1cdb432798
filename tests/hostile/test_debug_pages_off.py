"""With DEBUG off, errors show our pages: no traceback, no settings, no Django debug page.

A subprocess runs the site's own settings with DEBUG=0 (pytest forces DEBUG off in-process
anyway, so only a separate process shows what production shows).
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.deploy.helpers import ROOT, clean_env

PROBE = r"""
import json
from unittest import mock

import django
django.setup()
from django.core.management import call_command
from django.test import Client

call_command("migrate", verbosity=0)
call_command("collectstatic", interactive=False, verbosity=0)  # as a deployment does
client = Client(raise_request_exception=False)
out = {}

def keep(name, response):
    out[name] = [response.status_code, response.content.decode("utf-8", "replace")]

keep("404", client.get("/no/such/page/"))
keep("404 report", client.get("/reports/999999/"))
keep("404 api", client.get("/api/reports/999999"))
keep("400 host", client.get("/", HTTP_HOST="evil.example.org"))
# The index path is a plain file: the search answers (no results), it does not crash.
keep("200 broken index", client.get("/search/", {"q": "法治"}))
boom = RuntimeError("SECRET-DETAIL-THAT-MUST-NOT-LEAK")
with mock.patch("search.searching.run", side_effect=boom):
    keep("500 forced search", client.get("/search/", {"q": "法治"}))
    keep("500 forced api", client.get("/api/search", {"q": "法治"}))
with mock.patch("reports.views.browse.render", side_effect=boom):
    keep("500 forced browse", client.get("/browse/"))
csrf = Client(enforce_csrf_checks=True, raise_request_exception=False)
keep("403 csrf", csrf.post("/admin/login/", {"username": "x", "password": "y"}))
print(json.dumps(out, ensure_ascii=False))
"""

LEAKS = [
    "Traceback",
    "Django settings",
    "DEBUG = True",
    "SECRET-DETAIL",
    "Request Method:",
    "/work/",
]


def test_it_shows_our_pages_and_no_debug_output_with_debug_off(tmp_path):
    (tmp_path / "whoosh").write_text("not an index")
    env = clean_env(
        tmp_path,
        DEBUG="0",
        SECRET_KEY="debug-off-test-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFG",
        ALLOWED_HOSTS="testserver",
        DJANGO_SETTINGS_MODULE="config.settings",
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    pages = json.loads(result.stdout.strip().splitlines()[-1])

    for name, (status, body) in pages.items():
        assert str(status) == name.split()[0], (name, status)
        for leak in LEAKS:
            assert leak not in body, (name, leak)
    assert "页面不存在" in pages["404"][1]
    assert "报告不存在" in pages["404 report"][1]
    assert json.loads(pages["404 api"][1]) == {"error": "报告不存在"}
    assert "请求有误" in pages["400 host"][1]
    for name in ["500 forced search", "500 forced api", "500 forced browse"]:
        assert "出错" in pages[name][1], name
