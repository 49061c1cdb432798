"""/search/export.csv and /search/export.jsonl: every report a search lists, streamed."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from django.http import HttpRequest, HttpResponseBase, StreamingHttpResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from search import exports
from search.forms import BadParameter


def _export(
    request: HttpRequest,
    stream: Callable[..., Iterator[str]],
    suffix: str,
    content_type: str,
) -> HttpResponseBase:
    try:
        form = exports.checked_form(request.GET)
        limit = exports.export_limit(request.GET)
    except BadParameter as exc:
        return render(request, "search/bad_request.html", {"message": str(exc)}, status=400)
    export = exports.plan(form, limit)
    response = StreamingHttpResponse(
        stream(export, base_url=request.build_absolute_uri("/")), content_type=content_type
    )
    name = exports.filename(export.q, suffix)
    response["Content-Disposition"] = content_disposition_header(True, name)
    # The totals up front, so a client knows before reading whether the file stops short.
    response["X-Result-Count"] = str(export.count)
    response["X-Export-Rows"] = str(len(export.ids))
    response["X-Export-Limit"] = str(limit)
    response["X-Export-Truncated"] = "1" if export.truncated else "0"
    return response


@require_safe
def export_csv(request: HttpRequest) -> HttpResponseBase:
    return _export(request, exports.csv_stream, "csv", "text/csv; charset=utf-8")


@require_safe
def export_jsonl(request: HttpRequest) -> HttpResponseBase:
    return _export(request, exports.jsonl_stream, "jsonl", "application/x-ndjson; charset=utf-8")
