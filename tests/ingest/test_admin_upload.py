from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reports.models import Report

pytestmark = pytest.mark.django_db

GBK_REPORT = """关于2022年度法治政府建设情况的报告
发布时间:2023-03-10  来源:浦城县人民政府
2022年,浦城县坚持以习近平法治思想为指导,全面推进依法行政。现将有关情况报告如下:
一、主要做法和成效
(一)加强组织领导。县政府常务会议专题研究法治政府建设工作4次,推动行政复议体制改革落地见效。
(二)规范行政执法。全面推行行政执法公示制度,开展柔性执法,办理行政复议案件36件。
二、存在的不足
基层执法力量仍然薄弱,法治宣传的针对性有待加强。
三、下一步工作打算
持续深化行政复议体制改革,提升依法行政水平。
"""


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.com", "pw-123456")
    client.force_login(user)
    return client


def upload(client, data: bytes, name: str, **extra):
    return client.post(
        reverse("admin:reports_report_upload"),
        {
            "file": SimpleUploadedFile(name, data),
            "text": "",
            "source_url": extra.get("source_url", ""),
        },
    )


def confirm(client, preview, **changes):
    form = preview.context["form"]
    data = {name: ("" if value is None else value) for name, value in form.initial.items()}
    data.update(changes)
    return client.post(reverse("admin:reports_report_upload_confirm"), data)


def test_it_previews_a_gbk_file_then_saves_it_on_confirm(staff_client):
    preview = upload(staff_client, GBK_REPORT.encode("gb18030"), "pucheng.txt")

    assert preview.status_code == 200
    page = preview.content.decode()
    assert "浦城县" in page and "主要做法和成效" in page
    assert preview.context["form"].initial["year"] == 2022
    assert Report.objects.count() == 0  # nothing is saved before confirm

    response = confirm(staff_client, preview, title="浦城县2022年度法治政府建设情况报告")

    report = Report.objects.get()
    assert response.status_code == 302
    assert report.title == "浦城县2022年度法治政府建设情况报告"
    assert report.jurisdiction.name == "浦城县"
    assert report.sections.filter(parent=None).count() == 3
    assert report.original.read() == GBK_REPORT.encode("gb18030")
    assert not any((Path(report.original.path).parent.parent.parent / "staging").iterdir())


def test_it_refuses_a_duplicate_with_a_link_to_the_existing_report(staff_client, seed_bytes):
    name, data = next(iter(seed_bytes.items()))
    confirm(staff_client, upload(staff_client, data, name))
    existing = Report.objects.get()

    again = upload(staff_client, data, name)

    assert again.status_code == 400
    assert "该报告已存在" in again.content.decode()
    assert reverse("admin:reports_report_change", args=[existing.pk]) in again.content.decode()
    assert Report.objects.count() == 1


def test_it_refuses_a_bad_file_with_a_chinese_message_and_saves_nothing(staff_client):
    response = upload(staff_client, b"\x00\x01\x02" * 500, "report.pdf")

    assert response.status_code == 400
    assert response.context["outcome"].errors
    assert all("\u4e00" <= ch <= "\u9fff" for ch in response.context["outcome"].errors[0][:2])
    assert Report.objects.count() == 0


def test_it_refuses_a_javascript_source_url(staff_client):
    response = upload(
        staff_client, GBK_REPORT.encode("utf-8"), "a.txt", source_url="javascript:alert(1)"
    )

    assert response.status_code == 400
    assert "http" in response.content.decode()
    assert Report.objects.count() == 0


def test_it_lets_staff_correct_the_jurisdiction_before_saving(staff_client):
    preview = upload(staff_client, GBK_REPORT.encode("utf-8"), "a.txt")

    confirm(staff_client, preview, jurisdiction_code="350700")

    assert Report.objects.get().jurisdiction.name == "南平市"


def test_it_rejects_an_unknown_jurisdiction_code_and_keeps_the_preview(staff_client):
    preview = upload(staff_client, GBK_REPORT.encode("utf-8"), "a.txt")

    response = confirm(staff_client, preview, jurisdiction_code="999999")

    assert response.status_code == 400
    assert "没有代码为 999999 的行政区划" in response.content.decode()
    assert Report.objects.count() == 0


def test_it_requires_a_staff_login(client):
    response = client.get(reverse("admin:reports_report_upload"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
