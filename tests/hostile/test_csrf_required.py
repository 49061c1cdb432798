"""CSRF on every form: a POST without the token is refused with 403 and changes nothing."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from reports import staging
from reports.models import Report
from tests.hostile.conftest import files_under
from tests.ingest.test_admin_upload import GBK_REPORT

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict_staff(django_user_model) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.create_superuser("ed", "e@x.cn", "pw-123456"))
    return client


def test_it_refuses_a_login_post_without_a_token(django_user_model):
    django_user_model.objects.create_superuser("ed", "e@x.cn", "pw-123456")
    client = Client(enforce_csrf_checks=True)

    response = client.post("/admin/login/", {"username": "ed", "password": "pw-123456"})

    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


def test_it_refuses_an_upload_post_without_a_token(strict_staff, settings):
    response = strict_staff.post(
        reverse("admin:reports_report_upload"),
        {"file": SimpleUploadedFile("r.txt", GBK_REPORT.encode()), "source_url": ""},
    )

    assert response.status_code == 403
    assert files_under(settings.MEDIA_ROOT) == []


def test_it_refuses_a_confirm_post_without_a_token(strict_staff, settings):
    token = staging.stage(GBK_REPORT.encode(), filename="r.txt", source_url="")

    response = strict_staff.post(
        reverse("admin:reports_report_upload_confirm"),
        {"token": token, "title": "浦城县报告", "doc_type": "annual"},
    )

    assert response.status_code == 403
    assert Report.objects.count() == 0
    assert staging.load(token) is not None  # untouched: the view never ran


def test_it_refuses_a_delete_post_without_a_token(strict_staff, indexed_seeds):
    report = indexed_seeds[0]

    response = strict_staff.post(
        reverse("admin:reports_report_delete", args=[report.pk]), {"post": "yes"}
    )

    assert response.status_code == 403
    assert Report.objects.filter(pk=report.pk).exists()


def test_it_puts_a_token_in_every_admin_form_it_renders(strict_staff):
    for url in [
        reverse("admin:reports_report_upload"),
        reverse("admin:reports_report_add"),
        "/admin/logout/",
    ]:
        page = strict_staff.get(url)
        if page.status_code == 200:
            assert 'name="csrfmiddlewaretoken"' in page.content.decode(), url
    anonymous = Client(enforce_csrf_checks=True).get("/admin/login/")
    assert 'name="csrfmiddlewaretoken"' in anonymous.content.decode()


def test_it_accepts_the_same_upload_with_the_token(strict_staff):
    page = strict_staff.get(reverse("admin:reports_report_upload"))
    token = page.cookies["csrftoken"].value if "csrftoken" in page.cookies else None
    token = token or strict_staff.cookies["csrftoken"].value

    response = strict_staff.post(
        reverse("admin:reports_report_upload"),
        {
            "csrfmiddlewaretoken": token,
            "file": SimpleUploadedFile("r.txt", GBK_REPORT.encode()),
            "source_url": "",
        },
    )

    assert response.status_code == 200
    assert response.context["outcome"].parsed.county == "浦城县"
