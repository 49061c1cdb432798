"""Staff correct or reject extracted indicator values; extract_and_store keeps their decision."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils import timezone

from reports.models import Indicator


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["__str__", "report", "key", "value", "status", "corrected_value"]
    list_filter = ["key", "status"]
    # /admin/reports/indicator/?report__id__exact=ID lists one report's values.
    search_fields = ["evidence", "report__title"]
    raw_id_fields = ["report", "section"]
    readonly_fields = ["report", "section", "key", "value", "unit", "text", "evidence", "anchor"]
    fields = [*readonly_fields, "status", "corrected_value", "note"]
    actions = ["confirm"]

    @admin.action(description="标记为人工核对（数值与原句相符）")
    def confirm(self, request, queryset) -> None:
        # A corrected or rejected value keeps its decision: only extracted ones are confirmed.
        # (update() skips auto_now: the time is set here.)
        count = queryset.filter(status=Indicator.Status.EXTRACTED).update(
            status=Indicator.Status.CONFIRMED, updated=timezone.now()
        )
        self.message_user(request, f"已将 {count} 个数值标记为人工核对。", messages.SUCCESS)

    def has_add_permission(self, request) -> bool:
        return False
