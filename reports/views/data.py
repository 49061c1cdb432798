"""/data/: the newest bulk data dump (manage.py export_archive) and its format."""

from __future__ import annotations

from django.conf import settings
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import render
from django.views.decorators.http import require_safe

from reports.archive import CSV_COLUMNS, FORMAT_VERSION, JSONL, MANIFEST, newest_dump
from reports.export_rows import CSV_COLUMNS as EXPORT_COLUMNS
from reports.views.common import error_page


@require_safe
def data_page(request: HttpRequest) -> HttpResponse:
    dump = newest_dump(settings.DATA_DUMP_DIR)
    context = {
        "dump": dump.manifest if dump else None,
        "format_version": FORMAT_VERSION,
        "csv_columns": CSV_COLUMNS,
        "export_columns": EXPORT_COLUMNS,
        "jsonl": JSONL,
        "manifest_name": MANIFEST,
    }
    return render(request, "reports/data.html", context)


@require_safe
def data_file(request: HttpRequest, name: str) -> HttpResponseBase:
    """Only a file the newest manifest lists (or the manifest), from inside its directory."""
    dump = newest_dump(settings.DATA_DUMP_DIR)
    path = dump.file(name) if dump else None
    if path is None:
        return error_page(request, 404, "没有这个数据文件。")
    kind = "application/json" if name == MANIFEST else "application/gzip"
    response = FileResponse(
        path.open("rb"), as_attachment=name != MANIFEST, filename=name, content_type=kind
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
