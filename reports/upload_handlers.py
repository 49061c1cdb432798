"""Refuse an oversized upload while it streams in, before it is read into memory or disk."""

from __future__ import annotations

from django.core.files.uploadhandler import FileUploadHandler, StopUpload

from config import uploads


class SizeLimitUploadHandler(FileUploadHandler):
    """First in FILE_UPLOAD_HANDLERS: counts bytes and stops the upload past the limit.

    The view sees `request.upload_too_large` and answers with a clear message.
    """

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.received = 0
        # Known too large from the request's length: refuse at the first file, where
        # Django's parser catches StopUpload (it does not here).
        self.too_large = bool(content_length and uploads.body_too_large(content_length))
        return None

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        self.received = 0
        if getattr(self, "too_large", False):
            self._refuse()

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received = getattr(self, "received", 0) + len(raw_data)
        if self.received > uploads.limit():
            self._refuse()
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None

    def _refuse(self) -> None:
        if self.request is not None:
            # A flag of ours on the request, read by the upload view (not in Django's stubs).
            self.request.upload_too_large = True  # type: ignore[attr-defined]
        raise StopUpload(connection_reset=False)
