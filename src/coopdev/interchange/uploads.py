"""An upload handler that stops an import upload at the size limit, before it is spooled.

Django's own handlers keep an upload in memory up to ``FILE_UPLOAD_MAX_MEMORY_SIZE`` and then
write it to a temporary file, whatever its size: a 5 GB upload would fill the disk before the
import's own size check ever saw it. This handler goes first: when the request says it is
larger than the limit (``Content-Length``), or when the bytes received pass it, it stops the
upload (the rest of the body is read and dropped, never stored) and leaves the size on the
request for the view to report.
"""

from __future__ import annotations

from django.core.files.uploadhandler import FileUploadHandler, StopUpload

# Room for the form's other fields and the multipart boundaries around the file.
FORM_OVERHEAD = 64 * 1024


class SizeLimitUploadHandler(FileUploadHandler):
    """Stops any file above ``limit`` bytes; ``request.upload_too_large`` is then its size (or the
    request's announced length) in bytes."""

    def __init__(self, request=None, *, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.announced = 0

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):  # noqa: N803 - Django's name
        self.announced = content_length or 0
        return None

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        if self.announced > self.limit + FORM_OVERHEAD:
            self._stop(self.announced)

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        if start + len(raw_data) > self.limit:
            self._stop(max(start + len(raw_data), self.announced - FORM_OVERHEAD))
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None  # the next handlers build the file

    def _stop(self, size: int) -> None:
        if self.request is not None:
            self.request.upload_too_large = size  # type: ignore[attr-defined]
        raise StopUpload(connection_reset=False)
