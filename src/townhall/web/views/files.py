from django.http import Http404

from townhall.core.delivery import file_response
from townhall.core.services import file_content
from townhall.web import selectors


def _file_response(request, pk: int, *, download: bool):
    file = selectors.visible_file(request.user, pk)
    try:
        data = file_content(file)
    except (FileNotFoundError, OSError):
        raise Http404("The original of this file is not stored here.") from None
    return file_response(data, stored_type=file.mime_type, file_name=file.file_name or f"file-{file.pk}", inline=not download)


def file_view(request, pk: int):
    """Show a stored original in the browser where its type is safe to show, else offer it for download."""
    return _file_response(request, pk, download=False)


def file_download(request, pk: int):
    """Send a stored original as a download under its file name."""
    return _file_response(request, pk, download=True)
