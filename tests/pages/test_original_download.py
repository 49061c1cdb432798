"""/reports/<pk>/original: the upload as an attachment, never rendered as HTML by the browser."""

from __future__ import annotations

from urllib.parse import quote

import pytest

pytestmark = pytest.mark.django_db


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_it_serves_a_text_original_as_a_utf8_attachment_with_its_chinese_name(client, make_report):
    data = "南平市2023年度法治政府建设情况\n正文".encode()
    report = make_report(original=data, original_name="南平市2023年报告.txt")
    response = client.get(f"/reports/{report.pk}/original")

    assert response.status_code == 200
    assert _body(response) == data
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''" + quote("南平市2023年报告.txt")
    )
    assert response["X-Content-Type-Options"] == "nosniff"


def test_it_names_the_real_charset_of_a_gbk_text(client, make_report):
    data = ("南平市法治政府建设情况报告。" * 20).encode("gbk")
    report = make_report(original=data, original_name="gbk.txt")
    response = client.get(f"/reports/{report.pk}/original")

    assert _body(response) == data
    charset = response["Content-Type"].split("charset=")[1]
    assert data.decode(charset) == "南平市法治政府建设情况报告。" * 20


def test_it_never_serves_an_uploaded_html_file_as_html(client, make_report):
    data = b"<html><script>alert(1)</script></html>"
    report = make_report(original=data, original_name="page.html", file_kind="html")
    response = client.get(f"/reports/{report.pk}/original")

    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == 'attachment; filename="page.html"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert _body(response) == data


def test_it_answers_404_when_there_is_no_original(client, make_report):
    report = make_report(original=None)
    response = client.get(f"/reports/{report.pk}/original")
    assert response.status_code == 404
    assert "没有可下载的原始文件" in response.content.decode()
    assert client.get("/reports/999999/original").status_code == 404


def test_it_answers_404_when_the_stored_file_is_gone(client, make_report):
    report = make_report(original=b"x", original_name="x.txt")
    report.original.storage.delete(report.original.name)
    response = client.get(f"/reports/{report.pk}/original")
    assert response.status_code == 404
    assert "原始文件已丢失" in response.content.decode()
