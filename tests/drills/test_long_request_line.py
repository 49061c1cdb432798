"""A request line longer than gunicorn accepts (a 2,000-character Chinese query) is
answered by a real gunicorn with a Chinese 414 page, not gunicorn's English one."""

import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.drills.site import gunicorn


def test_it_answers_a_too_long_request_line_in_chinese(site_dir):
    with gunicorn(site_dir, workers=1) as server:
        query = urllib.parse.urlencode({"q": "行政复议" * 500})
        with pytest.raises(urllib.error.HTTPError) as raised:
            urllib.request.urlopen(f"{server.url}/search/?{query}", timeout=30)
        answer = raised.value
        body = answer.read().decode("utf-8")

        assert answer.code == 414
        assert answer.headers["Content-Type"] == "text/html; charset=utf-8"
        assert "网址过长" in body and "检索词" in body and 'lang="zh-hans"' in body
        assert "URI Too Long" not in body
        # The worker still serves the next, normal request.
        normal = urllib.parse.urlencode({"q": "行政复议"})
        with urllib.request.urlopen(f"{server.url}/search/?{normal}", timeout=30) as ok:
            assert ok.status == 200
