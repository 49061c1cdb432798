"""/browse/timeliness/: per province and year, how many annual reports were made public by
the deadline (reports/timeliness.py), each count a link to the search that lists them."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from reports.forms_coverage import YearFilterForm, first_error
from reports.models import Jurisdiction, Report, province_code
from reports.timeliness import ANNUAL, Status, timeliness
from reports.views.common import error_page, search_url
from search.documents import UNKNOWN_PROVINCE

STATUSES = [(s.value, s.label) for s in Status]


@dataclass
class Row:
    province: str  # a province's name, or 地区不详
    code: str | None
    year: int | None
    counts: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def on_time_share(self) -> str:
        """On time among the reports whose timeliness is known ("—" when none is)."""
        known = self.counts[Status.ON_TIME] + self.counts[Status.LATE]
        return f"{self.counts[Status.ON_TIME] / known:.0%}" if known else "—"

    def cells(self) -> list[dict]:
        out = []
        for status, label in STATUSES:
            # No search can list an unknown year: such cells are plain numbers.
            url = (
                search_url({"province": self.province, "year": self.year, "timeliness": status})
                if self.year is not None
                else ""
            )
            out.append({"status": status, "label": label, "count": self.counts[status], "url": url})
        return out


def summary_rows(year: int | None = None) -> tuple[list[Row], list[Row]]:
    """(rows per province and year, rows per year over all provinces) of annual reports."""
    reports = Report.objects.filter(doc_type=ANNUAL).order_by()
    if year is not None:
        reports = reports.filter(year=year)
    names = dict(Jurisdiction.objects.provinces().values_list("code", "name"))
    by_place: dict[tuple[str | None, int | None], Row] = {}
    by_year: dict[int | None, Row] = defaultdict(lambda: Row("全部省份", None, None))
    for code, y, published in reports.values_list(province_code(), "year", "published"):
        found = timeliness(doc_type=ANNUAL, year=y, published=published)
        status = found.status if found is not None else Status.UNKNOWN
        key = (code, y)
        if key not in by_place:
            by_place[key] = Row(names.get(code, UNKNOWN_PROVINCE), code, y)
        by_place[key].counts[status] += 1
        by_year[y].year = y
        by_year[y].counts[status] += 1
    # Provinces in code order (地区不详 last), newest year first (unknown year last).
    rows = sorted(
        by_place.values(),
        key=lambda r: (r.code is None, r.code or "", r.year is None, -(r.year or 0)),
    )
    years = sorted(by_year.values(), key=lambda r: (r.year is None, -(r.year or 0)))
    return rows, years


@require_safe
def timeliness_summary(request: HttpRequest) -> HttpResponse:
    form = YearFilterForm(request.GET)
    if not form.is_valid():
        return error_page(request, 400, first_error(form))
    year = form.cleaned_data["year"]
    rows, years = summary_rows(year)
    for row in years:
        row.province = ""  # the national rows link to the year's search, any province
    context = {
        "rows": rows,
        "years": years,
        "year": year,
        "statuses": STATUSES,
        "year_choices": (
            Report.objects.filter(doc_type=ANNUAL, year__isnull=False)
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        ),
    }
    return render(request, "reports/timeliness_summary.html", context)
