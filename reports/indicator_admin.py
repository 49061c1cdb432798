"""Staff check extracted indicator values: the list shows each sentence with its number
marked, so values can be confirmed or rejected in bulk; a value can be corrected one by one.
extract_and_store keeps every decision."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from reports.admin_filters import ReportProvinceFilter
from reports.indicators.scope import scope_words
from reports.models import Indicator


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    # /admin/reports/indicator/?report__id__exact=ID&status__exact=extracted: one report's
    # values still to check (the report's admin page links there).
    list_display = ["key_label", "sentence", "scope", "shown_value", "report_link", "status"]
    list_display_links = ["key_label"]
    list_filter = ["status", "key", ReportProvinceFilter, "report__year"]
    list_select_related = [
        "report",
        "report__jurisdiction",
        "report__jurisdiction__parent",
        "report__jurisdiction__parent__parent",
    ]
    list_per_page = 50
    search_fields = ["evidence", "report__title"]
    raw_id_fields = ["report", "section"]
    readonly_fields = ["report", "section", "key", "value", "unit", "text", "evidence", "anchor"]
    fields = [*readonly_fields, "status", "corrected_value", "note"]
    actions = ["confirm", "reject"]

    @admin.display(description="指标", ordering="key")
    def key_label(self, obj: Indicator) -> str:
        return obj.get_key_display()

    @admin.display(description="原句（数字已标出）")
    def sentence(self, obj: Indicator) -> str:
        # format_html escapes the published text: a sentence is never rendered as HTML.
        before, number, after = obj.evidence_parts()
        if not number:
            return format_html("{}", before)
        return format_html("{}<mark>{}</mark>{}", before, number, after)

    @admin.display(description="留意")
    def scope(self, obj: Indicator) -> str:
        # Words that may make the figure another period's or a part's: the checker reads them.
        return "、".join(scope_words(obj.evidence))

    @admin.display(description="数值")
    def shown_value(self, obj: Indicator) -> str:
        return obj.display_value

    @admin.display(description="报告", ordering="report__year")
    def report_link(self, obj: Indicator) -> str:
        report = obj.report
        place = report.place_label or "地区不详"
        year = f"{report.year}年" if report.year else "年度不详"
        return format_html(
            '<a href="{}">{} · {}</a>（<a href="{}">原文</a>）',
            reverse("admin:reports_report_change", args=[report.pk]),
            place,
            year,
            obj.get_absolute_url(),
        )

    @admin.action(description="标记为人工核对（数值与原句相符）")
    def confirm(self, request: HttpRequest, queryset: QuerySet[Indicator]) -> None:
        # A corrected or rejected value keeps its decision: only extracted ones are confirmed.
        # (update() skips auto_now: the time is set here.)
        count = queryset.filter(status=Indicator.Status.EXTRACTED).update(
            status=Indicator.Status.CONFIRMED, updated=timezone.now()
        )
        self.message_user(request, f"已将 {count} 个数值标记为人工核对。", messages.SUCCESS)

    @admin.action(description="标记为人工否决（原句没有说出这个指标的数值）")
    def reject(self, request: HttpRequest, queryset: QuerySet[Indicator]) -> None:
        # A corrected value carries a number staff typed: it is changed one by one, not here.
        count = queryset.filter(
            status__in=[Indicator.Status.EXTRACTED, Indicator.Status.CONFIRMED]
        ).update(status=Indicator.Status.REJECTED, updated=timezone.now())
        self.message_user(request, f"已否决 {count} 个数值，页面和接口不再列出。", messages.SUCCESS)

    def has_add_permission(self, request) -> bool:
        return False
