"""Upload and admin need a staff login; without one nothing is parsed, staged or saved."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reports import staging
from reports.models import Report
from tests.hostile.conftest import files_under
from tests.ingest.test_admin_upload import GBK_REPORT

pytestmark = pytest.mark.django_db


def _upload(client):
    return client.post(
        reverse("admin:reports_report_upload"),
        {"file": SimpleUploadedFile("r.txt", GBK_REPORT.encode()), "text": "", "source_url": ""},
    )


def _confirm(client, token: str):
    return client.post(
        reverse("admin:reports_report_upload_confirm"),
        {"token": token, "title": "浦城县报告", "doc_type": "annual"},
    )


def test_it_sends_anonymous_visitors_to_the_login_page(client, settings):
    token = staging.stage(GBK_REPORT.encode(), filename="r.txt", source_url="")
    for response in [
        client.get(reverse("admin:reports_report_upload")),
        _upload(client),
        _confirm(client, token),
        client.get(reverse("admin:reports_report_changelist")),
    ]:
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
    assert Report.objects.count() == 0
    assert len(files_under(settings.MEDIA_ROOT)) == 2  # only the one staged above


def test_it_refuses_a_logged_in_user_who_is_not_staff(client, django_user_model, settings):
    client.force_login(django_user_model.objects.create_user("reader", "r@x.cn", "pw-123456"))

    response = _upload(client)

    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert Report.objects.count() == 0
    assert files_under(settings.MEDIA_ROOT) == []


def test_it_refuses_staff_without_the_add_permission(client, django_user_model, settings):
    user = django_user_model.objects.create_user("viewer", "v@x.cn", "pw-123456", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_report"))
    client.force_login(user)
    token = staging.stage(GBK_REPORT.encode(), filename="r.txt", source_url="")

    upload = _upload(client)
    confirm = _confirm(client, token)

    assert upload.status_code == 403 and "没有上传权限" in upload.content.decode()
    assert confirm.status_code == 302
    assert Report.objects.count() == 0
    assert staging.load(token) is not None
    assert len(files_under(settings.MEDIA_ROOT)) == 2
