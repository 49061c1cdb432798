"""Bytes to text: BOMs, UTF-8, GB18030, UTF-16 without BOM, noise refused."""

from __future__ import annotations

import os

import pytest

from reports.parsing import ParseError, parse_upload
from reports.parsing.decode import decode_bytes

from .helpers import report

TEXT = report("南平市2023年度法治政府建设情况报告", "发布时间:2024-02-21")


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
        TEXT.encode("utf-16-le"),  # no BOM: the NULs give it away
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "gb18030", "gbk", "utf16le-nobom"],
)
def test_it_decodes_every_encoding(data):
    r = parse_upload(data, "report.txt")
    assert r.title == "南平市2023年度法治政府建设情况报告"
    assert r.prefecture == "南平市"


def test_it_prefers_strict_utf8_then_gb18030():
    assert decode_bytes("法治政府".encode()) == "法治政府"
    assert decode_bytes("法治政府".encode("gb2312")) == "法治政府"


def test_it_respects_a_gbk_meta_charset_in_html():
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"</head><body><h1>南平市2023年度法治政府建设情况报告</h1><p>{TEXT}</p></body></html>"
    ).encode("gbk")
    r = parse_upload(html, "page.htm")
    assert r.prefecture == "南平市" and r.file_kind == "html"


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"", "empty.txt"),
        (b"   \n\r\n ", "blank.txt"),
        (os.urandom(4096), "noise.txt"),
        (b"\x89PNG\r\n\x1a\n" + os.urandom(200), "photo.txt"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(200), "old.doc"),
        (TEXT.encode(), "report.exe"),
        ("太短了。".encode(), "short.txt"),
    ],
    ids=["empty", "blank", "noise", "png", "ole", "bad-ext", "too-short"],
)
def test_it_refuses_what_is_not_a_report(data, name):
    with pytest.raises(ParseError) as err:
        parse_upload(data, name)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(err.value))


def test_it_says_why_a_short_text_is_refused():
    with pytest.raises(ParseError, match="太短"):
        parse_upload("法治政府建设情况报告".encode(), "a.txt")
