"""Response headers Django 5.2 does not set itself, and a 503 for a lost database."""

from collections.abc import Callable

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from config import uploads
from config.http import json_response


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # The admin ships inline scripts; everything of ours is in static files.
        if not request.path.startswith("/admin/"):
            response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        return response


class DatabaseUnavailableMiddleware:
    """A database that is down or locked answers 503 with a page, not a traceback."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, OperationalError | InterfaceError) or (
            isinstance(exception, DatabaseError) and "connection" in str(exception).lower()
        ):
            response: HttpResponse
            if request.path.startswith("/api/"):
                # API clients parse JSON: the same message, in the API's shape.
                response = json_response({"error": "数据库暂时无法连接，请稍后再试。"}, status=503)
            else:
                response = HttpResponse(render_to_string("503.html", request=None), status=503)
            response["Retry-After"] = "30"
            return response
        return None


class RequestSizeLimitMiddleware:
    """Refuse a request body larger than MAX_UPLOAD_BYTES from its Content-Length alone.

    Early in MIDDLEWARE, before CSRF reads request.POST: otherwise Django's multipart
    parser, told to stop by reports.upload_handlers, drains the rest of the body by
    iterating gunicorn's input line by line, and a 50 MB file without newlines became one
    50 MB line in the worker's memory (tests/drills/test_large_upload.py). Here the body
    is read and thrown away in 64 KB pieces (so the client gets the answer rather than a
    reset connection), at most DRAIN_LIMIT bytes of it; past that the connection closes.
    """

    DRAIN_LIMIT = 128 * 1024 * 1024

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if uploads.body_too_large(length):
            self._drain(request, length)
            message = f"文件过大，已拒绝：上传上限为 {uploads.in_mb()} MB。"
            body = render_to_string("400.html", {"message": message}, request=None)
            response = HttpResponse(body, status=400)
            response["Connection"] = "close"
            return response
        return self.get_response(request)

    def _drain(self, request: HttpRequest, length: int) -> None:
        stream = request.META.get("wsgi.input")
        remaining = min(length, self.DRAIN_LIMIT)
        try:
            while stream is not None and remaining > 0:
                chunk = stream.read(min(64 * 1024, remaining))
                if not chunk:
                    break
                remaining -= len(chunk)
        except OSError:
            pass
