"""Which HTTP methods the site's pages take: GET and HEAD, everything else answers 405."""

from __future__ import annotations

from functools import wraps

from django.views.decorators.csrf import csrf_exempt

from townhall.errors import method_not_allowed

SAFE_METHODS = ("GET", "HEAD")


def read_only(view):
    """Let *view* answer GET and HEAD only; any other method gets 405 Method Not Allowed.

    The view changes nothing, so the CSRF check has nothing to protect: without the exemption it
    would answer a POST with 403 before the view could say which methods it takes.
    """

    @wraps(view)
    def only_safe_methods(request, *args, **kwargs):
        if request.method not in SAFE_METHODS:
            return method_not_allowed(request, list(SAFE_METHODS))
        return view(request, *args, **kwargs)

    return csrf_exempt(only_safe_methods)
