"""Two reports compared side by side (/reports/<a>/compare/<b>/) and the same as JSON."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from config.http import json_response
from reports.compare.service import check_promises, compare_reports
from reports.models import Report
from reports.views.common import error_page

_NOT_FOUND = "要比较的报告不存在或已被删除。"


def _report(pk: str) -> Report | None:
    # Only plain ASCII digits count as an id (not "1_0", "١", " 1"), and not too many.
    if not (pk.isascii() and pk.isdigit()) or len(pk) > 18:
        return None
    return Report.objects.with_places().filter(pk=int(pk)).first()


def _pair(a: str, b: str) -> tuple[Report, Report] | None:
    ra, rb = _report(a), _report(b)
    return None if ra is None or rb is None else (ra, rb)


def _earlier_first(a: Report, b: Report) -> tuple[Report, Report]:
    """The promises of the earlier report are looked up in the later one."""
    if a.year is not None and b.year is not None and b.year < a.year:
        return b, a
    return a, b


@require_safe
def compare_page(request: HttpRequest, a: str, b: str) -> HttpResponse:
    pair = _pair(a, b)
    if pair is None:
        return error_page(request, 404, _NOT_FOUND)
    ra, rb = pair
    comparison = compare_reports(ra, rb)
    context = {
        "a": ra,
        "b": rb,
        "comparison": comparison,
        "reuse_percent": round(comparison.reuse * 100),
        "promises": check_promises(*_earlier_first(ra, rb)) if ra.pk != rb.pk else None,
        "swap_url": reverse("reports:compare", args=[rb.pk, ra.pk]),
    }
    return render(request, "reports/compare.html", context)


def _side(report: Report, request: HttpRequest) -> dict:
    return {
        "id": report.pk,
        "url": request.build_absolute_uri(report.get_absolute_url()),
        "title": report.title,
        "year": report.year,
        "place": report.place_label,
    }


@require_safe
def api_compare(request: HttpRequest, a: str, b: str) -> JsonResponse:
    pair = _pair(a, b)
    if pair is None:
        return json_response({"error": "报告不存在"}, status=404)
    ra, rb = pair
    comparison = compare_reports(ra, rb)
    check = check_promises(*_earlier_first(ra, rb)) if ra.pk != rb.pk else None
    promises = None
    if check is not None:
        promises = {
            "source": check.source.pk,
            "target": check.target.pk if check.target else None,
            "plan_anchor": check.plan.anchor,
            "items": [
                {
                    "promise": item.promise.label,
                    "passages": [
                        {
                            "anchor": f.passage.anchor,
                            "text": f.passage.text,
                            "share": round(f.share, 3),
                        }
                        for f in item.found
                    ],
                }
                for item in check.items
            ],
        }
    return json_response(
        {
            "a": _side(ra, request),
            "b": _side(rb, request),
            "reuse": round(comparison.reuse, 4),
            "b_sentences": comparison.b_sentences,
            "b_reused": comparison.b_reused,
            "a_sentences": comparison.a_sentences,
            "a_removed": comparison.a_removed,
            "sections": [row.as_json() for row in comparison.rows],
            "promises": promises,
        }
    )


@require_safe
def compare_select(request: HttpRequest) -> HttpResponse:
    """The search page's "比较所选": ?ids=A&ids=B → the comparison, earlier year first."""
    ids = request.GET.getlist("ids")
    if len(ids) != 2:
        return error_page(request, 400, "请选择两份报告进行比较。")
    pair = _pair(*ids)
    if pair is None:
        return error_page(request, 404, _NOT_FOUND)
    a, b = _earlier_first(*pair)  # reuse is of the later report from the earlier one
    return redirect("reports:compare", a.pk, b.pk)
