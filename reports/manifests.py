"""JSON Lines manifests for import_reports: one scraped page a line.

A line is `{"url": ..., "text": ...}` or `{"url": ..., "html": ...}`, optionally with
`fetched_at`, `title` and `ref`. The file is streamed: a line is never read past `cap`
bytes, so a 60 MB line costs `cap` of memory and is reported, and the rest still import.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from config import uploads

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# "www.xx.gov.cn/a.html", "xx.gov.cn:8080/": a host name without its scheme.
_BARE_HOST = re.compile(r"^[\w-]+(?:\.[\w-]+)+(?::\d{1,5})?(?:[/?#]|$)")
_SKIP_CHUNK = 1 << 20


def web_url(value: str) -> str | None:
    """The http(s) URL `value` stands for, or None.

    A host without a scheme ("www.xx.gov.cn/a.html") is taken as https, as the admin's
    edit form does; any other scheme (javascript:, ftp:, data:) is refused.
    """
    value = (value or "").strip()
    if not value or any(ch.isspace() or ord(ch) < 32 for ch in value):
        return None
    if not _SCHEME.match(value) or _BARE_HOST.match(value):
        if not _BARE_HOST.match(value):
            return None
        value = "https://" + value
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a port out of range
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return value


@dataclass
class Page:
    """One page to import, from a manifest line or a WARC record.

    `where` is PATH#LINE (or PATH#RECORD); `error` is set, in Chinese, when the entry
    cannot be imported, and then `data` is empty.
    """

    where: str
    url: str = ""
    data: bytes = b""
    filename: str = ""  # the name the parser sees: its suffix picks the extractor
    title: str = ""
    ref: str | None = None
    charset: str | None = None
    error: str = ""


def read_lines(handle: BinaryIO, cap: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of each line; None for a line longer than `cap` (skipped)."""
    number = 0
    while True:
        line = handle.readline(cap + 1)
        if not line:
            return
        number += 1
        if len(line) > cap and not line.endswith(b"\n"):
            # Too long: skip to the end of the line without keeping it.
            while not line.endswith(b"\n"):
                line = handle.readline(_SKIP_CHUNK)
                if not line:
                    break
            yield number, None
            continue
        yield number, line


def manifest_pages(path: Path, cap: int) -> Iterator[Page]:
    """The pages of a .jsonl manifest, one per non-blank line, in file order."""
    mb = uploads.in_mb(cap)
    with path.open("rb") as handle:
        for number, raw in read_lines(handle, cap):
            where = f"{path}#{number}"
            if raw is None:
                yield Page(where, error=f"第 {number} 行超过 {mb} MB 上限，已跳过")
                continue
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            yield _page(where, number, raw, path.name)


def _page(where: str, number: int, raw: bytes, name: str) -> Page:
    def failed(reason: str, **known) -> Page:
        return Page(where, error=f"第 {number} 行{reason}", **known)

    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return failed("不是 UTF-8 编码的文本")
    try:
        entry = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return failed("不是有效的 JSON")
    if not isinstance(entry, dict):
        return failed('不是 JSON 对象（应为 {"url": …, "text": …}）')
    ref = entry.get("ref")
    ref = None if ref is None else str(ref)[:200]
    raw_url = entry.get("url")
    if not isinstance(raw_url, str) or not raw_url.strip():
        return failed("缺少 url（原文链接）", ref=ref)
    url = web_url(raw_url)
    if url is None:
        return failed(f"的 url 不是 http:// 或 https:// 网址：{raw_url[:100]}", ref=ref)
    title = entry.get("title")
    title = title.strip()[:300] if isinstance(title, str) else ""
    html, text = entry.get("html"), entry.get("text")
    # The page's own markup carries its header lines and metadata: prefer it to a text.
    if isinstance(html, str) and html.strip():
        body, suffix = html, "html"
    elif isinstance(text, str) and text.strip():
        body, suffix = text, "txt"
    else:
        return failed("缺少 text 或 html（正文为空）", url=url, ref=ref)
    return Page(
        where,
        url=url,
        data=body.encode("utf-8", errors="replace"),
        filename=f"{name}#{number}.{suffix}",
        title=title,
        ref=ref,
        charset="utf-8",
    )
