"""/indicators/: one indicator across places and years, with a chart and a CSV export."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from reports.indicators.forms import IndicatorPageForm
from reports.indicators.keys import LABELS, RATES, Key
from reports.models import Indicator, Jurisdiction, Report
from reports.timeliness import status_of
from search.documents import UNKNOWN_PROVINCE
from search.forms import BadParameter, SearchForm

MAX_BARS = 80  # the chart stops there; the table and the CSV list every value
# Each value is a row: its place and year above its bar, so the chart stays readable at a
# phone's width (the SVG scales to the column; see static/css/indicators.css).
_ROW_HEIGHT, _CHART_WIDTH, _VALUE_ROOM = 36, 360, 80


@dataclass
class Row:
    indicator: Indicator
    place: str
    province: str
    year: int | None
    level: str
    value: Decimal
    link: str


def _filters(request: HttpRequest) -> tuple[str, str, bool, SearchForm, list[str]]:
    """key, format, checked only, the search form (province, level, year) and the problems
    found."""
    key, fmt, checked, problems = IndicatorPageForm(request.GET).settings()
    form = SearchForm(request.GET)
    form.validate()  # raises BadParameter for a bad page number
    return key, fmt, checked, form, problems + form.problems


def _rows(key: str, form: SearchForm, *, checked: bool = False) -> list[Row]:
    data = form.cleaned_data
    reports = Report.objects.all()
    if data["province"]:
        codes = dict(
            Jurisdiction.objects.provinces()
            .filter(name__in=data["province"])
            .values_list("name", "code")
        )
        place = Q(pk__in=[])
        for name in data["province"]:
            if name == UNKNOWN_PROVINCE:
                place |= Q(jurisdiction__isnull=True)
            elif name in codes:
                place |= Q(pk__in=Report.objects.in_province(codes[name]).values("pk"))
        reports = reports.filter(place)
    if data["level"]:
        reports = reports.filter(level__in=data["level"])
    if data["year"]:
        reports = reports.filter(year__in=[int(y) for y in data["year"]])
    if data["type"]:
        reports = reports.filter(doc_type__in=data["type"])
    # Below the province, as on the search page: each place parameter ORs its values.
    for param, lookup in (("prefecture", "name"), ("county", "name"), ("code", "code")):
        if data[param]:
            chosen = Q(pk__in=[])
            for division in Jurisdiction.objects.filter(**{f"{lookup}__in": data[param]}):
                chosen |= Q(pk__in=Report.objects.under(division).values("pk"))
            reports = reports.filter(chosen)
    shown = Indicator.objects.shown()
    indicators = (
        (shown.checked() if checked else shown)
        .for_key(key)
        .filter(report__in=reports)
        .select_related(
            "report",
            "report__jurisdiction",
            "report__jurisdiction__parent",
            "report__jurisdiction__parent__parent",
        )
    )
    statuses = set(data["timeliness"])
    rows = []
    for ind in indicators:
        if statuses and status_of(ind.report) not in statuses:
            continue  # computed from the report's fields, not stored: filtered here
        places = ind.report.places()
        province = places["province"].name if places["province"] else UNKNOWN_PROVINCE
        rows.append(
            Row(
                indicator=ind,
                place=ind.report.place_label,
                province=province,
                year=ind.report.year,
                level=ind.report.get_level_display(),
                value=ind.current_value,
                link=ind.get_absolute_url(),
            )
        )
    rows.sort(key=lambda r: (-(r.year or 0), r.place, r.indicator.number_start))
    return rows


def _chart(rows: list[Row], key: str) -> dict:
    """Horizontal bars, one per value (newest first), drawn as SVG on the server."""
    shown = rows[:MAX_BARS]
    top = Decimal(100) if key in RATES else max([r.value for r in shown] or [Decimal(1)])
    top = top or Decimal(1)
    span = _CHART_WIDTH - _VALUE_ROOM
    bars = []
    for i, row in enumerate(shown):
        width = max(float(row.value / top) * span, 1.0)
        y = i * _ROW_HEIGHT
        bars.append(
            {
                "label_y": y + 13,
                "y": y + 18,
                "text_y": y + 30,
                "width": round(width, 1),
                "value_x": round(width + 4, 1),
                "label": f"{row.place} {row.year or '年度不详'}",
                "value": row.indicator.display_value,
                "link": row.link,
            }
        )
    return {
        "bars": bars,
        "height": len(shown) * _ROW_HEIGHT + 4,
        "width": _CHART_WIDTH,
        "truncated": len(rows) > MAX_BARS,
    }


def _csv_cell(value: object) -> str:
    text = "" if value is None else str(value)
    # A spreadsheet must not run a cell as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _csv(request: HttpRequest, key: str, rows: list[Row]) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="indicators-{key}.csv"'
    response.write("\ufeff")  # BOM: Excel opens UTF-8 Chinese correctly
    writer = csv.writer(response)
    writer.writerow(
        [
            *("指标", "地区", "省份", "年度", "层级", "数值", "单位", "原文数字", "原句"),
            *("报告", "链接", "核对"),
        ]
    )
    for row in rows:
        ind = row.indicator
        writer.writerow(
            [
                _csv_cell(c)
                for c in (
                    LABELS[key],
                    row.place,
                    row.province,
                    row.year or "",
                    row.level,
                    f"{row.value.normalize():f}",
                    "%" if key in RATES else ind.unit,
                    ind.text,
                    ind.evidence,
                    ind.report.title,
                    request.build_absolute_uri(row.link),
                    ind.get_status_display(),
                )
            ]
        )
    return response


@require_safe
def indicators_page(request: HttpRequest) -> HttpResponse:
    try:
        key, fmt, checked, form, problems = _filters(request)
    except BadParameter as exc:
        return render(request, "search/bad_request.html", {"message": str(exc)}, status=400)
    status = 400 if problems else 200
    if fmt == "csv" and problems:
        return HttpResponse(problems[0], status=400, content_type="text/plain; charset=utf-8")
    rows = _rows(key, form, checked=checked)
    if fmt == "csv":
        return _csv(request, key, rows)
    data = form.cleaned_data
    state = [("key", key)] + [(p, v) for p in ("province", "level", "year") for v in data[p]]
    state += [("checked", "1")] if checked else []
    context = {
        "key": key,
        "label": LABELS[key],
        "keys": Key.choices,
        "rows": rows,
        "checked_count": sum(1 for r in rows if r.indicator.status in Indicator.CHECKED),
        "chart": _chart(rows, key),
        "problems": problems,
        # SearchForm set these choices (province_names()) in __init__; a Field has no
        # `choices` in the stubs.
        "provinces": [n for n, _ in form.fields["province"].choices],  # type: ignore[attr-defined]
        "levels": Report.Level.choices,
        "years": sorted(
            {
                y
                for y in Report.objects.exclude(year=None).values_list("year", flat=True)
                if y is not None
            },
            reverse=True,
        ),
        "selected": {p: data[p] for p in ("province", "level", "year")},
        "checked": checked,
        "csv_url": "?" + urlencode([*state, ("format", "csv")]),
    }
    return render(request, "reports/indicators.html", context, status=status)
