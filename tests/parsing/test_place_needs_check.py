"""Thin or conflicting places are flagged "待核对：…"; the admin preview shows it and a filter finds it."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reports.ingest import save_report
from reports.parsing import parse_text

from .helpers import BODY

pytestmark = pytest.mark.django_db

# fixtures/devset B-015 (sfj.xa.gov.cn), title left out: only 来陕 names the province.
THIN = (
    "2022年,市司法局在市委、市政府和市委政法委的坚强领导下,深入贯彻落实习近平法治思想和习近平总书记来陕考察重要讲话"
    "重要指示,统筹推进法治政府建设,为助力全市经济社会高质量发展提供了坚强法治保障。\n" + BODY
)
CLEAR = (
    "洛宁县2023年度法治政府建设情况报告\n2023年,洛宁县坚持以习近平法治思想为指导,扎实推进法治政府建设。\n"
    + BODY
)


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.com", "pw-123456")
    client.force_login(user)
    return client


def test_it_flags_a_province_read_from_one_abbreviation():
    r = parse_text(THIN)
    assert r.province == "陕西省" and r.prefecture is None
    assert "待核对：只识别出省份" in r.warnings
    assert "省份依据：正文“来陕考察”" in r.warnings
    assert not any(w.startswith("待核对") for w in parse_text(CLEAR).warnings)


def test_it_finds_flagged_reports_with_the_admin_filter(staff_client):
    thin = save_report(parsed=parse_text(THIN))
    clear = save_report(parsed=parse_text(CLEAR))
    url = reverse("admin:reports_report_changelist")
    flagged = staff_client.get(url, {"needs_check": "1"})
    assert flagged.status_code == 200
    assert [r.pk for r in flagged.context["cl"].result_list] == [thin.pk]
    rest = staff_client.get(url, {"needs_check": "0"})
    assert [r.pk for r in rest.context["cl"].result_list] == [clear.pk]
    assert "待核对" in staff_client.get(url).content.decode()  # the filter is offered


def test_it_shows_the_evidence_and_the_flag_in_the_upload_preview(staff_client):
    preview = staff_client.post(
        reverse("admin:reports_report_upload"),
        {"file": SimpleUploadedFile("x.txt", THIN.encode()), "text": "", "source_url": ""},
    )
    page = preview.content.decode()
    assert "待核对：只识别出省份" in page
    assert "省份依据：正文“来陕考察”" in page
