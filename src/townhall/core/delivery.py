"""Send stored originals over HTTP so that no browser ever runs them as a page of the site.

Originals come from outside (ingested documents, harvested files) and are untrusted. Every
response carrying their bytes gets a sandbox Content-Security-Policy and ``nosniff``; only types a
browser shows without running anything (PDF, raster images, plain text, iCalendar) may be shown inline, and
everything else is sent as an attachment. The web pages and the OParl API both answer through here.

With TOWNHALL_FILES_URL set, originals are shown from a host name of their own: the site's host
sends visitors there and shows nothing inline itself (see docs/deployment.md).
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from django.http import HttpResponse

OCTET_STREAM = "application/octet-stream"

#: Types shown in the browser window: PDF opens in the browser's own viewer, images and plain
#: text (an iCalendar file is plain text too) become inert documents. HTML, SVG, XML and everything
#: else are only ever downloads.
INLINE_TYPES = frozenset({
    "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain", "text/calendar",
})

#: No script, no plugins, no forms, an opaque origin: even a mislabelled file cannot act on the site.
SANDBOX_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'"

_TOKEN = r"[A-Za-z0-9!#$&^_.+-]+"
_MIME = re.compile(rf"^({_TOKEN})/({_TOKEN})$")
_CHARSET = re.compile(r";\s*charset=\"?([A-Za-z0-9_.:-]+)\"?", re.I)


def media_type(stored: str) -> str:
    """Return the bare ``type/subtype`` of a stored MIME type in lower case, or octet-stream when malformed."""
    match = _MIME.match((stored or "").split(";", 1)[0].strip())
    return f"{match[1]}/{match[2]}".lower() if match else OCTET_STREAM


def text_charset(data: bytes, stored: str = "") -> str:
    """Return the character set of a text file: the one it was stored with, else the one its bytes are in."""
    declared = _CHARSET.search(stored or "")
    if declared:
        return declared[1].lower()
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    # Western European council documents that are not UTF-8 are nearly always in this code page.
    return best.encoding.replace("_", "-") if best is not None else "windows-1252"


def content_type(stored: str, data: bytes) -> str:
    """Return the Content-Type to send: the stored type, made well-formed, with a charset for text."""
    kind = media_type(stored)
    if kind.startswith("text/"):
        return f"{kind}; charset={text_charset(data, stored)}"
    return kind


def shown_inline(stored: str) -> bool:
    """Return whether a file of this stored type may be shown in the browser window."""
    return media_type(stored) in INLINE_TYPES


def content_disposition(file_name: str, *, inline: bool = False) -> str:
    """Return a Content-Disposition with an ASCII file name and the exact name for clients that read it."""
    cleaned = "".join(char for char in file_name if char.isprintable()) or "file"
    ascii_name = cleaned.encode("ascii", "replace").decode("ascii").replace('"', "'").replace("?", "_").replace("\\", "_")
    header = f'{"inline" if inline else "attachment"}; filename="{ascii_name}"'
    if ascii_name != cleaned:
        header += f"; filename*=UTF-8''{quote(cleaned)}"
    return header


def protect(response: HttpResponse) -> HttpResponse:
    """Add the headers every response with a stored original carries, whatever else it is."""
    response["Content-Security-Policy"] = SANDBOX_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    return response


def file_response(data: bytes, *, stored_type: str, file_name: str, inline: bool) -> HttpResponse:
    """Return a response with a stored original: inline when asked and its type is safe, else as a download."""
    show = inline and shown_inline(stored_type)
    response = HttpResponse(data, content_type=content_type(stored_type, data))
    response["Content-Disposition"] = content_disposition(file_name, inline=show)
    response["Content-Length"] = str(len(data))
    return protect(response)


#: The routes that serve a stored original: all a separate files host answers.
FILE_ROUTES = frozenset({"web:file", "web:file-download", "oparl:file-access", "oparl:file-download"})


def files_host() -> str:
    """Return ``host[:port]`` of TOWNHALL_FILES_URL, or "" when the site serves its files itself."""
    from django.conf import settings

    if not settings.FILES_URL:
        return ""
    parts = urlsplit(settings.FILES_URL)
    return _without_default_port(parts.netloc.lower(), parts.scheme)


def _without_default_port(netloc: str, scheme: str) -> str:
    default = {"http": ":80", "https": ":443"}.get(scheme, "")
    return netloc[: -len(default)] if default and netloc.endswith(default) else netloc


def on_files_host(request) -> bool:
    """Return whether *request* came in under the separate files host name."""
    host = files_host()
    return bool(host) and _without_default_port(request.get_host().lower(), request.scheme) == host


def files_host_url(path: str) -> str:
    """Return the absolute URL of *path* (with its query) on the files host."""
    from django.conf import settings

    return settings.FILES_URL + path


def site_keeps_inline(request) -> bool:
    """Return whether this host may show originals inline: yes, unless a separate files host exists and this is not it."""
    return not files_host() or on_files_host(request)
