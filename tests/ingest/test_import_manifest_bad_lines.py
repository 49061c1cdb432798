"""Bad manifest lines fail one by one, in Chinese, and the rest of the manifest imports."""

import json

import pytest

from reports.models import Report
from tests.ingest.helpers import run

pytestmark = pytest.mark.django_db


def test_it_fails_each_bad_line_and_imports_the_good_ones(capsys, tmp_path, seed_paths):
    good = seed_paths[4].read_text(encoding="utf-8")
    manifest = tmp_path / "mixed.jsonl"
    with manifest.open("wb") as fh:
        fh.write(b'{"url": "https://a.gov.cn/1", "text": \n')  # 1: not JSON
        fh.write(b'{"url": "https://a.gov.cn/2", "title": "x"}\n')  # 2: no text/html
        fh.write(b'{"url": "https://a.gov.cn/3", "text": "   "}\n')  # 3: empty text
        fh.write(json.dumps({"url": "ftp://a.gov.cn/4", "text": good}).encode() + b"\n")  # 4
        fh.write(json.dumps({"url": "javascript:alert(1)", "text": good}).encode() + b"\n")  # 5
        # 6: a 60 MB line
        fh.write(b'{"url": "https://a.gov.cn/6", "text": "')
        block = "法治".encode() * (1 << 19)  # 3 MB
        for _ in range(20):
            fh.write(block)
        fh.write(b'"}\n')
        fh.write(b"[1, 2]\n")  # 7: not an object
        fh.write(b'{"url": "https://a.gov.cn/8", "text": "\xff\xfe"}\n')  # 8: not UTF-8
        # 9: good, with a scheme-less URL
        fh.write(json.dumps({"url": "www.luoning.gov.cn/9.html", "text": good, "ref": 9}).encode())

    code, out, err = run(capsys, "--json", str(manifest))

    rows = {
        json.loads(line)["file"].rsplit("#", 1)[1]: json.loads(line) for line in out.splitlines()
    }
    assert code == 1
    assert sorted(rows, key=int) == [str(n) for n in range(1, 10)]
    errors = {n: row.get("error", "") for n, row in rows.items()}
    assert errors["1"] == "第 1 行不是有效的 JSON"
    assert "缺少 text 或 html" in errors["2"]
    assert "缺少 text 或 html" in errors["3"]
    assert "不是 http:// 或 https:// 网址" in errors["4"] and "ftp://" in errors["4"]
    assert "不是 http:// 或 https:// 网址" in errors["5"]
    assert errors["6"] == "第 6 行超过 20 MB 上限，已跳过"
    assert "不是 JSON 对象" in errors["7"]
    assert "不是 UTF-8" in errors["8"]
    assert all(rows[n]["status"] == "failed" and rows[n]["id"] is None for n in "12345678")
    assert rows["9"]["status"] == "imported"
    assert rows["9"]["ref"] == "9"
    report = Report.objects.get()
    assert report.pk == rows["9"]["id"]
    assert report.source_url == "https://www.luoning.gov.cn/9.html"
    assert "失败 8 份" in err
    assert f"失败：{manifest}#6：第 6 行超过 20 MB 上限" in err


def test_it_keeps_memory_of_a_huge_line_bounded(tmp_path, settings):
    from reports.manifests import manifest_pages

    settings.MAX_UPLOAD_BYTES = 1024
    manifest = tmp_path / "huge.jsonl"
    manifest.write_bytes(
        b'{"text": "' + b"x" * 5_000_000 + b'"}\n{"url": "https://a.cn/", "text": "y"}\n'
    )

    pages = list(manifest_pages(manifest, settings.MAX_UPLOAD_BYTES))

    assert [p.where.rsplit("#")[1] for p in pages] == ["1", "2"]
    assert pages[0].error.startswith("第 1 行超过") and "上限" in pages[0].error
    assert pages[0].data == b""
    assert pages[1].data == b"y" and pages[1].url == "https://a.cn/"
