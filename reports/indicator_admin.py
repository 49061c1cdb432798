"""Staff correct or reject extracted indicator values; extract_and_store keeps their decision."""

from __future__ import annotations

from django.contrib import admin

from reports.models import Indicator


class IndicatorInline(admin.TabularInline):
    """On the report's admin page: each value with its sentence, status and corrected value."""

    model = Indicator
    fields = ["key", "text", "evidence", "status", "corrected_value", "note"]
    readonly_fields = ["key", "text", "evidence"]
    extra = 0
    can_delete = False
    ordering = ["number_start"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False  # values come from the text, never typed in


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["__str__", "report", "key", "value", "status", "corrected_value"]
    list_filter = ["key", "status"]
    search_fields = ["evidence", "report__title"]
    raw_id_fields = ["report", "section"]
    readonly_fields = ["report", "section", "key", "value", "unit", "text", "evidence", "anchor"]
    fields = [*readonly_fields, "status", "corrected_value", "note"]

    def has_add_permission(self, request) -> bool:
        return False
