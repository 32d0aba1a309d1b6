"""The admin asks for the same second factor as the staff pages: a password alone never opens it."""

from __future__ import annotations

from functools import wraps
from urllib.parse import urlencode

from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse


def guard_admin_site(site: admin.AdminSite = admin.site) -> None:
    """Refuse the admin to users who still owe a second factor, and send them to give it."""
    from townhall.council.guards import second_factor_missing

    if getattr(site, "_townhall_second_factor", False):
        return
    plain_permission, plain_login = site.has_permission, site.login

    def has_permission(request):
        return plain_permission(request) and second_factor_missing(request) is None

    @wraps(plain_login)
    def login(request, extra_context=None):
        if request.user.is_authenticated and request.user.is_active and request.user.is_staff:
            page = second_factor_missing(request)
            if page is not None:
                target = request.GET.get("next") or reverse("admin:index")
                return redirect(f"{reverse(page)}?{urlencode({'next': target})}")
        return plain_login(request, extra_context)

    site.has_permission = has_permission
    site.login = login
    site._townhall_second_factor = True
