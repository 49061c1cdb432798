"""/browse/coverage.csv: the coverage matrix (province × year report counts) as CSV."""

from __future__ import annotations

from datetime import date

from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from reports.export_rows import csv_line
from reports.models import Jurisdiction, Report, province_code
from reports.views.browse import _COVERAGE_YEARS

UNKNOWN = "地区不详"


def coverage_rows() -> list[list[object]]:
    """Header, one row per province (and 地区不详 when some report has no place), totals."""
    counts: dict[tuple[str | None, int | None], int] = {}
    rows = (
        Report.objects.order_by()
        .values("year", province_code=province_code())
        .annotate(n=Count("id"))
    )
    for row in rows:
        counts[(row["province_code"], row["year"])] = row["n"]
    known = sorted({y for _, y in counts if y is not None} | set(_COVERAGE_YEARS))
    years: list[int | None] = [*known]
    if any(y is None for _, y in counts):
        years.append(None)
    keys = [(p.code, p.name) for p in Jurisdiction.objects.provinces().order_by("code")]
    if any(code is None for code, _ in counts):
        keys.append((None, UNKNOWN))
    out: list[list[object]] = [
        ["province_code", "province", *[str(y) if y else "年度不详" for y in years], "total"]
    ]
    for code, name in keys:
        cells = [counts.get((code, y), 0) for y in years]
        out.append([code or "", name, *cells, sum(cells)])
    totals = [sum(n for (_, y), n in counts.items() if y == year) for year in years]
    out.append(["", "合计", *totals, sum(totals)])
    return out


@require_safe
def coverage_csv(request: HttpRequest) -> HttpResponse:
    body = "\ufeff" + "".join(csv_line(row) for row in coverage_rows())
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    name = f"fazhi-coverage-{date.today():%Y%m%d}.csv"
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response
