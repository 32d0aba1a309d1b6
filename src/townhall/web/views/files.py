from django.http import Http404, HttpResponse
from django.utils.http import content_disposition_header

from townhall.core.services import file_content
from townhall.web import selectors

# Types a browser may show inline without risk; everything else is offered as a download.
INLINE_TYPES = {"application/pdf", "text/plain", "image/png", "image/jpeg", "image/gif", "image/tiff"}


def _file_response(request, pk: int, *, download: bool) -> HttpResponse:
    file = selectors.visible_file(request.user, pk)
    try:
        data = file_content(file)
    except (FileNotFoundError, OSError):
        raise Http404("The original of this file is not stored here.") from None
    mime = file.mime_type or "application/octet-stream"
    inline = not download and mime in INLINE_TYPES
    if mime.startswith("text/") and "charset" not in mime:
        mime += "; charset=utf-8"
    response = HttpResponse(data, content_type=mime if inline or download else "application/octet-stream")
    response["Content-Disposition"] = content_disposition_header(not inline, file.file_name or f"file-{file.pk}")
    response["X-Content-Type-Options"] = "nosniff"
    if mime.split(";")[0] != "application/pdf":
        # Stored originals are untrusted: nothing shown inline may run script in the site's origin.
        # (Chromium will not open PDFs in a sandboxed document, and its viewer runs no document script.)
        response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
    return response


def file_view(request, pk: int):
    """Show a stored original in the browser where its type allows, else offer it for download."""
    return _file_response(request, pk, download=False)


def file_download(request, pk: int):
    """Send a stored original as a download under its file name."""
    return _file_response(request, pk, download=True)
