"""The comparison endpoints (bench.stock_settings): stock haystack, and the naive ORM way.

Both take the search API's parameters (q, province, year, level, type) and answer JSON
with count, facets and 20 results with a snippet, like /api/search.
"""

from __future__ import annotations

import functools
import operator

from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.utils.html import escape

from reports.models import Jurisdiction, Report
from search.query import parse

FILTERS = {"province": "province", "year": "year", "level": "level", "type": "doc_type"}
PER_PAGE = 20


def _json(data: dict) -> JsonResponse:
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def stock_search(request):
    """What a typical haystack site does: SearchQuerySet + facets + highlight()."""
    from haystack.inputs import Exact
    from haystack.query import SQ, SearchQuerySet

    parsed = parse(request.GET.get("q", ""))
    sqs = SearchQuerySet().models(Report)
    clauses = [functools.reduce(operator.or_, [SQ(content=t) for t in g]) for g in parsed.groups]
    if clauses:
        sqs = sqs.filter(functools.reduce(operator.and_, clauses))
    for term in parsed.excluded:
        sqs = sqs.exclude(content=term)
    for param, name in FILTERS.items():
        for value in request.GET.getlist(param):
            sqs = sqs.narrow(f"{name}_exact:{Exact(value).prepare(sqs.query)}")
    for name in FILTERS.values():
        sqs = sqs.facet(name)
    sqs = sqs.highlight()
    page = list(sqs[:PER_PAGE])
    facets = sqs.facet_counts().get("fields", {})
    results = [
        {
            "id": int(r.pk),
            "title": r.title,
            "snippet": (r.highlighted or {}).get("text", [""])[0]
            if isinstance(r.highlighted, dict)
            else (r.highlighted or [""])[0],
        }
        for r in page
    ]
    return _json({"count": sqs.count(), "facets": facets, "results": results})


def _window(text: str, term: str, width: int = 120) -> str:
    at = text.lower().find(term.lower()) if term else 0
    start = max(0, at - 40)
    piece = escape(text[start : start + width])
    return piece.replace(escape(term), f"<mark>{escape(term)}</mark>") if term else piece


def naive_search(request):
    """The naive way: icontains on the report text, ORM counts for the facets."""
    parsed = parse(request.GET.get("q", ""))
    qs = Report.objects.all()
    for group in parsed.groups:
        qs = qs.filter(functools.reduce(operator.or_, [Q(text__icontains=t) for t in group]))
    for term in parsed.excluded:
        qs = qs.exclude(text__icontains=term)
    province_name = Coalesce(
        "jurisdiction__parent__parent__name", "jurisdiction__parent__name", "jurisdiction__name"
    )
    qs = qs.annotate(province_name=province_name)
    for value in request.GET.getlist("province"):
        code = Jurisdiction.objects.provinces().filter(name=value).values("code")[:1]
        qs = qs.filter(
            Q(jurisdiction__code__in=code)
            | Q(jurisdiction__parent__code__in=code)
            | Q(jurisdiction__parent__parent__code__in=code)
        )
    for param in ("year", "level", "type"):
        values = request.GET.getlist(param)
        if values:
            qs = qs.filter(**{f"{FILTERS[param]}__in": values})
    facets = {
        name: sorted(
            ([str(row[name]), row["n"]] for row in qs.values(name).annotate(n=Count("id"))),
            key=lambda kv: (-kv[1], kv[0]),
        )
        for name in ("province_name", "year", "level", "doc_type")
    }
    first = parsed.terms[0] if parsed.terms else ""
    page = qs.order_by("-published", "-id").only("id", "title", "text")[:PER_PAGE]
    results = [{"id": r.pk, "title": r.title, "snippet": _window(r.text, first)} for r in page]
    return _json({"count": qs.count(), "facets": facets, "results": results})


def ping(request):
    return HttpResponse("ok")


urlpatterns = [
    path("stock/search", stock_search),
    path("naive/search", naive_search),
    path("ping", ping),
]
