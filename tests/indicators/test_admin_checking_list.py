"""Staff check values from the admin list: each sentence with its number marked (escaped),
its report and place; values confirmed or rejected in bulk; a report's page counts the values
still to check and links to them."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reports.ingest import save_report
from reports.models import Indicator
from reports.parsing.upload import parse_text

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:reports_indicator_changelist"


def test_it_lists_each_sentence_with_its_number_marked(staff, store_seed):
    report = store_seed()

    page = staff.get(reverse(CHANGELIST) + f"?report__id__exact={report.pk}").content.decode()

    assert "全区共受理行政复议案件<mark>15起</mark>" in page
    assert "行政复议受理案件" in page  # the indicator's label
    assert f"/admin/reports/report/{report.pk}/change/" in page
    assert "2020年" in page and report.place_label in page
    row = report.indicators.get(key="review_accepted")
    assert f'href="{row.get_absolute_url()}"' in page


def test_it_escapes_the_published_sentence(staff):
    text = (
        "某县2023年法治政府建设情况报告\n"
        "2023年，全县共收到行政复议申请12件<script>alert(1)</script>，同比下降5%。\n"
    )
    report = save_report(parsed=parse_text(text))
    assert report.indicators.filter(key="review_received").exists()

    page = staff.get(reverse(CHANGELIST) + f"?report__id__exact={report.pk}").content.decode()

    assert "<script>alert(1)</script>" not in page
    assert "申请<mark>12件</mark>&lt;script&gt;alert(1)&lt;/script&gt;，同比" in page


def test_it_rejects_values_in_bulk_but_keeps_corrections(staff, store_seed):
    report = store_seed()
    rows = list(report.indicators.order_by("number_start"))
    corrected = rows[0]
    corrected.status, corrected.corrected_value = "corrected", 16
    corrected.save()

    response = staff.post(
        reverse(CHANGELIST),
        {"action": "reject", "_selected_action": [r.pk for r in rows]},
        follow=True,
    )

    assert f"已否决 {len(rows) - 1} 个数值" in response.content.decode()
    statuses = dict(Indicator.objects.filter(report=report).values_list("pk", "status"))
    assert statuses[corrected.pk] == "corrected"
    assert {statuses[r.pk] for r in rows[1:]} == {"rejected"}
    api = staff.get(f"/api/reports/{report.pk}").json()["indicators"]
    assert [item["key"] for item in api] == [corrected.key]


def test_it_counts_a_reports_values_to_check_on_its_admin_page(staff, store_seed):
    report = store_seed()
    total = report.indicators.count()
    Indicator.objects.filter(pk=report.indicators.first().pk).update(status="confirmed")

    page = staff.get(reverse("admin:reports_report_change", args=[report.pk])).content.decode()

    assert f"共 {total} 个" in page
    assert f"{total - 1} 个待核对" in page
    assert f"?report__id__exact={report.pk}&amp;status__exact=extracted" in page
    listing = staff.get(
        reverse(CHANGELIST) + f"?report__id__exact={report.pk}&status__exact=extracted"
    )
    assert len(listing.context["cl"].result_list) == total - 1


def test_it_filters_values_by_province_and_year(staff, store_seed):
    report = store_seed()
    province = report.jurisdiction.parent.parent  # 赣县区 → 赣州市 → 江西省
    assert province.name == "江西省"

    inside = staff.get(reverse(CHANGELIST) + f"?province={province.code}&report__year=2020")
    elsewhere = staff.get(reverse(CHANGELIST) + "?province=110000")

    assert inside.status_code == elsewhere.status_code == 200
    assert len(inside.context["cl"].result_list) == report.indicators.count()
    assert len(elsewhere.context["cl"].result_list) == 0


def test_it_points_the_checker_at_words_that_change_a_figures_scope(staff):
    text = (
        "某县2025年法治政府建设情况报告\n"
        "2025年，全县共受理行政复议案件9起，其中涉企案件5起，已全部审结。\n"
        "下一步，我县将继续深化行政复议体制改革，畅通申请渠道，提升办案质效。\n"
    )
    report = save_report(parsed=parse_text(text))
    row = report.indicators.get(key="review_accepted")

    page = staff.get(reverse(CHANGELIST) + f"?report__id__exact={report.pk}")

    assert row.pk in [r.pk for r in page.context["cl"].result_list]
    assert '<td class="field-scope">其中</td>' in page.content.decode()


def test_it_lists_values_in_the_same_queries_whatever_their_number(staff, store_seed):
    counts = []
    for name in (
        "003_ad3b0ea605e042d7.txt",
        "000_46056604f2ca08c2.txt",
        "002_fff62cd9c49e0397.txt",
    ):
        store_seed(name)
        with CaptureQueriesContext(connection) as queries:
            staff.get(reverse(CHANGELIST))
        counts.append((Indicator.objects.count(), len(queries)))

    assert counts[0][0] < counts[-1][0]  # more values listed…
    assert len({n for _, n in counts}) == 1  # …in as many queries (place and year per row)
