"""A source URL typed without its scheme is taken as https://, at upload as in the edit form."""

import pytest

from reports.models import Report

from .test_admin_upload import GBK_REPORT, confirm, staff_client, upload  # noqa: F401

pytestmark = pytest.mark.django_db


def test_it_prepends_https_to_a_scheme_less_url_at_upload(staff_client):  # noqa: F811
    preview = upload(
        staff_client, GBK_REPORT.encode(), "pucheng.txt", source_url="www.pucheng.gov.cn/a.html"
    )

    assert preview.status_code == 200
    assert preview.context["form"].initial["source_url"] == "https://www.pucheng.gov.cn/a.html"
    confirm(staff_client, preview)
    assert Report.objects.get().source_url == "https://www.pucheng.gov.cn/a.html"


def test_it_prepends_https_when_typed_into_the_review(staff_client):  # noqa: F811
    preview = upload(staff_client, GBK_REPORT.encode(), "pucheng.txt")

    response = confirm(staff_client, preview, source_url="pucheng.gov.cn:8080/zwgk/1.html")

    assert response.status_code == 302
    assert Report.objects.get().source_url == "https://pucheng.gov.cn:8080/zwgk/1.html"


def test_it_still_refuses_what_is_not_a_web_address(staff_client):  # noqa: F811
    for url in ("javascript:alert(1)", "localhost/a", "//evil.example.org/x", "ftp://a.gov.cn/x"):
        response = upload(staff_client, GBK_REPORT.encode(), "p.txt", source_url=url)

        assert response.status_code == 400, url
        assert "原文链接只接受" in response.content.decode()
    assert Report.objects.count() == 0
