"""One report: the reading page, the original upload, and the JSON API."""

from __future__ import annotations

from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from config.http import json_response
from reports.citation import citation_for
from reports.indicators.api import indicator_dicts
from reports.models import Report
from reports.parsing.clean import fold
from reports.parsing.sections import closing_start
from reports.timeliness import of_report as timeliness_of
from reports.views.common import (
    back_to_search_url,
    error_page,
    is_web_url,
    paragraphs,
    query_terms,
    section_dicts,
    section_tree,
)
from search.highlight import highlight_html

_NOT_FOUND = "报告不存在或已被删除。"
_OTHER_YEARS_LIMIT = 50


def _get_report(pk: int | str) -> Report | None:
    # The API's pk arrives as a string: only plain ASCII digits count (not "1_0", "١", " 1").
    if isinstance(pk, str) and not (pk.isascii() and pk.isdigit()):
        return None
    try:
        return Report.objects.with_places().get(pk=int(pk))
    except (Report.DoesNotExist, OverflowError):
        return None


def _other_years(report: Report) -> dict[str, list[Report]]:
    """Links to the same place's reports of other years (same subunit, and the government's own)."""
    if report.jurisdiction_id is None:
        return {"same_unit": [], "same_place": []}
    fields = ("id", "title", "year", "doc_type", "subunit")
    base = Report.objects.filter(jurisdiction_id=report.jurisdiction_id).exclude(pk=report.pk)
    same_unit = list(base.filter(subunit=report.subunit).only(*fields)[:_OTHER_YEARS_LIMIT])
    same_place: list[Report] = []
    if report.subunit:
        same_place = list(base.filter(subunit="").only(*fields)[:_OTHER_YEARS_LIMIT])
    return {"same_unit": same_unit, "same_place": same_place}


def closing_lines(report: Report, sections: list) -> list[str]:
    """The closing signature (落款) at the end of the text, when no section holds it.

    The parser keeps it out of the last section; a report parsed before that still has
    it in its last body, and shows it there only.
    """
    if not sections:  # the preamble is the whole text, signature included
        return []
    tail = report.text.split("\n")[-4:]
    tail = tail[closing_start([fold(line) for line in tail]) :]
    if not tail:
        return []
    last, node = "", sections[-1]
    while node is not None:
        last = node.section.body or node.plain_title
        node = node.children[-1] if node.children else None
    return [] if last.rstrip().endswith(tail[-1]) else tail


@require_safe
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report = _get_report(pk)
    if report is None:
        return error_page(request, 404, _NOT_FOUND)
    q = request.GET.get("q", "")
    terms = query_terms(q, request.GET.get("mode", ""))
    # One query for all sections; the tree is built in Python.
    sections = section_tree(report.sections.order_by("position"), terms)
    body_text = report.preamble if sections else (report.preamble or report.text)
    places = [p for p in report.places().values() if p is not None]
    context = {
        "report": report,
        "title": highlight_html(report.title, terms),
        "places": places,
        "sections": sections,
        "preamble": paragraphs(body_text, terms),
        "closing": [highlight_html(line, terms) for line in closing_lines(report, sections)],
        "terms": terms,
        "search_back_url": back_to_search_url(request) if terms else "",
        "source_link": report.source_url if is_web_url(report.source_url) else "",
        "show_warnings": request.user.is_staff and bool(report.warnings),
        **_other_years(report),
    }
    return render(request, "reports/report_detail.html", context)


@require_safe
def report_original(request: HttpRequest, pk: int) -> HttpResponseBase:
    report = _get_report(pk)
    if report is None or not report.original:
        return error_page(request, 404, "该报告没有可下载的原始文件。")
    filename = report.original_name or f"report-{report.pk}.{report.original_suffix or 'bin'}"
    try:
        handle = report.original.open("rb")
    except OSError:
        return error_page(request, 404, "原始文件已丢失。")
    response: HttpResponseBase
    if report.original_suffix == "txt":
        response = _text_download(handle.read(), filename)
        handle.close()
    else:
        # Never a guessed type: an uploaded .html must not render on our origin.
        response = FileResponse(
            handle, as_attachment=True, filename=filename, content_type="application/octet-stream"
        )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def _text_download(data: bytes, filename: str) -> HttpResponse:
    """A .txt keeps text/plain with the charset it is really in, so browsers show it right."""
    charset = _detect_charset(data)
    content_type = f"text/plain; charset={charset}" if charset else "application/octet-stream"
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def _detect_charset(data: bytes) -> str | None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return best.encoding if best is not None else None


@require_safe
def api_report(request: HttpRequest, pk: str) -> JsonResponse:
    report = _get_report(pk)
    if report is None:
        return json_response({"error": "报告不存在"}, status=404)
    places = report.places()
    sections = section_tree(report.sections.order_by("position"))
    return json_response(
        {
            "id": report.pk,
            "url": request.build_absolute_uri(report.get_absolute_url()),
            "title": report.title,
            "doc_type": report.doc_type,
            "doc_type_label": report.get_doc_type_display(),
            "year": report.year,
            "published": report.published.isoformat() if report.published else None,
            "issuer": report.issuer,
            "province": places["province"].name if places["province"] else None,
            "prefecture": places["prefecture"].name if places["prefecture"] else None,
            "county": places["county"].name if places["county"] else None,
            "jurisdiction_code": report.jurisdiction.code if report.jurisdiction else None,
            "subunit": report.subunit,
            "level": report.level,
            "source_name": report.source_name,
            "source_url": report.source_url,
            "preamble": report.preamble,
            "sections": section_dicts(sections),
            "citation": citation_for(report, request),  # issue 14: GB/T 7714, as on the page
            # null for what is not an annual report (reports/timeliness.py)
            "timeliness": (t.as_json() if (t := timeliness_of(report)) is not None else None),
            "indicators": indicator_dicts(report),
        }
    )
