"""The trends page (/trends/) and its JSON twin (/api/trends). The URL carries the whole
state: the terms (`q`, repeated or comma-separated), `by`, the mode and the search filters."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode

from config.http import json_response
from search import trends_chart
from search.facets import FACET_PARAMS
from search.forms import MODES, BadParameter
from search.query import DEFAULT_MODE
from search.trends import DIMENSIONS, MAX_TERMS, Trends, compute
from search.trends_chart import percent
from search.trends_forms import TrendsForm
from search.views import FILTER_TITLES, LABELS

EXAMPLES = ["柔性执法,包容审慎", "述法,法治督察", "一件事一次办,证照分离", "行政复议,行政诉讼"]
NO_TERMS = "请提供至少一个检索词（q），多个词用逗号分隔或重复 q 参数。"


def _filter_params(state: dict[str, Any], **changes: list[str]) -> list[tuple[str, str]]:
    merged = {**state["filters"], **changes}
    return [(p, v) for p in FACET_PARAMS for v in merged[p]]


def search_url(state: dict[str, Any], term: str, **changes: list[str]) -> str:
    """The search page's URL for `term` under the page's filters and mode, with `changes`
    replacing some filters (year=["2023"])."""
    params = ([("q", term)] if term else []) + _filter_params(state, **changes)
    if state["mode"] != DEFAULT_MODE:
        params.append(("mode", state["mode"]))
    return reverse("search:search") + (f"?{urlencode(params)}" if params else "")


def trends_url(state: dict[str, Any], **changes: Any) -> str:
    merged = {**state, **changes}
    params = [("q", t) for t in merged["terms"]] + _filter_params(merged)
    if merged["by"] != "year":
        params.append(("by", merged["by"]))
    if merged["mode"] != DEFAULT_MODE:
        params.append(("mode", merged["mode"]))
    return reverse("search:trends") + (f"?{urlencode(params)}" if params else "")


def _state(form: TrendsForm) -> dict[str, Any]:
    data = form.cleaned_data
    return {
        "terms": data["terms"],
        "filters": {p: list(data[p]) for p in FACET_PARAMS},
        "by": data["by"],
        "mode": data["mode"],
    }


def _rows(state: dict[str, Any], trends: Trends) -> list[dict[str, Any]]:
    """One row per year or province: the archive's count and one cell per term."""
    param = "year" if trends.by == "year" else "province"
    # Bars (province view) are scaled to the highest share, so that small shares still show.
    highest = max((p.share for s in trends.series for p in s.points), default=0.0)
    rows = []
    for i, key in enumerate(trends.keys):
        cells = []
        for j, s in enumerate(trends.series):
            point = s.points[i]
            cells.append(
                {
                    "matching": point.matching,
                    "share": percent(point.share),
                    "bar": round(100 * point.share / highest, 1) if highest else 0.0,
                    "color": trends_chart.style(j)[0],
                    "relaxed": point.relaxed,
                    "url": search_url(state, s.term, **{param: [key]}),
                }
            )
        rows.append(
            {
                "key": key,
                "reports": trends.reports[key],
                "url": search_url(state, "", **{param: [key]}),
                "cells": cells,
            }
        )
    return rows


def _chart(trends: Trends, rows: list[dict]) -> trends_chart.Chart:
    series = []
    for j, s in enumerate(trends.series):
        points = []
        for row, point in zip(rows, s.points, strict=True):
            cell = row["cells"][j]
            label = f"{s.term} · {point.key} 年：{point.matching} / {point.reports} 份（{cell['share']}）"
            points.append((point.share, cell["url"], label))
        series.append((s.term, points))
    return trends_chart.line_chart(trends.keys, series)


def _chips(state: dict[str, Any]) -> list[dict[str, str]]:
    chips = []
    for param, title in FILTER_TITLES.items():
        for value in state["filters"][param]:
            rest = [v for v in state["filters"][param] if v != value]
            label = LABELS.get(param, {}).get(value, value)
            filters = {**state["filters"], param: rest}
            chips.append({"label": f"{title}：{label}", "url": trends_url(state, filters=filters)})
    return chips


def trends(request: HttpRequest) -> HttpResponse:
    form = TrendsForm(request.GET)
    try:
        form.validate()
    except BadParameter as exc:
        return render(request, "search/bad_request.html", {"message": str(exc)}, status=400)
    state = _state(form)
    context: dict[str, Any] = {
        "state": state,
        "terms_value": "，".join(state["terms"]),
        "notices": [*form.problems, *form.notices],
        "max_terms": MAX_TERMS,
        "chips": _chips(state),
        "hidden_filters": _filter_params(state),
        "dimensions": [
            {
                "value": v,
                "label": label,
                "url": trends_url(state, by=v),
                "selected": v == state["by"],
            }
            for v, label in DIMENSIONS.items()
        ],
        "modes": [
            {
                "value": v,
                "label": label,
                "url": trends_url(state, mode=v),
                "selected": v == state["mode"],
            }
            for v, label in MODES
        ],
        "examples": [
            {"q": q, "url": trends_url({**state, "terms": q.split(",")})} for q in EXAMPLES
        ],
    }
    if state["terms"]:
        result = compute(state["terms"], by=state["by"], mode=state["mode"], filters=form.filters)
        rows = _rows(state, result)
        context.update(
            trends=result,
            rows=rows,
            series=[
                {
                    "term": s.term,
                    "total": s.total,
                    "url": search_url(state, s.term),
                    "color": trends_chart.style(i)[0],
                    "dash": trends_chart.style(i)[1],
                }
                for i, s in enumerate(result.series)
            ],
            chart=_chart(result, rows) if result.by == "year" and rows else None,
            any_relaxed=any(c["relaxed"] for row in rows for c in row["cells"]),
        )
        api_url = reverse("search:api_trends") + trends_url(state).partition("/trends/")[2]
        context.update(api_url=api_url, api_label=unquote(api_url))
    return render(request, "search/trends.html", context)


def api_trends(request: HttpRequest) -> JsonResponse:
    form = TrendsForm(request.GET)
    try:
        form.validate_strictly()
    except BadParameter as exc:
        return json_response({"error": str(exc)}, status=400)
    data = form.cleaned_data
    if not data["terms"]:
        return json_response({"error": NO_TERMS}, status=400)
    result = compute(data["terms"], by=data["by"], mode=data["mode"], filters=form.filters)
    return json_response(result.as_json())
