"""Entry points: pick the extractor from the extension AND the sniffed content."""

from __future__ import annotations

import os
import re

from .decode import (
    control_byte_ratio,
    decode_bytes,
    html_declared_charset,
    normalize_label,
    refuse_known_binary,
)
from .extract import (
    ExtractorMissing,
    HtmlHints,
    check_zip,
    extract_docx,
    extract_html,
    extract_pdf,
    is_docx_zip,
)
from .pipeline import parse_clean_text
from .types import ParsedReport, ParseError

ALLOWED = {".txt", ".text", ".html", ".htm", ".shtml", ".xhtml", ".docx", ".pdf", ""}
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<div[\s>]|<p[\s>]|<table[\s>]",
    re.I,
)


def parse_text(text: str, *, source_url: str = "") -> ParsedReport:
    """Parse pasted text (HTML pasted as source is recognised and extracted)."""
    if not isinstance(text, str):
        raise ParseError("无法读取内容")
    if not text.strip():
        raise ParseError("内容为空，请粘贴报告正文")
    if _looks_like_html(text):
        main, hints = _safe_html(text)
        return parse_clean_text(main, source_url=source_url, file_kind="html", hints=hints)
    return parse_clean_text(text, source_url=source_url, file_kind="txt")


def parse_upload(
    data: bytes,
    filename: str,
    *,
    source_url: str = "",
    charset: str | None = None,
    title: str = "",
) -> ParsedReport:
    """Parse an uploaded file (.txt, .html/.htm, .docx, .pdf).

    `charset` is what the transport declared (an HTTP header; the page's own <meta> wins);
    `title` a title known from elsewhere (a crawler's manifest), used when the text
    has none.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ParseError("无法读取上传的文件")
    data = bytes(data)
    if not data.strip():
        raise ParseError("文件为空，请上传有内容的报告")
    ext = os.path.splitext(filename or "")[1].lower()
    if ext not in ALLOWED:
        raise ParseError(f"不支持的文件类型（{ext}），请上传 .txt、.html、.docx 或 .pdf 文件")
    # The content decides; the extension is only a hint (a lying extension is ignored).
    head = data[:8].lstrip()
    if head.startswith(b"%PDF-") or data[:1024].find(b"%PDF-") == 0:
        return parse_clean_text(extract_pdf(data), source_url=source_url, file_kind="pdf")
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        zf = check_zip(data)
        if not is_docx_zip(zf):
            raise ParseError("不支持的文件类型（压缩包，不是 .docx 文档）")
        return parse_clean_text(extract_docx(data), source_url=source_url, file_kind="docx")
    if ext == ".pdf":
        if b"%PDF-" in data[:1024]:
            return parse_clean_text(extract_pdf(data), source_url=source_url, file_kind="pdf")
    refuse_known_binary(data)
    if control_byte_ratio(data) > 0.05 and data.count(0) <= len(data) // 20:
        raise ParseError("文件内容不是文本（可能是二进制文件或已损坏），无法识别")
    declared = html_declared_charset(data) or normalize_label(charset)
    text = decode_bytes(data, declared)
    if _looks_like_html(text) or (ext in {".html", ".htm", ".shtml", ".xhtml"} and "<" in text):
        main, hints = _safe_html(text)
        hints.title = hints.title or title
        return parse_clean_text(main, source_url=source_url, file_kind="html", hints=hints)
    return parse_clean_text(
        text, source_url=source_url, file_kind="txt", hints=HtmlHints(title=title)
    )


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.search(text[:2048]))


def _safe_html(text: str) -> tuple[str, HtmlHints]:
    # lxml refuses str input that carries an XML encoding declaration
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        return extract_html(text)
    except (ParseError, ExtractorMissing):
        raise
    except Exception:  # hostile markup: fall back to stripping tags
        return re.sub(r"<[^>]+>", "\n", text), HtmlHints()
