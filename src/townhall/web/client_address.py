"""The visitor's network address, as the reverse proxies in front of townhall report it."""

from __future__ import annotations

from django.conf import settings


def client_address(request) -> str | None:
    """Return the address the request came from, looking past TOWNHALL_PROXY_COUNT proxies.

    Each proxy appends the address it was connected from to ``X-Forwarded-For``; entries further
    left were written by the client and prove nothing, so the address is read from the right.
    """
    address = request.META.get("REMOTE_ADDR")
    if settings.PROXY_COUNT:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            address = forwarded[-min(settings.PROXY_COUNT, len(forwarded))]
    return address
