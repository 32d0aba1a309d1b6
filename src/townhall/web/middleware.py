"""Middleware that screens requests before any view reads them."""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
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


#: What a view or decorator may set on a response to change its policy (django-csp's hooks).
_PER_RESPONSE = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt",
                 "_csp_config_ro", "_csp_update_ro", "_csp_replace_ro", "_csp_exempt_ro")


def files_host_sources() -> dict | None:
    """Return the sources the separate files host adds to the policy, or None without one."""
    if not settings.FILES_URL:
        return None
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(settings.FILES_URL))
    return {"img-src": [origin], "connect-src": [origin]}


@cache
def site_policies() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Return (header, policy, excluded path prefixes) of the site's own policies, built once.

    Without a nonce or a view's own changes the policy is the same on every answer; building it
    (django-csp does so twice per response) cost a third of a small API answer's middleware time.
    """
    policies = []
    for header, setting, update in ((HEADER, "CONTENT_SECURITY_POLICY", files_host_sources()),
                                    (HEADER_REPORT_ONLY, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)):
        value = build_policy(update=update, report_only=header == HEADER_REPORT_ONLY)
        if value:
            prefixes = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ()
            policies.append((header, value, tuple(prefixes)))
    return tuple(policies)


@receiver(setting_changed)
def _forget_site_policies(setting, **kwargs):
    if setting in ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY", "FILES_URL", "DEBUG"):
        site_policies.cache_clear()


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy, letting pages show images and fetch PDFs from the separate files host.

    An answer without a nonce or a view's own policy changes gets the site's policy as built once
    (:func:`site_policies`); any other goes through django-csp as it is.
    """

    def process_response(self, request, response):
        if (getattr(request, "_csp_nonce", None) is not None or any(hasattr(response, name) for name in _PER_RESPONSE)
                or (settings.DEBUG and response.status_code in (404, 500))):
            return super().process_response(request, response)
        for header, value, excluded in site_policies():
            if header not in response and not request.path_info.startswith(excluded):
                response[header] = value
        # As django-csp does: a nonce asked for after the header is written is an error, not a silent gap.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        sources = files_host_sources()
        if sources and not report_only:
            parts.update = {**(parts.update or {}), **sources}
        return parts
