"""Who is missing: for a province (or prefecture) and a year, which prefectures and counties
of the divisions table have an annual report of their own in the archive and which do not,
counted per level; the same list as CSV.

"Has a report" means an annual report (年度报告) filed under that very division with no
department or township (subunit): the government's own report. A department's report does
not stand in for its government's.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from reports.forms_coverage import YEARS, CoveragePickForm, CoverageShowForm, first_error
from reports.models import Jurisdiction, Report
from reports.timeliness import ANNUAL
from reports.views.common import error_page

_CODE = re.compile(r"^[1-9]\d{5}$")
_LEVELS = [
    (Jurisdiction.Level.PROVINCE, "省级"),
    (Jurisdiction.Level.PREFECTURE, "地级"),
    (Jurisdiction.Level.COUNTY, "县级"),
]


@dataclass
class Place:
    jurisdiction: Jurisdiction
    reports: list[Report] = field(default_factory=list)

    @property
    def has_report(self) -> bool:
        return bool(self.reports)


@dataclass
class Group:
    """The counties under one prefecture (or directly under the province)."""

    title: str
    head: Place | None  # the prefecture itself; None for the province's own counties
    counties: list[Place]

    @property
    def covered(self) -> int:
        return sum(p.has_report for p in self.counties)


@dataclass
class Coverage:
    place: Jurisdiction
    year: int
    top: Place  # the place itself (the province)
    groups: list[Group]

    def places(self) -> list[Place]:
        out = [self.top]
        for group in self.groups:
            out += ([group.head] if group.head else []) + group.counties
        return out

    def level_counts(self) -> list[dict]:
        rows = []
        for level, label in _LEVELS:
            at = [p for p in self.places() if p.jurisdiction.level == level]
            if not at:
                continue
            have = sum(p.has_report for p in at)
            rows.append(
                {
                    "level": level,
                    "label": label,
                    "total": len(at),
                    "covered": have,
                    "missing": len(at) - have,
                    "share": f"{have / len(at):.0%}",
                }
            )
        return rows


def coverage_of(place: Jurisdiction, year: int) -> Coverage:
    """`place` and the divisions below it (two levels at most), each with its own annual
    reports of `year` (two queries)."""
    below = list(
        Jurisdiction.objects.filter(Q(parent=place) | Q(parent__parent=place)).select_related(
            "parent"
        )
    )
    ids = [place.pk, *(j.pk for j in below)]
    reports: dict[int, list[Report]] = {}
    own = (
        Report.objects.filter(jurisdiction_id__in=ids, year=year, doc_type=ANNUAL, subunit="")
        .only("id", "title", "published", "jurisdiction_id", "year", "doc_type")
        .order_by("published", "id")
    )
    for report in own:
        if report.jurisdiction_id is not None:  # filtered on jurisdiction_id__in
            reports.setdefault(report.jurisdiction_id, []).append(report)

    def wrap(j: Jurisdiction) -> Place:
        return Place(j, reports.get(j.pk, []))

    children = sorted((j for j in below if j.parent_id == place.pk), key=lambda j: j.code)
    grandchildren: dict[int, list[Jurisdiction]] = {}
    for j in sorted(below, key=lambda j: j.code):
        if j.parent_id is not None and j.parent_id != place.pk:
            grandchildren.setdefault(j.parent_id, []).append(j)
    groups = []
    direct = [wrap(j) for j in children if j.level == Jurisdiction.Level.COUNTY]
    for child in children:
        if child.level != Jurisdiction.Level.COUNTY:
            counties = [wrap(j) for j in grandchildren.get(child.pk, [])]
            groups.append(Group(child.name, wrap(child), counties))
    if direct:
        # Beijing's districts, 济源市: counties with no prefecture above them.
        title = f"{place.name}直辖" if groups else place.name
        groups.append(Group(title, None, direct))
    return Coverage(place, year, wrap(place), groups)


def _place_or_none(code: str) -> Jurisdiction | None:
    if not _CODE.match(code):
        return None
    return Jurisdiction.objects.filter(code=code).exclude(level=Jurisdiction.Level.COUNTY).first()


def _checked(request: HttpRequest, code: str, year: int) -> Jurisdiction | HttpResponse:
    place = _place_or_none(code)
    if place is None:
        return error_page(request, 404, "没有找到该省级或地级行政区划代码。")
    if year not in YEARS:
        return error_page(request, 404, "年度超出范围（1990–2100）。")
    return place


@require_safe
def coverage_levels(request: HttpRequest, code: str, year: int) -> HttpResponse:
    place = _checked(request, code, year)
    if isinstance(place, HttpResponse):
        return place
    form = CoverageShowForm(request.GET)
    if not form.is_valid():
        return error_page(request, 400, first_error(form))
    only_missing = form.cleaned_data["show"] == "missing"
    found = coverage_of(place, year)
    groups = found.groups
    if only_missing:
        groups = [
            Group(g.title, g.head, [p for p in g.counties if not p.has_report]) for g in groups
        ]
        groups = [g for g in groups if g.counties or (g.head and not g.head.has_report)]
    here = reverse("reports:coverage_levels", args=[place.code, year])
    context = {
        "place": place,
        "crumbs": place.ancestors(),
        "year": year,
        "coverage": found,
        "groups": groups,
        "levels": found.level_counts(),
        "only_missing": only_missing,
        "all_url": here,
        "missing_url": f"{here}?show=missing",
        "csv_url": reverse("reports:coverage_levels_csv", args=[place.code, year]),
        "prev_url": reverse("reports:coverage_levels", args=[place.code, year - 1])
        if year - 1 in YEARS
        else "",
        "next_url": reverse("reports:coverage_levels", args=[place.code, year + 1])
        if year + 1 in YEARS
        else "",
    }
    return render(request, "reports/coverage_levels.html", context)


CSV_HEADER = ["区划代码", "名称", "层级", "上级", "年度", "有无报告", "报告数", "报告链接"]


def coverage_csv(coverage: Coverage, absolute: Callable[[str], str]) -> str:
    """The CSV text (with a UTF-8 BOM, so that Excel reads the Chinese): one row a place."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    labels: dict[str, str] = dict(_LEVELS)
    for p in coverage.places():
        j = p.jurisdiction
        parent = j.parent.name if j.parent is not None else ""
        writer.writerow(
            [
                j.code,
                j.name,
                labels.get(j.level, j.level),
                parent,
                coverage.year,
                "有" if p.has_report else "无",
                len(p.reports),
                " ".join(absolute(r.get_absolute_url()) for r in p.reports),
            ]
        )
    return out.getvalue()


@require_safe
def coverage_levels_csv(request: HttpRequest, code: str, year: int) -> HttpResponse:
    place = _checked(request, code, year)
    if isinstance(place, HttpResponse):
        return place
    found = coverage_of(place, year)
    response = HttpResponse(
        coverage_csv(found, request.build_absolute_uri), content_type="text/csv; charset=utf-8"
    )
    filename = f"coverage-{place.code}-{year}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
def coverage_pick(request: HttpRequest) -> HttpResponse:
    """The coverage page's picker (?province=<code>&year=) → the level view's own URL."""
    form = CoveragePickForm(request.GET)
    if not form.is_valid():
        return error_page(request, 400, first_error(form))
    code, year = form.cleaned_data["province"], form.cleaned_data["year"]
    if _place_or_none(code) is None:
        return error_page(request, 404, "没有找到该省级或地级行政区划代码。")
    return redirect("reports:coverage_levels", code, year)
