"""Near-duplicates: a report's similar reports (JSON) and the clusters sharing a template."""

from __future__ import annotations

import re

from django import forms
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from config.http import json_response
from reports.models import Report, SimilarPair
from reports.similarity_store import template_clusters
from reports.views.common import error_page
from search.pager import page_links

THRESHOLDS = ("0.3", "0.5", "0.7", "0.9")
DEFAULT_THRESHOLD = "0.5"
CLUSTERS_PER_PAGE = 20
MEMBERS_SHOWN = 50  # a large cluster lists its first 50 reports and says how many more
_PAGE = re.compile(r"[0-9]{1,6}")


class ClustersForm(forms.Form):
    """GET parameters of /similar/: `min` (one of THRESHOLDS) and `page`."""

    min = forms.ChoiceField(
        label="相似度至少",
        required=False,
        choices=[(t, f"{float(t):.0%}") for t in THRESHOLDS],
        error_messages={"invalid_choice": "相似度 min 应为 " + "、".join(THRESHOLDS) + " 之一。"},
    )
    page = forms.CharField(required=False)

    def clean_min(self) -> str:
        return self.cleaned_data["min"] or DEFAULT_THRESHOLD

    def clean_page(self) -> int:
        raw = (self.cleaned_data["page"] or "1").strip()
        if not _PAGE.fullmatch(raw) or int(raw) < 1:
            raise forms.ValidationError("页码应为正整数。")
        return int(raw)


def _report_id(pk: str) -> int | None:
    if not (pk.isascii() and pk.isdigit()) or len(pk) > 18:
        return None
    return int(pk) if Report.objects.filter(pk=int(pk)).exists() else None


@require_safe
def api_similar(request: HttpRequest, pk: str) -> JsonResponse:
    """[{"id", "similarity"}], best first: every stored similar report (any place)."""
    report_id = _report_id(pk)
    if report_id is None:
        return json_response({"error": "报告不存在"}, status=404)
    rows = SimilarPair.objects.of(report_id).values_list("other_id", "similarity")
    return json_response([{"id": o, "similarity": s} for o, s in rows], safe=False)


@require_safe
def similar_clusters(request: HttpRequest) -> HttpResponse:
    form = ClustersForm(request.GET)
    if not form.is_valid():
        message = "；".join(str(e) for errors in form.errors.values() for e in errors)
        return error_page(request, 400, f"参数有误：{message}")
    threshold, page = form.cleaned_data["min"], form.cleaned_data["page"]
    groups = template_clusters(float(threshold))
    pages = max(1, -(-len(groups) // CLUSTERS_PER_PAGE))
    page = min(page, pages)
    shown = groups[(page - 1) * CLUSTERS_PER_PAGE : page * CLUSTERS_PER_PAGE]
    members_of = [sorted({x for a, b, _ in group for x in (a, b)}) for group in shown]
    ids = {pk for members in members_of for pk in members[:MEMBERS_SHOWN]}
    reports = Report.objects.with_places().defer("text", "preamble").in_bulk(ids)
    clusters = []
    for group, members in zip(shown, members_of, strict=True):
        listed = sorted(members[:MEMBERS_SHOWN], key=lambda pk: (reports[pk].year or 0, pk))
        clusters.append(
            {
                "reports": [reports[pk] for pk in listed],
                "size": len(members),
                "more": len(members) - len(listed),
                "best": round(group[0][2] * 100),
                "worst": round(min(s for _, _, s in group) * 100),
            }
        )

    def url(n: int) -> str:
        return f"?{urlencode({'min': threshold, 'page': n})}"

    context = {
        "form": form,
        "threshold": threshold,
        "thresholds": [(t, f"{float(t):.0%}") for t in THRESHOLDS],
        "clusters": clusters,
        "count": len(groups),
        "first": (page - 1) * CLUSTERS_PER_PAGE,
        "page_links": page_links(page, pages, url),
        "prev_url": url(page - 1) if page > 1 else "",
        "next_url": url(page + 1) if page < pages else "",
    }
    return render(request, "reports/similar_clusters.html", context)
