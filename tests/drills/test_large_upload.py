"""A 50 MB upload through a real gunicorn is refused by MAX_UPLOAD_BYTES while it streams
in: a clear Chinese message, the worker's memory does not grow by the file's size,
nothing is saved, no temp file is left.
"""

from __future__ import annotations

from tests.drills.site import Admin, db_reports, gunicorn, memory_kb, multipart, post_streaming

MB = 1024 * 1024
SIZE = 50 * MB


def test_it_refuses_a_50_mb_upload_without_reading_it_into_memory(site_dir):
    with gunicorn(site_dir, workers=1) as server:
        before = db_reports(server.env)
        tmp_before = sorted((site_dir / "tmp").iterdir())  # jieba's cache lives there
        media_before = sorted(p for p in (site_dir / "media").rglob("*") if p.is_file())
        admin = Admin(server.url).login()
        token = admin.csrf(admin.request("/admin/reports/report/upload/").body)
        (worker,) = server.worker_pids()
        memory_before = memory_kb(worker)
        head, content_type = multipart({"csrfmiddlewaretoken": token, "source_url": ""}, {})
        # One file part of 50 MB, generated chunk by chunk (never whole in memory here).
        boundary = content_type.split("boundary=")[1]
        opening = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n'
            "Content-Type: text/plain\r\n\r\n"
        ).encode()
        closing = f"\r\n--{boundary}--\r\n".encode()
        fields = head[: -len(f"--{boundary}--\r\n")]
        chunk = ("法治政府建设年度报告。" * 2000).encode()[: MB // 4]
        chunks = [fields, opening, *([chunk] * (SIZE // len(chunk))), closing]
        length = sum(len(c) for c in chunks)

        status, body, _ = post_streaming(
            server.url + "/admin/reports/report/upload/",
            {"Content-Type": content_type, "Cookie": admin.cookie_header()},
            iter(chunks),
            length,
        )
        memory_after = memory_kb(worker)

        assert status == 400 and "文件过大" in body and "20 MB" in body
        growth_mb = (memory_after["peak"] - memory_before["peak"]) / 1024
        assert growth_mb < 20, (memory_before, memory_after)
        assert db_reports(server.env) == before
        assert sorted(p for p in (site_dir / "media").rglob("*") if p.is_file()) == media_before
        assert sorted((site_dir / "tmp").iterdir()) == tmp_before
        assert server.worker_pids() == [worker]  # the same worker, not killed and replaced
    print(
        f"\nDRILL 50 MB upload: refused with 400 ({length / MB:.1f} MB sent); worker RSS"
        f" {memory_before['rss'] / 1024:.0f} → {memory_after['rss'] / 1024:.0f} MB,"
        f" peak {memory_before['peak'] / 1024:.0f} → {memory_after['peak'] / 1024:.0f} MB"
    )
