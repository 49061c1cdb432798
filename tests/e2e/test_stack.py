"""The production stack itself: gunicorn preload, whitenoise static files, no media route."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.e2e


def test_it_warms_jieba_once_in_the_master_and_runs_two_workers(page, live_site):
    page.goto("/search/?q=行政复议")  # both workers have answered by now or will without delay
    log = live_site.log.read_text(encoding="utf-8", errors="replace")
    assert "jieba and OpenCC loaded before fork; 2 workers" in log
    assert len(re.findall(r"Booting worker with pid", log)) >= 2
    assert "Traceback" not in log, log[-3000:]


def test_it_serves_hashed_compressed_static_files(page, live_site):
    page.goto("/")
    stylesheet = page.locator("link[rel=stylesheet]").first.get_attribute("href")
    # Manifest storage: a content hash in the name, so it can be cached for a year.
    assert re.search(r"/static/css/site\.[0-9a-f]{12}\.css$", stylesheet), stylesheet
    response = page.request.get(stylesheet, headers={"Accept-Encoding": "gzip"})
    assert response.status == 200
    assert "max-age=315360000" in response.headers["cache-control"]
    assert response.headers.get("content-encoding") == "gzip"


def test_it_never_serves_uploaded_originals_as_media(page, live_site):
    media = live_site.env["MEDIA_ROOT"]
    from pathlib import Path

    originals = sorted(p for p in Path(media).rglob("*") if p.is_file())
    assert originals, "bootstrap stored the samples' original files"
    relative = originals[0].relative_to(media).as_posix()
    for url in (f"/media/{relative}", f"/static/{relative}"):
        assert page.request.get(url).status == 404, url


def test_it_sends_security_headers(page, live_site):
    response = page.request.get("/search/?q=行政复议")
    headers = response.headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
