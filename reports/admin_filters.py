"""The admin's province filter, for reports and for what hangs off a report (indicators)."""

from __future__ import annotations

from typing import cast

from django.contrib import admin
from django.db.models import QuerySet

from reports.models import Jurisdiction, Report, ReportQuerySet


class ProvinceFilter(admin.SimpleListFilter):
    title = "省份"
    parameter_name = "province"
    # the path from the listed model to its report; "" when the list is of reports
    report_path = ""

    def lookups(self, request, model_admin):
        return list(Jurisdiction.objects.provinces().values_list("code", "name"))

    def queryset(self, request, queryset: QuerySet) -> QuerySet:
        code = self.value()
        if not code:
            return queryset
        if self.report_path:
            return queryset.filter(**{f"{self.report_path}__in": Report.objects.in_province(code)})
        # The admin's changelist starts from Report.objects: a ReportQuerySet.
        return cast(ReportQuerySet, queryset).in_province(code)


class ReportProvinceFilter(ProvinceFilter):
    report_path = "report"
