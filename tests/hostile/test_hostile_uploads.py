"""Every hostile upload gets a clear Chinese message; nothing is saved, nothing is left behind."""

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reports.models import Report
from tests.ingest.test_admin_upload import GBK_REPORT
from tests.parsing.pdfmaker import image_only_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed", "e@x.cn", "pw-123456"))
    return client


def zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"0" * (60 * 1024 * 1024))
    return buffer.getvalue()


HOSTILE = {
    "empty.txt": b"",
    "empty.pdf": b"",
    "noise.txt": bytes(range(256)) * 64,
    "bomb.docx": zip_bomb(),
    "scan.pdf": image_only_pdf(),
    "fake.docx": b"MZ\x90\x00" + bytes(2000),  # a Windows executable named .docx
    "png.pdf": b"\x89PNG\r\n\x1a\n" + bytes(4000),
    "script.exe": GBK_REPORT.encode(),
}


def files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_it_refuses_hostile_files_in_chinese_and_saves_nothing(staff_client, settings, name):
    response = staff_client.post(
        reverse("admin:reports_report_upload"),
        {"file": SimpleUploadedFile(name, HOSTILE[name]), "text": "", "source_url": ""},
    )

    errors = response.context["outcome"].errors
    assert response.status_code == 400
    assert errors and any("\u4e00" <= ch <= "\u9fff" for ch in errors[0])
    assert Report.objects.count() == 0
    assert files_under(Path(settings.MEDIA_ROOT)) == []


def test_it_refuses_a_file_over_the_size_limit_while_it_streams_in(staff_client, settings):
    settings.MAX_UPLOAD_BYTES = 1024 * 1024
    big = GBK_REPORT.encode() * (2 * 1024 * 1024 // len(GBK_REPORT.encode()) + 1)

    response = staff_client.post(
        reverse("admin:reports_report_upload"),
        {"file": SimpleUploadedFile("big.txt", big), "text": "", "source_url": ""},
    )

    assert response.status_code == 400
    assert "文件过大" in response.content.decode()
    assert Report.objects.count() == 0
    assert files_under(Path(settings.MEDIA_ROOT)) == []


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "gb18030", "utf-8-sig"])
def test_it_reads_other_encodings(staff_client, codec):
    response = staff_client.post(
        reverse("admin:reports_report_upload"),
        {
            "file": SimpleUploadedFile("r.txt", GBK_REPORT.encode(codec)),
            "text": "",
            "source_url": "",
        },
    )

    assert response.status_code == 200
    assert response.context["outcome"].parsed.county == "浦城县"


def test_it_stores_markup_in_a_report_as_text_and_shows_it_inert(staff_client, client):
    hostile = GBK_REPORT.replace(
        "基层执法力量仍然薄弱",
        "<script>alert(1)</script><img src=x onerror=alert(2)>基层执法力量仍然薄弱",
    ).replace("关于2022年度", '<a href="javascript:alert(3)">x</a>关于2022年度')
    preview = staff_client.post(
        reverse("admin:reports_report_upload"),
        {"file": SimpleUploadedFile("x.txt", hostile.encode()), "text": "", "source_url": ""},
    )
    form = preview.context["form"]
    data = {k: ("" if v is None else v) for k, v in form.initial.items()}
    staff_client.post(reverse("admin:reports_report_upload_confirm"), data)

    report = Report.objects.get()
    page = client.get(report.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert 'href="javascript:' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
