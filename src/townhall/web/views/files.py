from django.http import Http404, HttpResponseRedirect

from townhall.core import access, delivery
from townhall.core.services import file_content
from townhall.web import selectors


def _file_response(request, pk: int, *, download: bool):
    file = selectors.visible_file(request.user, pk)
    inline = not download
    if not delivery.site_keeps_inline(request):
        # A separate files host shows originals; this host only hands over what it alone may serve.
        if request.user.is_anonymous or access.is_public(file):
            return HttpResponseRedirect(delivery.files_host_url(request.get_full_path()))
        inline = False
    try:
        data = file_content(file)
    except (FileNotFoundError, OSError):
        raise Http404("The original of this file is not stored here.") from None
    response = delivery.file_response(data, stored_type=file.mime_type, file_name=file.file_name or f"file-{file.pk}", inline=inline)
    if delivery.on_files_host(request):
        # The site's document reader fetches PDFs from here; only public files are served here,
        # and no cookie ever goes along, so any origin may read them.
        response["Access-Control-Allow-Origin"] = "*"
    return response


def file_view(request, pk: int):
    """Show a stored original in the browser where its type is safe to show, else offer it for download."""
    return _file_response(request, pk, download=False)


def file_download(request, pk: int):
    """Send a stored original as a download under its file name."""
    return _file_response(request, pk, download=True)
