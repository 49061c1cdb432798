"""The home page, the search page and its JSON twin. The URL carries the whole state."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode

from config.http import json_response
from reports.models import Jurisdiction, Report
from search import facet_order, places, searching, suggestions
from search.facets import BY_PARAM as FACETS_BY_PARAM
from search.facets import FACET_PARAMS, FACETS, LISTED
from search.forms import MODES, SORTS, BadParameter, SearchForm
from search.pager import page_links
from search.query import DEFAULT_MODE, parse
from search.snippets import Snippet, report_snippets, sections_of

EXAMPLES = ["行政复议", "柔性执法", '"证照分离"', "行政执法 -公安"]
# From search.facets: the facet lists' titles (in the page's and the API's order), every
# filter a chip can show and remove (in the URL's order; `code` has no facet list), and
# the labels of fixed values (level, type, timeliness).
FACET_TITLES = {f.param: f.label for f in LISTED}
FILTER_TITLES = {f.param: f.chip for f in FACETS}
LABELS = {f.param: f.labels for f in FACETS if f.choices}


@dataclass
class Page:
    form: SearchForm
    q: str
    count: int = 0
    page: int = 1
    pages: int = 1
    results: list[dict[str, Any]] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    mode: str = DEFAULT_MODE
    relaxed: dict[str, Any] | None = None  # words and min_words when relaxed


def _state(form: SearchForm) -> dict[str, Any]:
    data = form.cleaned_data
    return {
        "q": data["q"],
        **{p: list(data[p]) for p in FACET_PARAMS},
        "sort": data["sort"],
        "mode": data["mode"],
    }


def _url(state: dict[str, Any], **changes: Any) -> str:
    merged = {**state, **changes}
    default_sort = "relevance" if merged["q"] else "newest"
    params: list[tuple[str, Any]] = [("q", merged["q"])] if merged["q"] else []
    for p in FACET_PARAMS:
        params += [(p, v) for v in merged[p]]
    if merged["sort"] != default_sort:
        params.append(("sort", merged["sort"]))
    if merged.get("mode", DEFAULT_MODE) != DEFAULT_MODE:
        params.append(("mode", merged["mode"]))
    if merged.get("page", 1) != 1:
        params.append(("page", merged["page"]))
    query = urlencode(params)
    return reverse("search:search") + (f"?{query}" if query else "")


def _run(form: SearchForm) -> Page:
    data = form.cleaned_data
    parsed = parse(data["q"], mode=data["mode"])
    page = Page(form=form, q=data["q"], notices=[*form.notices, *parsed.notes], mode=parsed.mode)
    outcome = searching.run(parsed, filters=form.filters, sort=data["sort"], page=data["page"])
    if outcome.relaxed:
        page.relaxed = {"words": outcome.words, "min_words": outcome.min_words}
        page.notices.append(
            f"同时包含全部词语的报告不足 {searching.RELAX_BELOW} 份，已放宽为至少包含其中 "
            f"{outcome.min_words} 个词：{'、'.join(outcome.words)}。"
        )
    if outcome.count and data["page"] > outcome.pages:
        page.notices.append(f"页码超出范围，已显示最后一页（第 {outcome.pages} 页）。")
    page.count, page.page, page.pages = outcome.count, outcome.page, outcome.pages
    page.facets = {
        p: facet_order.ordered(p, outcome.facets.get(FACET_PARAMS[p], []), data[p])
        for p in FACET_TITLES
    }
    reports = Report.objects.with_places().defer("text", "warnings").in_bulk(outcome.ids)
    sections = sections_of(outcome.ids)
    terms = suggestions.highlight_terms(parsed)
    for report_id in outcome.ids:
        report = reports.get(report_id)
        if report is None:  # deleted since it was indexed
            continue
        places = report.places()
        page.results.append(
            {
                "report": report,
                "places": places,
                "snippets": report_snippets(report, sections.get(report_id, []), terms),
            }
        )
    return page


def _facet_links(state: dict[str, Any], facets: dict[str, list[tuple[str, int]]]) -> list[dict]:
    out = []
    for param, title in FACET_TITLES.items():
        selected = state[param]
        values = []
        for value, count in facets.get(param, []):
            chosen = value in selected
            toggled = [v for v in selected if v != value] if chosen else [*selected, value]
            values.append(
                {
                    "value": value,
                    "label": LABELS.get(param, {}).get(value, value),
                    "count": count,
                    "selected": chosen,
                    "url": _url(state, **{param: toggled}),
                }
            )
        drill = FACETS_BY_PARAM[param].below_province  # listed only once there are values
        out.append({"param": param, "title": title, "values": values, "drill": drill})
    return out


def _chips(state: dict[str, Any]) -> list[dict[str, str]]:
    chips = []
    for param, title in FILTER_TITLES.items():
        for value in state[param]:
            rest = [v for v in state[param] if v != value]
            label = places.code_label(value) if param == "code" else None
            label = label or LABELS.get(param, {}).get(value, value)
            chips.append({"label": f"{title}：{label}", "url": _url(state, **{param: rest})})
    return chips


def home(request: HttpRequest) -> HttpResponse:
    examples = [{"q": q, "url": _url(_empty_state(), q=q)} for q in EXAMPLES]
    codes = [code for code in Report.objects.counts_by_province_code() if code]
    provinces = Jurisdiction.objects.provinces().filter(code__in=codes)
    return render(
        request,
        "search/home.html",
        {"examples": examples, "provinces": provinces, "report_count": Report.objects.count()},
    )


def _empty_state() -> dict[str, Any]:
    return {"q": "", **{p: [] for p in FACET_PARAMS}, "sort": "newest"}


def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    try:
        form.validate()
    except BadParameter as exc:
        return render(request, "search/bad_request.html", {"message": str(exc)}, status=400)
    page = _run(form)
    page.notices = [*form.problems, *page.notices]
    state = _state(form)
    next_queries = []
    if not page.count and page.q:  # no dead end: queries that do find reports
        parsed = parse(page.q, mode=page.mode)
        for s in suggestions.next_queries(parsed, form.filters):
            url = _url(state, q=s.q, mode=s.mode)
            next_queries.append({"label": s.label, "q": s.q, "count": s.count, "url": url})
    context = {
        "page": page,
        "state": state,
        "sorts": SORTS,
        "facets": _facet_links(state, page.facets),
        "chips": _chips(state),
        "clear_filters_url": _url(state, **{p: [] for p in FACET_PARAMS}),
        "hidden_filters": [(p, v) for p in FACET_PARAMS for v in state[p]],
        "page_links": page_links(page.page, page.pages, lambda n: _url(state, page=n)),
        "selected_count": sum(len(state[p]) for p in FACET_PARAMS),
        "prev_url": _url(state, page=page.page - 1) if page.page > 1 else "",
        "next_url": _url(state, page=page.page + 1) if page.page < page.pages else "",
        "first": (page.page - 1) * searching.PER_PAGE + 1,
        "modes": [
            {"value": v, "label": label, "url": _url(state, mode=v), "selected": v == page.mode}
            for v, label in MODES
        ],
        "next_queries": next_queries,
    }
    return render(request, "search/search.html", context)


def _snippet_json(snippets: list[Snippet]) -> list[dict[str, str]]:
    return [s.as_dict() for s in snippets]


def api_search(request: HttpRequest) -> JsonResponse:
    form = SearchForm(request.GET)
    try:
        form.validate_strictly()
    except BadParameter as exc:
        return json_response({"error": str(exc)}, status=400)
    page = _run(form)
    results = []
    for item in page.results:
        report, places = item["report"], item["places"]
        results.append(
            {
                "id": report.pk,
                "url": report.get_absolute_url(),
                "title": report.title,
                "doc_type": report.doc_type,
                "province": places["province"].name if places["province"] else None,
                "prefecture": places["prefecture"].name if places["prefecture"] else None,
                "county": places["county"].name if places["county"] else None,
                "level": report.level or None,
                "year": report.year,
                "published": report.published.isoformat() if report.published else None,
                "snippets": _snippet_json(item["snippets"]),
            }
        )
    return json_response(
        {
            "count": page.count,
            "page": page.page,
            "pages": page.pages,
            "mode": page.mode,
            **({"relaxed": True, **page.relaxed} if page.relaxed else {}),
            "notices": page.notices,
            "results": results,
            "facets": {p: [list(kv) for kv in page.facets[p]] for p in FACET_TITLES},
        }
    )
