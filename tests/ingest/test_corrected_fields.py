"""Fields staff change by hand (upload preview, admin edit) are recorded as corrected."""

import pytest
from django.urls import reverse

from reports.models import Report

from .test_admin_upload import GBK_REPORT, confirm, staff_client, upload  # noqa: F401

pytestmark = pytest.mark.django_db


def test_it_records_the_fields_changed_in_the_preview(staff_client):  # noqa: F811
    preview = upload(staff_client, GBK_REPORT.encode(), "pucheng.txt")

    confirm(staff_client, preview, title="浦城县2022年度法治政府建设情况报告", year="2021")

    report = Report.objects.get()
    assert report.corrected_fields == ["title", "year"]
    assert (report.title, report.year) == ("浦城县2022年度法治政府建设情况报告", 2021)


def test_it_records_nothing_when_the_preview_is_confirmed_as_is(staff_client):  # noqa: F811
    confirm(staff_client, upload(staff_client, GBK_REPORT.encode(), "pucheng.txt"))

    assert Report.objects.get().corrected_fields == []


def test_it_records_a_corrected_place_in_the_preview(staff_client):  # noqa: F811
    preview = upload(staff_client, GBK_REPORT.encode(), "pucheng.txt")

    confirm(staff_client, preview, jurisdiction_code="350700")

    report = Report.objects.get()
    assert report.corrected_fields == ["jurisdiction"]
    assert report.jurisdiction.name == "南平市"


def _change_form_data(client, report):
    page = client.get(reverse("admin:reports_report_change", args=[report.pk]))
    form = page.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if name == "original":
            continue
        data[name] = "" if value is None else value
    data["jurisdiction"] = report.jurisdiction_id or ""
    inline = page.context["inline_admin_formsets"][0].formset
    data.update(
        {
            f"{inline.prefix}-TOTAL_FORMS": str(len(inline.forms)),
            f"{inline.prefix}-INITIAL_FORMS": str(len(inline.forms)),
            f"{inline.prefix}-MIN_NUM_FORMS": "0",
            f"{inline.prefix}-MAX_NUM_FORMS": "1000",
        }
    )
    for i, sub in enumerate(inline.forms):
        for name in sub.fields:
            value = sub.initial.get(name, sub.fields[name].initial)
            if hasattr(value, "pk"):
                value = value.pk
            data[f"{inline.prefix}-{i}-{name}"] = "" if value is None else value
    return data, inline.prefix


def test_it_records_the_fields_changed_in_the_admin_edit_form(staff_client):  # noqa: F811
    confirm(staff_client, upload(staff_client, GBK_REPORT.encode(), "pucheng.txt"))
    report = Report.objects.get()
    data, _ = _change_form_data(staff_client, report)
    data["issuer"] = "浦城县人民政府办公室"

    response = staff_client.post(reverse("admin:reports_report_change", args=[report.pk]), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    report.refresh_from_db()
    assert report.issuer == "浦城县人民政府办公室"
    assert report.corrected_fields == ["issuer"]


def test_it_records_an_edited_outline_as_corrected_sections(staff_client):  # noqa: F811
    confirm(staff_client, upload(staff_client, GBK_REPORT.encode(), "pucheng.txt"))
    report = Report.objects.get()
    data, prefix = _change_form_data(staff_client, report)
    data[f"{prefix}-0-heading"] = "主要做法与成效"

    response = staff_client.post(reverse("admin:reports_report_change", args=[report.pk]), data)

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.corrected_fields == ["sections"]
    assert report.sections.get(position=1).heading == "主要做法与成效"
