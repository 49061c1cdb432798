"""Browsing by place: provinces, one jurisdiction's page, and the province × year matrix."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import Case, Count, F, IntegerField, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from reports.forms_browse import SubunitFilterForm
from reports.models import Jurisdiction, Report, province_code
from reports.views.common import error_page, search_url
from search.places import scope_params

_CODE = re.compile(r"^[1-9]\d{5}$")
# The matrix always shows these years, so a gap in the collection is visible as a gap.
_COVERAGE_YEARS = range(2019, 2026)
_REPORT_LIST_LIMIT = 1000
_SUBUNIT_GROUPS = (
    (Report.Level.DEPARTMENT, "部门"),
    (Report.Level.TOWNSHIP, "乡镇/街道"),
)


def _counts_by_province() -> dict[str | None, int]:
    return Report.objects.counts_by_province_code()


@require_safe
def browse(request: HttpRequest) -> HttpResponse:
    counts = _counts_by_province()
    provinces = [
        {"jurisdiction": p, "count": counts.get(p.code, 0)}
        for p in Jurisdiction.objects.provinces().order_by("code")
    ]
    context = {
        "provinces": provinces,
        "unknown_count": counts.get(None, 0),
        "total": sum(counts.values()),
    }
    return render(request, "reports/browse.html", context)


@dataclass
class Cell:
    count: int
    url: str  # "" when the search cannot express this cell (unknown place or year)

    @property
    def bucket(self) -> str:
        # Shading by bucket (CSS classes), never by inline style: the CSP forbids those.
        n = self.count
        return "c0" if n == 0 else "c1" if n == 1 else "c2" if n < 5 else "c3" if n < 10 else "c4"


@require_safe
def coverage(request: HttpRequest) -> HttpResponse:
    # One aggregate query: (province code, year) → count.
    rows = (
        Report.objects.order_by()
        .values("year", province_code=province_code())
        .annotate(n=Count("id"))
    )
    counts: dict[tuple[str | None, int | None], int] = {}
    for row in rows:
        counts[(row["province_code"], row["year"])] = row["n"]
    data_years = {year for _, year in counts if year is not None}
    years = sorted(data_years | set(_COVERAGE_YEARS))
    has_unknown_year = any(year is None for _, year in counts)

    row_keys: list[tuple[str | None, str]] = [
        (p.code, p.name) for p in Jurisdiction.objects.provinces().order_by("code")
    ]
    if any(code is None for code, _ in counts):
        row_keys.append((None, "地区不详"))

    table = []
    for code, name in row_keys:
        province_param = name if code else ""
        cells = [
            Cell(
                counts.get((code, y), 0),
                search_url({"province": province_param, "year": y}) if code else "",
            )
            for y in years
        ]
        if has_unknown_year:
            cells.append(Cell(counts.get((code, None), 0), ""))
        total = sum(c.count for c in cells)
        table.append(
            {
                "name": name,
                "code": code,
                "cells": cells,
                "total": Cell(total, search_url({"province": province_param}) if code else ""),
            }
        )
    column_totals = [
        Cell(sum(n for (_, y), n in counts.items() if y == year), search_url({"year": year}))
        for year in years
    ]
    if has_unknown_year:
        column_totals.append(Cell(sum(n for (_, y), n in counts.items() if y is None), ""))
    context = {
        "years": years,
        "has_unknown_year": has_unknown_year,
        "table": table,
        "column_totals": column_totals,
        "grand_total": sum(counts.values()),
    }
    return render(request, "reports/coverage.html", context)


def _child_counts(place: Jurisdiction) -> dict[int, int]:
    """Reports under each direct child of `place`, counted in one query."""
    child = Case(
        When(jurisdiction__parent=place, then=F("jurisdiction_id")),
        When(jurisdiction__parent__parent=place, then=F("jurisdiction__parent_id")),
        output_field=IntegerField(),
    )
    rows = Report.objects.under(place).order_by().values(child_id=child).annotate(n=Count("id"))
    return {row["child_id"]: row["n"] for row in rows if row["child_id"] is not None}


def _subunit_groups(place: Jurisdiction) -> list[dict]:
    rows = (
        Report.objects.under(place)
        .exclude(subunit="")
        .order_by()
        .values("level", "subunit", "jurisdiction__code", "jurisdiction__name")
        .annotate(n=Count("id"))
        .order_by("jurisdiction__code", "subunit")
    )
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row["level"]].append(row)
    groups = [{"label": label, "rows": grouped.pop(level, [])} for level, label in _SUBUNIT_GROUPS]
    other = [row for rows_ in grouped.values() for row in rows_]
    groups.append({"label": "其他单位", "rows": other})
    return [g for g in groups if g["rows"]]


def _reports_by_year(reports: list[Report]) -> list[dict]:
    by_year: dict[int | None, list[Report]] = defaultdict(list)
    for report in reports:
        by_year[report.year].append(report)
    # Newest first, unknown years last.
    ordered = sorted(by_year, key=lambda y: (y is None, -(y or 0)))
    return [{"year": y, "reports": by_year[y]} for y in ordered]


@require_safe
def jurisdiction(request: HttpRequest, code: str) -> HttpResponse:
    place = None
    if _CODE.match(code):
        place = (
            Jurisdiction.objects.select_related("parent", "parent__parent")
            .filter(code=code)
            .first()
        )
    if place is None:
        return error_page(request, 404, "没有找到该行政区划代码对应的地区。")
    form = SubunitFilterForm(request.GET)
    if not form.is_valid():
        return error_page(request, 400, "部门/乡镇名称无效。")
    subunit = form.cleaned_data["subunit"]

    is_province = place.level == Jurisdiction.Level.PROVINCE
    province = place.ancestors()[0]
    counts = _child_counts(place)
    children: list[dict[str, Any]] = [
        {"jurisdiction": child, "count": counts.get(child.pk, 0)}
        for child in place.children.order_by("code")
    ]
    total = Report.objects.under(place).count()
    years = list(
        Report.objects.under(place).order_by("-year").values("year").annotate(n=Count("id"))
    )
    for row in years:
        if row["year"] is not None and is_province:
            row["url"] = search_url({"province": place.name, "year": row["year"]})
        elif row["year"] is not None:
            row["url"] = f"#y{row['year']}"  # the year's group further down this page

    if subunit:
        listed = Report.objects.filter(jurisdiction=place, subunit=subunit)
    elif is_province:
        # A province's own reports; everything below is one click away via its children.
        listed = Report.objects.filter(jurisdiction=place)
    else:
        listed = Report.objects.under(place)
    listed = listed.with_places().order_by("-year", "jurisdiction__code", "subunit", "title")
    # The list needs titles and places, not the full text of every report.
    listed = listed.defer("text", "preamble", "warnings")
    reports = list(listed[: _REPORT_LIST_LIMIT + 1])
    context = {
        "place": place,
        "province": province,
        "crumbs": place.ancestors(),
        "is_province": is_province,
        "children": children,
        "prefectures": [c for c in children if c["jurisdiction"].level == "prefecture"],
        "counties": [c for c in children if c["jurisdiction"].level == "county"],
        "subunit_groups": [] if subunit else _subunit_groups(place),
        "years": years,
        "total": total,
        "subunit": subunit,
        "report_groups": _reports_by_year(reports[:_REPORT_LIST_LIMIT]),
        "truncated": len(reports) > _REPORT_LIST_LIMIT,
        # Search scoped to this very place (南平市, not 福建省): its name and its ancestors'.
        "search_link": search_url(scope_params(place)),
    }
    return render(request, "reports/jurisdiction.html", context)
