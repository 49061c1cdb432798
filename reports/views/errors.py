"""Chinese error pages, wired up as handler400/404/500 in config/urls.py."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

from config.http import json_response

_FALLBACK_500 = (
    '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>出错了</title></head>'
    "<body><h1>服务器出错了</h1><p>请稍后再试。</p></body></html>"
)


def _wants_json(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


@requires_csrf_token
def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    # The exception's text is English or internal (the URL resolver's dict): never shown.
    if _wants_json(request):
        return json_response({"error": "资源不存在"}, status=404)
    return render(request, "404.html", status=404)


@requires_csrf_token
def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if _wants_json(request):
        return json_response({"error": "请求无效"}, status=400)
    return render(request, "400.html", status=400)


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    # No request context, no context processors, no database: 500.html is a static page.
    try:
        body = loader.get_template("500.html").render()
    except Exception:  # the last line of defence: never raise from the 500 handler
        body = _FALLBACK_500
    return HttpResponseServerError(body, content_type="text/html; charset=utf-8")
