"""Bytes to str, and a sniff of what the bytes really are.

Order (from the issue): BOM, strict UTF-8, strict GB18030, then charset-normalizer.
UTF-16 without a BOM is tried first when the bytes are full of NULs, because GB18030
happily "decodes" UTF-16 into nonsense.
"""

from __future__ import annotations

import re

from .types import ParseError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Labels that mean "some GB encoding": always decode as the superset.
_GB_LABELS = {"gb2312", "gbk", "gb18030", "cp936", "x-gbk", "gb_2312-80", "euc-cn", "hz-gb-2312"}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)

# Magic numbers of formats we refuse outright (checked before any decoding).
_BINARY_MAGIC = (
    (b"\xd0\xcf\x11\xe0", "旧版 Office 文件（.doc/.xls），请另存为 .docx 或粘贴正文"),
    (b"\x89PNG", "图片文件"),
    (b"\xff\xd8\xff", "图片文件"),
    (b"GIF8", "图片文件"),
    (b"BM", ""),  # checked more strictly below: "BM" alone is too common
    (b"Rar!", "压缩包"),
    (b"7z\xbc\xaf", "压缩包"),
    (b"\x1f\x8b", "压缩包"),
    (b"MZ", ""),
    (b"\x7fELF", "可执行文件"),
    (b"{\\rtf", "RTF 文件，请另存为 .docx 或粘贴正文"),
)

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def normalize_label(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _GB_LABELS:
        return "gb18030"
    if label in {"utf8", "utf-8", "unicode-1-1-utf-8"}:
        return "utf-8"
    return label


def refuse_known_binary(data: bytes) -> None:
    """Raise for file types we recognise and do not accept."""
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic) and what:
            raise ParseError(f"不支持的文件类型（{what}），请上传 .txt、.html、.docx 或 .pdf 文件")


def html_declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return normalize_label(m.group(1).decode("ascii", "ignore")) if m else None


def _looks_like_utf16(data: bytes) -> str | None:
    """Guess UTF-16 byte order from where the NULs sit (ASCII chars in UTF-16)."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.2 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.2 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _noise_ratio(text: str) -> float:
    if not text:
        return 1.0
    bad = sum(
        1
        for ch in text
        if (ord(ch) < 32 and ch not in "\t\n\r\f")
        or ch == "\ufffd"
        or 0xE000 <= ord(ch) <= 0xF8FF
        or 0x80 <= ord(ch) <= 0x9F
    )
    return bad / len(text)


def _try_normalizer(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # charset-normalizer should not raise, but never trust it
        return None
    if best is None:
        return None
    enc = normalize_label(best.encoding) or best.encoding
    try:
        return data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        try:
            return str(best)
        except Exception:
            return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode uploaded bytes; raise ParseError when they are not text."""
    if not data or not data.strip(b" \t\r\n\x00"):
        raise ParseError("文件为空，请上传有内容的报告")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc)
            except UnicodeDecodeError:
                return data[len(bom) :].decode(enc, errors="replace")
    if data.count(0) > len(data) // 20:
        # Text files never hold NULs; UTF-16 without a BOM does. Ask charset-normalizer.
        guess = _try_normalizer(data)
        enc16 = _looks_like_utf16(data)
        if guess is not None and _noise_ratio(guess) < 0.02 and "\x00" not in guess:
            return guess
        if enc16:
            text = data.decode(enc16, errors="replace")
            if _noise_ratio(text) < 0.05:
                return text
        raise ParseError("文件内容不是文本（可能是二进制文件），无法识别")
    declared = normalize_label(declared)
    order = ["utf-8", "gb18030"]
    if declared == "gb18030":
        order = ["gb18030", "utf-8"]
    for enc in order:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _noise_ratio(text) < 0.02:
            return text
    guess = _try_normalizer(data)
    if guess is not None and _noise_ratio(guess) < 0.02:
        return guess
    raise ParseError("无法识别文件编码，文件可能已损坏或不是文本文件")


def control_byte_ratio(data: bytes) -> float:
    sample = data[:8000]
    if not sample:
        return 0.0
    return sum(sample.count(bytes([b])) for b in _CONTROL_BYTES) / len(sample)
