"""gunicorn's sync worker, answering a request line that is too long in Chinese.

gunicorn refuses a request line over `limit_request_line` (4094 bytes: a query of ~450
Chinese characters, percent-encoded) before the application sees it, and answers with
its own English page (gunicorn.workers.base.Worker.handle_error → util.write_error).
Every other error keeps gunicorn's handling.
"""

from __future__ import annotations

from gunicorn import util
from gunicorn.http.errors import LimitRequestLine
from gunicorn.workers.sync import SyncWorker

PAGE_414 = """<!doctype html>
<html lang="zh-hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>网址过长 · 法治报告库</title>
</head>
<body>
<main>
<h1>网址过长</h1>
<p>这个网址太长，服务器无法处理（HTTP 414）。检索词最多使用 200 个字，请缩短检索词或减少筛选条件后再试。</p>
<p><a href="/search/">返回检索页</a></p>
</main>
</body>
</html>
"""


def answer_414() -> bytes:
    body = PAGE_414.encode("utf-8")
    head = (
        "HTTP/1.1 414 URI Too Long\r\n"
        "Connection: close\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


class ChineseSyncWorker(SyncWorker):
    def handle_error(self, req, client, addr, exc) -> None:
        if not isinstance(exc, LimitRequestLine):
            super().handle_error(req, client, addr, exc)
            return
        ip = addr[0] if isinstance(addr, tuple) and addr else addr
        self.log.warning("Invalid request from ip=%s: %s", ip, exc)
        try:
            util.write_nonblock(client, answer_414())
        except Exception:
            self.log.debug("Failed to send error message.")
