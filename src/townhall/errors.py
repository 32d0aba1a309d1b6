"""Error answers for the whole site: an OParl Error object under the API, a page everywhere else.

Django calls these for errors raised outside a view's own handling (``handler400`` and friends in
the root URLconf); middleware that turns a request away answers through :func:`bad_request` too.
"""

from __future__ import annotations

from django.http import HttpResponseNotAllowed
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import defaults


def is_api_request(request) -> bool:
    """Return whether the request is for the OParl API, which answers errors in its own format."""
    return request.path_info.startswith(reverse("oparl:system"))


def _api_error(request, status: int, message: str):
    from townhall.oparl.api.errors import ApiError
    from townhall.oparl.api.responses import error_response

    error = ApiError(message)
    error.status = status
    return error_response(request, error)


def bad_request(request, exception=None, message: str = ""):
    """Answer 400: the request itself is malformed (never echo the exception, it may name internals)."""
    if is_api_request(request):
        return _api_error(request, 400, message or "The request is malformed.")
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    if is_api_request(request):
        return _api_error(request, 403, "This request is not allowed.")
    return defaults.permission_denied(request, exception)


def page_not_found(request, exception=None):
    if is_api_request(request):
        return _api_error(request, 404, f"There is no OParl resource at {request.path}.")
    return defaults.page_not_found(request, exception)


def server_error(request):
    if is_api_request(request):
        return _api_error(request, 500, "The server could not answer this request; the error has been logged.")
    return defaults.server_error(request)


def method_not_allowed(request, allowed: list[str]):
    """Answer 405 with the methods the address does take."""
    if is_api_request(request):
        response = _api_error(request, 405, f"{request.method} is not allowed here; use {', '.join(allowed)}.")
    else:
        response = HttpResponseNotAllowed(allowed, _("This address only answers %(methods)s.") % {"methods": ", ".join(allowed)},
                                          content_type="text/plain; charset=utf-8")
    response["Allow"] = ", ".join(allowed)
    return response
