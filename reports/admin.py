from __future__ import annotations

from django.contrib import admin, messages
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

import reports.indicator_admin  # noqa: F401  (registers IndicatorAdmin)
from reports import upload_flow
from reports.admin_filters import ProvinceFilter
from reports.indicators.store import extract_and_store
from reports.ingest import SECTIONS, mark_corrected
from reports.models import (
    HistoricalName,
    Indicator,
    Jurisdiction,
    Report,
    Section,
)


class NeedsCheckFilter(admin.SimpleListFilter):
    """Reports whose parse left a "待核对：" warning (a thin or conflicting place, level…)."""

    title = "待核对"
    parameter_name = "needs_check"
    PREFIX = "待核对"

    def lookups(self, request, model_admin):
        return [("1", "有待核对项"), ("0", "无待核对项")]

    def queryset(self, request, queryset: QuerySet[Report]) -> QuerySet[Report]:
        if self.value() not in ("1", "0"):
            return queryset
        # Read in Python: JSONField text escapes Chinese differently on SQLite and PostgreSQL.
        flagged = [
            pk
            for pk, warnings in queryset.values_list("pk", "warnings")
            if any(str(w).startswith(self.PREFIX) for w in warnings or [])
        ]
        if self.value() == "1":
            return queryset.filter(pk__in=flagged)
        return queryset.exclude(pk__in=flagged)


class SectionInline(admin.StackedInline):
    model = Section
    fields = ["position", "level", "number", "heading", "body", "anchor"]
    readonly_fields = ["anchor"]
    extra = 0
    ordering = ["position"]
    show_change_link = False


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["title", "place", "year", "doc_type", "level", "published", "created"]
    list_filter = [ProvinceFilter, NeedsCheckFilter, "year", "level", "doc_type"]
    search_fields = ["title", "issuer", "subunit", "jurisdiction__name"]
    date_hierarchy = "created"
    list_select_related = ["jurisdiction", "jurisdiction__parent", "jurisdiction__parent__parent"]
    raw_id_fields = ["jurisdiction"]
    readonly_fields = [
        "content_hash",
        "warnings",
        "corrected_fields",
        "created",
        "updated",
        "original_name",
        "indicator_check",
    ]
    inlines = [SectionInline]
    # A scheme-less source URL typed by staff is taken as https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["title", "doc_type", "year", "published", "issuer"]}),
        ("地区", {"fields": ["jurisdiction", "level", "subunit"]}),
        ("来源", {"fields": ["source_name", "source_url", "original", "original_name"]}),
        (
            "正文",
            {
                "fields": [
                    "preamble",
                    "text",
                    "warnings",
                    "corrected_fields",
                    "content_hash",
                    "created",
                    "updated",
                ]
            },
        ),
        ("指标", {"fields": ["indicator_check"]}),
    ]

    @admin.display(description="从正文提取的指标")
    def indicator_check(self, obj: Report) -> str:
        if obj.pk is None:
            return "保存后自动提取。"
        counts = dict(
            obj.indicators.order_by()
            .values_list("status")
            .annotate(n=models.Count("id"))
            .values_list("status", "n")
        )
        total = sum(counts.values())
        if not total:
            return "正文中没有找到指标数值。"
        url = reverse("admin:reports_indicator_changelist")
        waiting = counts.get(Indicator.Status.EXTRACTED, 0)
        return format_html(
            '共 {} 个，<a href="{}?report__id__exact={}&amp;status__exact=extracted">{} 个待核对</a>'
            '（<a href="{}?report__id__exact={}">全部</a>）',
            total,
            url,
            obj.pk,
            waiting,
            url,
            obj.pk,
        )

    @admin.display(description="地区")
    def place(self, obj: Report) -> str:
        return obj.place_label

    def save_model(self, request, obj: Report, form, change: bool) -> None:
        # What staff change by hand is theirs: reparse_reports will not overwrite it.
        if change:
            obj.corrected_fields = mark_corrected(obj.corrected_fields, form.changed_data)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        if "text" in form.changed_data:  # indicators follow the new text (and sections)
            extract_and_store(report=form.instance)

    def save_formset(self, request, form, formset, change: bool) -> None:
        super().save_formset(request, form, formset, change)
        if formset.model is Section and change and formset.has_changed():
            report = form.instance
            report.corrected_fields = mark_corrected(report.corrected_fields, [SECTIONS])
            Report.objects.filter(pk=report.pk).update(corrected_fields=report.corrected_fields)

    def get_urls(self):
        return [
            path(
                "upload/",
                self.admin_site.admin_view(self.upload_view),
                name="reports_report_upload",
            ),
            path(
                "upload/confirm/",
                self.admin_site.admin_view(self.confirm_view),
                name="reports_report_upload_confirm",
            ),
            *super().get_urls(),
        ]

    def _context(self, request: HttpRequest, **extra) -> dict:
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "上传报告",
            **extra,
        }

    def upload_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_add_permission(request):
            return HttpResponse("没有上传权限。", status=403)
        outcome = upload_flow.handle_upload(request)
        status = 400 if outcome.errors else 200
        if outcome.review_form is not None:
            return TemplateResponse(
                request,
                "admin/reports/upload_preview.html",
                self._context(
                    request, title="核对提取结果", outcome=outcome, form=outcome.review_form
                ),
            )
        return TemplateResponse(
            request,
            "admin/reports/upload.html",
            self._context(request, form=outcome.upload_form, outcome=outcome),
            status=status if request.method == "POST" else 200,
        )

    def confirm_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_add_permission(request) or request.method != "POST":
            return HttpResponseRedirect(reverse("admin:reports_report_upload"))
        outcome = upload_flow.handle_confirm(request)
        if outcome.saved is not None:
            messages.success(request, f"已保存报告：{outcome.saved.title}")
            return HttpResponseRedirect(
                reverse("admin:reports_report_change", args=[outcome.saved.pk])
            )
        if outcome.review_form is not None:
            return TemplateResponse(
                request,
                "admin/reports/upload_preview.html",
                self._context(
                    request, title="核对提取结果", outcome=outcome, form=outcome.review_form
                ),
                status=400,
            )
        return TemplateResponse(
            request,
            "admin/reports/upload.html",
            self._context(request, form=outcome.upload_form, outcome=outcome),
            status=400,
        )


@admin.register(Jurisdiction)
class JurisdictionAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "level", "parent"]
    list_filter = ["level"]
    search_fields = ["code", "name"]
    list_select_related = ["parent"]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # the division tree comes from a migration, not from hand edits


@admin.register(HistoricalName)
class HistoricalNameAdmin(admin.ModelAdmin):
    list_display = ["name", "jurisdiction", "changed_year", "source"]
    raw_id_fields = ["jurisdiction"]
