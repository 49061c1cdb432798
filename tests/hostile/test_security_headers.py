import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/browse/", "/browse/coverage/"])
def test_it_sends_security_headers_on_public_pages(client, path):
    response = client.get(path)

    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_it_has_no_inline_script_on_public_pages(client):
    for path in ["/", "/browse/", "/browse/coverage/", "/search/?q=法治"]:
        page = client.get(path).content.decode()
        for chunk in page.split("<script")[1:]:
            assert chunk.lstrip().startswith("src="), f"inline script on {path}"


def _assert_headers(response, label: str) -> None:
    csp = response.get("Content-Security-Policy", "")
    assert "'unsafe-inline'" not in csp, label
    assert "script-src 'self'" in csp or "default-src 'none'" in csp, label
    assert response["X-Content-Type-Options"] == "nosniff", label
    assert response["Referrer-Policy"] == "same-origin", label
    assert response["X-Frame-Options"] == "DENY", label


def test_it_sends_security_headers_on_reports_search_api_errors_and_downloads(
    client, staff_client, settings
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from reports.models import Report
    from tests.ingest.test_admin_upload import GBK_REPORT

    paragraphs = "".join(f"<p>{line}</p>" for line in GBK_REPORT.splitlines())
    hostile_html = (
        "<html><head><title>浦城县报告</title><script>alert(1)</script></head>"
        f"<body>{paragraphs}</body></html>"
    )
    preview = staff_client.post(
        reverse("admin:reports_report_upload"),
        {"file": SimpleUploadedFile("r.html", hostile_html.encode()), "source_url": ""},
    )
    form = {k: ("" if v is None else v) for k, v in preview.context["form"].initial.items()}
    staff_client.post(reverse("admin:reports_report_upload_confirm"), form)
    report = Report.objects.get()
    paths = [
        report.get_absolute_url(),
        f"{report.get_absolute_url()}?q=行政复议",
        "/search/?q=行政复议",
        "/search/?page=abc",
        "/api/search?q=行政复议",
        "/api/search?page=abc",
        f"/api/reports/{report.pk}",
        "/api/reports/abc",
        "/reports/999999/",
        "/no/such/page/",
        reverse("reports:jurisdiction", args=["350000"]),
    ]
    for path in paths:
        _assert_headers(client.get(path), path)

    download = client.get(reverse("reports:original", args=[report.pk]))
    _assert_headers(download, "original")
    # An uploaded page never renders on our origin: bytes, as an attachment, sandboxed.
    assert report.original_suffix == "html"
    assert download["Content-Type"] == "application/octet-stream"
    assert download["Content-Disposition"].startswith("attachment")
    assert "sandbox" in download["Content-Security-Policy"]


def test_it_keeps_clickjacking_protection_on_the_admin(staff_client):
    response = staff_client.get("/admin/reports/report/upload/")

    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
