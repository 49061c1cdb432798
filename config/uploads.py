"""The upload size limit, in one place: settings.MAX_UPLOAD_BYTES (20 MB unless set), how
it is written in messages (in MB) and how far a request may go past it with the rest of
its form. Read by the request-size middleware, the streaming upload handler, the upload
form and flow and the bulk import."""

from __future__ import annotations

from django.conf import settings

# What a request may carry beyond the file itself: the form's other fields and the
# multipart framing.
SLACK = 64 * 1024


def limit() -> int:
    """The largest file accepted, in bytes (read at call time: tests override it)."""
    return settings.MAX_UPLOAD_BYTES


def in_mb(cap: int | None = None) -> int:
    """`cap` (default: the upload limit) in whole MB, as the messages state it."""
    return (limit() if cap is None else cap) // (1024 * 1024)


def body_too_large(content_length: int) -> bool:
    """Whether a request's declared length cannot be within the limit."""
    return content_length > limit() + SLACK
