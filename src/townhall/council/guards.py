"""The door of every staff page: signed in, holding a role, second factor where needed."""

from __future__ import annotations

from functools import wraps
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse

from townhall.council import two_factor
from townhall.council.scopes import scope_of
from townhall.council.services.audit import request_address


def _to(name: str, request):
    return redirect(f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}")


def second_factor_missing(request) -> str | None:
    """Return the page a signed-in user must pass first (verify or set up a second factor), if any."""
    user = request.user
    if user.is_verified():
        return None
    if two_factor.has_device(user):
        return "staff:verify"
    if two_factor.required_for(user):
        return "staff:two-factor"
    return None


def staff_view(view):
    """Let through users with a staff role (or superusers) who passed the second factor they need."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return _to("staff:login", request)
        if not scope_of(request.user).is_staff:
            raise PermissionDenied
        step = second_factor_missing(request)
        if step is not None:
            return _to(step, request)
        with request_address(request.META.get("REMOTE_ADDR")):
            return view(request, *args, **kwargs)

    return guarded
