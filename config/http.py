"""The one way our views answer JSON: Chinese as characters, not \\u escapes."""

from __future__ import annotations

from typing import Any

from django.http import JsonResponse


def json_response(data: Any, *, status: int = 200, safe: bool = True) -> JsonResponse:
    """`data` as JSON (UTF-8; the charset is in the Content-Type). `safe=False` for a
    top-level list, as in Django's JsonResponse."""
    return JsonResponse(data, status=status, safe=safe, json_dumps_params={"ensure_ascii": False})
