"""Middleware that screens requests before any view reads them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponseNotFound

from townhall.core.delivery import FILE_ROUTES, on_files_host
from townhall.errors import bad_request

# C0 control characters other than tab, line feed and carriage return, and the two non-characters:
# no id, date or name contains them, XML (feeds) cannot carry them and PostgreSQL refuses NUL.
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MESSAGE = "The address or its query holds a control character, which no resource here can read."


def cleans_control_characters(view):
    """Mark *view* as reading control characters in its query itself (free-text search does)."""
    view.cleans_control_characters = True
    return view


class ControlCharacterMiddleware:
    """Answer 400 to a request whose path holds control characters, or whose query does.

    A view marked with :func:`cleans_control_characters` gets its query as it came.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _UNREADABLE.search(request.path_info):
            return bad_request(request, message=MESSAGE)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "cleans_control_characters", False):
            return None
        if any(_UNREADABLE.search(key) or any(_UNREADABLE.search(value) for value in values)
               for key, values in request.GET.lists()):
            return bad_request(request, message=MESSAGE)
        return None


class FilesHostMiddleware:
    """On the separate files host (TOWNHALL_FILES_URL), answer the file routes and nothing else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not on_files_host(request):
            return None
        if request.resolver_match is not None and request.resolver_match.view_name in FILE_ROUTES:
            return None
        return HttpResponseNotFound("This host serves stored files only.", content_type="text/plain; charset=utf-8")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy, letting pages show images and fetch PDFs from the separate files host."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if settings.FILES_URL and not report_only:
            origin = "{0.scheme}://{0.netloc}".format(urlsplit(settings.FILES_URL))
            parts.update = {**(parts.update or {}), "img-src": [origin], "connect-src": [origin]}
        return parts
