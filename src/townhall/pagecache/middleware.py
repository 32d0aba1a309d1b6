"""Serve whole public pages, kept once for every web process, to visitors who are not signed in."""

from __future__ import annotations

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.timezone import localdate
from django.utils.translation import get_language

import townhall
from townhall.operations.warmup import WARMUP_KEY
from townhall.pagecache import generation

logger = logging.getLogger(__name__)

#: The ``CACHES`` alias that holds the pages.
CACHE_ALIAS = "pages"

#: Paths never kept: the admin and staff sides, the health check, file contents, and the OParl
#: API (which keeps each object's JSON itself).
SKIPPED_PATHS = ("/admin/", "/health", "/oparl/", "/files/", "/clerk/", "/static/")

#: What a page may be to be kept: documents and feeds, not downloads of stored files.
KEPT_TYPES = ("text/html", "application/atom+xml", "application/rss+xml", "application/xml", "text/xml", "text/calendar",
              "application/json")

#: Larger answers are not kept (a page is some tens of kilobytes).
LARGEST = 1024 * 1024


def page_key(request) -> str | None:
    """Return the key of the page *request* asks for, or None when it may not be served from the cache.

    Only GET requests without a session or message cookie (so never a signed-in user) are served
    from it, and never a process's own warm-up request. The key holds everything such a page
    depends on: the address, the language, htmx or not, today's date, the content generation,
    which every change the public could see raises, and the release that rendered it (kept pages
    outlive a restart).
    """
    if request.method != "GET" or settings.PAGE_CACHE_SECONDS <= 0 or request.META.get(WARMUP_KEY):
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    if request.path.startswith(SKIPPED_PATHS):
        return None
    current = generation.current(connection)
    if current is None:
        return None
    parts = (request.scheme, request.get_host(), request.get_full_path(), get_language(),
             request.headers.get("HX-Request", ""), localdate().isoformat(), current,
             townhall.__version__)
    return "page:" + hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=16).hexdigest()


def keepable(request, response) -> bool:
    """Return whether *response* is the same for every visitor who is not signed in, and small enough to keep."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # A page that holds a CSRF token belongs to one visitor.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    control = response.get("Cache-Control", "")
    if "private" in control or "no-store" in control:
        return False
    kind = response.get("Content-Type", "").split(";")[0].strip()
    return kind in KEPT_TYPES and len(response.content) <= LARGEST


def kept_page(key: str):
    """Return the page kept under *key*, or None (also when the cache cannot be read: the page is rendered)."""
    try:
        return caches[CACHE_ALIAS].get(key)
    except Exception:
        logger.warning("Could not read the page cache; rendering the page.", exc_info=True)
        return None


def keep_page(key: str, page) -> None:
    """Keep *page* under *key* for ``TOWNHALL_PAGE_CACHE_SECONDS`` (a cache that cannot be written is logged, not raised)."""
    try:
        caches[CACHE_ALIAS].set(key, page, timeout=settings.PAGE_CACHE_SECONDS)
    except Exception:
        logger.warning("Could not write to the page cache.", exc_info=True)


class PublicPageCacheMiddleware:
    """Keep the public pages anonymous visitors get, and answer repeated requests from the kept copy.

    Sits after the locale middleware (the language is known) and before everything that only
    signed-in users need, so a kept page skips the view, its queries and its template. Pages are
    kept where every web process finds them (``CACHES["pages"]``: a folder in the data directory,
    or Redis), so a page one process rendered is served by all. Every kept page carries an ETag
    named after its key: a browser that has it gets 304 without a render.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = page_key(request)
        if key is None:
            return self.get_response(request)
        etag = f'"{key[5:]}"'
        kept = kept_page(key)
        if kept is not None:
            headers, content = kept
            not_modified = get_conditional_response(request, etag=etag)
            response = not_modified if not_modified is not None else HttpResponse(content)
            for name, value in headers:
                if not_modified is None or name.lower() not in ("content-type", "content-length"):
                    response[name] = value
            response["ETag"] = etag
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if keepable(request, response):
            response["ETag"] = etag
            headers = [(name, value) for name, value in response.items() if name.lower() not in ("set-cookie", "x-page-cache")]
            keep_page(key, (headers, response.content))
            response["X-Page-Cache"] = "miss"
            not_modified = get_conditional_response(request, etag=etag)
            if not_modified is not None:
                for name, value in headers:
                    if name.lower() not in ("content-type", "content-length"):
                        not_modified[name] = value
                not_modified["X-Page-Cache"] = "miss"
                return not_modified
        return response
