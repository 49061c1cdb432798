"""WARC files for import_reports (.warc, .warc.gz), as crawlers write them.

A page is a `response` record whose HTTP payload is text/html (status 2xx), or a
`resource` record (a stored file: HTML, text, .docx or .pdf). request, metadata,
revisit and warcinfo records are not pages and are skipped, as are responses that are
not HTML (images, scripts) or not successful (redirects, 404s). Records are numbered in
file order, counting every record, so PATH#N always names the same record.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from config import uploads
from reports.manifests import Page, web_url

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_RESOURCE_SUFFIX = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "txt",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


@dataclass
class Skipped:
    """Records that are not pages, counted for the summary."""

    count: int = 0


def _media_type(content_type: str | None) -> tuple[str, str | None]:
    """("text/html", "gbk") from "text/html; charset=GBK"."""
    if not content_type:
        return "", None
    kind, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")[:40]
    return kind.strip().lower(), charset


def _read_capped(stream, cap: int) -> bytes | None:
    """The payload, or None when it is larger than `cap` (never holding more than cap+1)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(1 << 20, cap + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > cap:
            return None


def warc_pages(path: Path, cap: int, skipped: Skipped | None = None) -> Iterator[Page]:
    """The pages of a WARC file, in file order. A broken file ends with a failed Page."""
    from warcio.archiveiterator import ArchiveIterator

    mb = uploads.in_mb(cap)
    skipped = skipped if skipped is not None else Skipped()
    number = 0
    with path.open("rb") as handle:
        try:
            for record in ArchiveIterator(handle):
                number += 1
                page = _page(path, number, record, cap, mb)
                if page is None:
                    skipped.count += 1
                    continue
                yield page
        except Exception as error:  # warcio raises anything (even AttributeError) on junk
            # warcio's own messages are English; the record number says where it broke.
            yield Page(
                f"{path}#{number + 1}",
                error=f"第 {number + 1} 条记录无法读取，WARC 文件已损坏（{type(error).__name__}）",
            )


def _page(path: Path, number: int, record, cap: int, mb: int) -> Page | None:
    where = f"{path}#{number}"
    kind = record.rec_type
    if kind not in ("response", "resource"):
        return None
    target = record.rec_headers.get_header("WARC-Target-URI") or ""
    ref = record.rec_headers.get_header("WARC-Record-ID")
    if kind == "response":
        if record.http_headers is None:  # a DNS or FTP response, not HTTP
            return None
        status = record.http_headers.get_statuscode() or ""
        media, charset = _media_type(record.http_headers.get_header("Content-Type"))
        if not status.startswith("2") or media not in _HTML_TYPES:
            return None
        suffix = "html"
    else:
        media, charset = _media_type(record.rec_headers.get_header("Content-Type"))
        suffix = _RESOURCE_SUFFIX.get(media, "")
        if not suffix:
            return Page(
                where,
                url=target,
                ref=ref,
                error=f"第 {number} 条记录的类型（{media or '未标明'}）不是网页或文档，无法导入",
            )
    url = web_url(target)
    if url is None:
        return Page(
            where,
            url=target,
            ref=ref,
            error=f"第 {number} 条记录的网址不是 http:// 或 https:// 网址：{target[:100]}",
        )
    data = _read_capped(record.content_stream(), cap)
    if data is None:
        return Page(where, url=url, ref=ref, error=f"第 {number} 条记录超过 {mb} MB 上限，已跳过")
    return Page(
        where,
        url=url,
        data=data,
        filename=f"{path.name}#{number}.{suffix}",
        ref=ref,
        charset=charset,
    )
