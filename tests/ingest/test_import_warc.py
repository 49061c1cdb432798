"""import_reports reads WARC files as crawlers write them: the HTML pages, with their URLs."""

import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from reports.models import Report
from tests.ingest.helpers import page, run

pytestmark = pytest.mark.django_db


def response(writer, url, body: bytes, content_type="text/html; charset=utf-8", status="200 OK"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers
    )
    writer.write_record(record)


def build_warc(path, seeds):
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))  # 1
        request = StatusAndHeaders(
            "GET / HTTP/1.1", [("Host", "www.np.gov.cn")], is_http_request=True
        )
        writer.write_record(
            writer.create_warc_record(
                "https://www.np.gov.cn/a.html",
                "request",
                payload=io.BytesIO(b""),
                http_headers=request,
            )
        )  # 2
        response(writer, "https://www.np.gov.cn/a.html", page(seeds[0]).encode())  # 3
        # 4: a GBK page whose charset is only in the HTTP header
        response(
            writer,
            "http://www.huangshi.gov.cn/b.html",
            page(seeds[1]).encode("gb18030"),
            content_type="text/html; charset=GBK",
        )
        response(writer, "https://www.np.gov.cn/logo.png", b"\x89PNG....", "image/png")  # 5
        response(
            writer, "https://www.np.gov.cn/gone", b"<html>404</html>", status="404 Not Found"
        )  # 6
        writer.write_record(
            writer.create_warc_record(
                "https://www.np.gov.cn/a.html",
                "metadata",
                payload=io.BytesIO(b"outlinks: x"),
                warc_content_type="application/warc-fields",
            )
        )  # 7
        writer.write_record(
            writer.create_warc_record(
                "https://www.np.gov.cn/a.html",
                "revisit",
                payload=io.BytesIO(b""),
                warc_headers_dict={
                    "WARC-Profile": "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"
                },
            )
        )  # 8
        writer.write_record(
            writer.create_warc_record(
                "https://www.haiyan.gov.cn/c.txt",
                "resource",
                payload=io.BytesIO(seeds[2].encode()),
                warc_content_type="text/plain",
            )
        )  # 9
        writer.write_record(
            writer.create_warc_record(
                "file:///home/crawler/x.html",
                "resource",
                payload=io.BytesIO(page(seeds[3]).encode()),
                warc_content_type="text/html",
            )
        )  # 10: not http(s)


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_it_imports_the_pages_of_a_warc_with_their_urls(capsys, tmp_path, seed_paths, name):
    seeds = [p.read_text(encoding="utf-8") for p in seed_paths]
    warc = tmp_path / name
    build_warc(warc, seeds)

    code, out, err = run(capsys, "--json", str(warc))

    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # record 10 failed
    assert [r["file"] for r in rows] == [f"{warc}#{n}" for n in (3, 4, 9, 10)]
    assert [r["status"] for r in rows] == ["imported", "imported", "imported", "failed"]
    assert [r["url"] for r in rows] == [
        "https://www.np.gov.cn/a.html",
        "http://www.huangshi.gov.cn/b.html",
        "https://www.haiyan.gov.cn/c.txt",
        "file:///home/crawler/x.html",
    ]
    assert "不是 http:// 或 https:// 网址" in rows[3]["error"]
    by_url = {r.source_url: r for r in Report.objects.all()}
    assert set(by_url) == {
        "https://www.np.gov.cn/a.html",
        "http://www.huangshi.gov.cn/b.html",
        "https://www.haiyan.gov.cn/c.txt",
    }
    assert by_url["https://www.np.gov.cn/a.html"].title == "南平市2023年度法治政府建设情况"
    assert by_url["http://www.huangshi.gov.cn/b.html"].title == "关于2023年法治政府建设情况的报告"
    assert "黄石市认真贯彻落实党中央" in by_url["http://www.huangshi.gov.cn/b.html"].text
    assert (
        by_url["https://www.haiyan.gov.cn/c.txt"].title
        == "关于县政协十届二次会议第75号提案的答复函"
    )
    assert rows[0]["province"] == "福建省"
    assert "导入 3 份，重复 0 份，失败 1 份，跳过 6 条非网页 WARC 记录" in err


def test_it_fails_a_truncated_warc_after_its_good_records(capsys, tmp_path, seed_paths):
    seeds = [p.read_text(encoding="utf-8") for p in seed_paths]
    whole = tmp_path / "whole.warc"
    build_warc(whole, seeds)
    data = whole.read_bytes()
    cut = data.index(b"WARC/1.0", data.index(b"huangshi.gov.cn/b.html") + 2000)
    broken = tmp_path / "broken.warc"
    broken.write_bytes(data[: cut + 40])

    code, out, _ = run(capsys, "--json", str(broken))

    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r["status"] for r in rows[:2]] == ["imported", "imported"]
    assert rows[-1]["status"] == "failed" and "WARC" in rows[-1]["error"]
    assert Report.objects.count() == 2
