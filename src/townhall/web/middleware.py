"""Middleware that screens requests before any view reads them."""

from __future__ import annotations

import re

from townhall.errors import bad_request

# C0 control characters other than tab, line feed and carriage return, and the two non-characters:
# no search term or id contains them, XML (feeds) cannot carry them and PostgreSQL refuses NUL.
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class ControlCharacterMiddleware:
    """Answer 400 to a request whose path or query string holds control characters."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _UNREADABLE.search(request.path_info) or any(
            _UNREADABLE.search(key) or any(_UNREADABLE.search(value) for value in values)
            for key, values in request.GET.lists()
        ):
            return bad_request(request, message="The address or its query holds a control character, which no resource here can read.")
        return self.get_response(request)
