"""Pasted text and typed review fields: markup stays text, dangerous links are refused.

Each refusal is a clear Chinese message with nothing saved and nothing staged.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from reports.models import Report
from tests.hostile.conftest import files_under, is_readable_chinese
from tests.ingest.test_admin_upload import GBK_REPORT

pytestmark = pytest.mark.django_db

UPLOAD = "admin:reports_report_upload"
CONFIRM = "admin:reports_report_upload_confirm"
BAD_URLS = [
    "javascript:alert(1)",
    " JavaScript:alert(document.cookie)",
    "JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example.org/x",
    "http:/no-host",
    "javascript://example.org/%0aalert(1)",
]


def paste(client, text: str, source_url: str = ""):
    return client.post(reverse(UPLOAD), {"text": text, "source_url": source_url})


def review_data(preview, **changes) -> dict:
    data = {k: ("" if v is None else v) for k, v in preview.context["form"].initial.items()}
    data.update(changes)
    return data


def assert_refused(response, settings, expected: str) -> None:
    assert response.status_code == 400
    errors = response.context["outcome"].errors
    assert errors and is_readable_chinese(errors[0]) and expected in " ".join(errors)
    assert Report.objects.count() == 0
    assert [p for p in files_under(settings.MEDIA_ROOT) if "staging" not in p.parts] == []


@pytest.mark.parametrize("url", BAD_URLS)
def test_it_refuses_a_dangerous_source_url_on_upload(staff_client, settings, url):
    response = paste(staff_client, GBK_REPORT, source_url=url)

    assert_refused(response, settings, "原文链接只接受")
    assert files_under(settings.MEDIA_ROOT) == []


@pytest.mark.parametrize("url", BAD_URLS[:4])
def test_it_refuses_a_dangerous_source_url_typed_into_the_review(staff_client, settings, url):
    preview = paste(staff_client, GBK_REPORT)

    response = staff_client.post(reverse(CONFIRM), review_data(preview, source_url=url))

    assert response.status_code == 400
    assert "原文链接只接受" in response.content.decode()
    assert Report.objects.count() == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "请选择要上传的文件，或粘贴报告正文"),
        ("   \n\t  ", "请选择要上传的文件，或粘贴报告正文"),
        ("。。。，，，！！！" * 10, "几乎没有文字"),
        ("《》〈〉「」【】——……" * 20, "几乎没有文字"),
        ("的 了 是 和 在 " * 3, "正文太短"),
        ("\x00\x01\x02\x03" * 50, "空字符"),
    ],
)
def test_it_refuses_pasted_text_that_is_not_a_report(staff_client, settings, text, expected):
    assert_refused(paste(staff_client, text), settings, expected)
    assert files_under(settings.MEDIA_ROOT) == []


def test_it_refuses_a_file_and_pasted_text_together(staff_client, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = staff_client.post(
        reverse(UPLOAD),
        {"file": SimpleUploadedFile("r.txt", GBK_REPORT.encode()), "text": GBK_REPORT},
    )

    assert_refused(response, settings, "二者选其一")


def test_it_refuses_pasted_text_past_the_form_limit_in_chinese(staff_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
    response = paste(staff_client, GBK_REPORT * (2_000_000 // len(GBK_REPORT) + 1))

    assert response.status_code == 400
    assert Report.objects.count() == 0
    assert files_under(settings.MEDIA_ROOT) == []


def test_it_refuses_a_post_body_over_the_memory_limit_with_a_clear_message(staff_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024
    response = staff_client.post(
        reverse(UPLOAD), {"text": GBK_REPORT * 400, "source_url": ""}, format="multipart"
    )

    assert response.status_code == 400
    body = response.content.decode()
    assert "Traceback" not in body and is_readable_chinese(body)
    assert Report.objects.count() == 0
    assert files_under(settings.MEDIA_ROOT) == []


def test_it_refuses_null_characters_typed_into_the_review(staff_client):
    preview = paste(staff_client, GBK_REPORT)

    response = staff_client.post(reverse(CONFIRM), review_data(preview, title="浦城\x00县报告"))

    assert response.status_code == 400
    assert "不能包含空字符" in response.content.decode()
    assert Report.objects.count() == 0


def test_it_keeps_markup_in_pasted_text_and_typed_titles_inert(staff_client, client, settings):
    hostile = GBK_REPORT.replace(
        "基层执法力量仍然薄弱",
        '<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">链接</a>'
        "基层执法力量仍然薄弱",
    )
    preview = paste(staff_client, hostile)
    preview_page = preview.content.decode()
    assert "<script>alert(1)" not in preview_page and "<img src=x" not in preview_page

    title = '浦城县报告<img src=x onerror=alert(4)>"><script>alert(5)</script>'
    done = staff_client.post(
        reverse(CONFIRM),
        review_data(preview, title=title, source_url="https://example.org/a?b=<c>"),
    )

    assert done.status_code == 302
    report = Report.objects.get()
    assert report.title == title  # stored as typed: text, not HTML
    assert "<script>alert(1)</script>" in report.text
    for path in [report.get_absolute_url(), "/search/?q=浦城县", "/"]:
        page = client.get(path).content.decode()
        for raw in ["<script>alert", "<img src=x", 'href="javascript:', "<c>"]:
            assert raw not in page, (path, raw)
    page = client.get(report.get_absolute_url()).content.decode()
    assert "&lt;img src=x onerror=alert(4)&gt;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not [p for p in files_under(settings.MEDIA_ROOT) if "staging" in p.parts]
