"""Warm a web process before it takes visitors: what each process otherwise loads on its first requests.

A fresh process spends seconds on its first search: the URL configuration is imported, the search
glossary and the compound lexicons are parsed, the names the database knows are read, the page
templates are compiled and each language's translations are loaded. A visitor whose request meets
that waits for it, and so does every request queued behind it.

``townhall serve`` warms the process that loads the application once, before it forks its workers
(:func:`warm_before_serving`), so every worker, also one restarted later, starts warm and none
accepts a connection cold. That warm-up also renders a few ordinary public pages in-process (the
home page, a search, a paper page, the OParl entry point, in each language of the site), marked so
that the public page cache neither serves nor keeps them, and it counts each municipality's OParl
paper list and finds where its pages start (kept in the process's memory, which the workers
inherit). The readiness endpoint (``/health/ready/``) says whether the process is warm; in a process nothing warmed (another WSGI
server) its first call warms it (:func:`warm_now`, loading without rendering) and answers once done.

A failure is logged, never raised: a process that could not warm still serves, only more slowly at
first. After the search vocabulary is refilled (an index rebuild) or a municipality is added, each
worker reads the names the database knows again in the background (:func:`keep_warm`), so that
no visitor's search waits for it.
"""

from __future__ import annotations

import logging
import threading
import time

from django.conf import settings

logger = logging.getLogger(__name__)

#: The WSGI environ key that marks a warm-up request (no HTTP header can set a key with a dot).
WARMUP_KEY = "townhall.warmup"

#: A word of council papers in every language of the site: the search runs the glossary and the names.
SEARCH = "budget"

#: The templates of the pages most visitors ask for.
TEMPLATES = ("townhall/search/page.html", "townhall/search/results.html", "townhall/paper.html", "townhall/home.html")

#: Municipalities whose OParl paper lists are counted and paged before serving (the first ones by id).
API_LISTS = 20

_state: dict = {"warm": False, "how": None, "seconds": None}
_lock = threading.Lock()


def is_warm() -> bool:
    """Say whether this process has finished a warm-up."""
    return _state["warm"]


def state() -> dict:
    """Return whether this process is warm, how it was warmed and how long that took."""
    return dict(_state)


def _load() -> None:
    """Load what every process reads once: URLs, translations, templates, glossary, lexicons, names, the engine."""
    from django.contrib.auth.models import AnonymousUser
    from django.template import TemplateDoesNotExist
    from django.template.loader import get_template
    from django.urls import get_resolver
    from django.utils import translation

    from townhall.search import compounds, glossary, names
    from townhall.search.selectors import search_papers

    get_resolver().url_patterns
    for language, _ in settings.LANGUAGES:
        with translation.override(language):
            translation.gettext("Search")
    for name in TEMPLATES:
        try:
            get_template(name)
        except TemplateDoesNotExist:
            logger.warning("Warm-up: no template %s.", name)
    glossary.load_glossary()
    for language in ("da", "de"):
        compounds.load_lexicon(language)
    names.known_names()
    search_papers(query=SEARCH, user=AnonymousUser())


def _sample_paths() -> list[str]:
    from townhall.core.models import Paper

    paths = ["/", f"/search/?q={SEARCH}", "/oparl/v1.1/"]
    paper = Paper.objects.filter(public=True, deleted=False).order_by("pk").values_list("pk", flat=True).first()
    if paper is not None:
        paths.append(f"/papers/{paper}/")
    return paths


def _get(path: str, language: str | None = None):
    """Answer a GET of *path* through the application the server calls, marked as the warm-up's; return the response."""
    from django.test import RequestFactory

    from townhall.wsgi import application

    hosts = [host.lstrip(".") for host in settings.ALLOWED_HOSTS if host.strip(".*")]
    headers = {"HTTP_ACCEPT_LANGUAGE": language} if language else {}
    environ = RequestFactory(HTTP_HOST=hosts[0] if hosts else "localhost").get(path, **headers).environ
    environ[WARMUP_KEY] = True
    response = application(environ, lambda status, headers, exc_info=None: None)
    try:
        if response.status_code >= 400:
            logger.warning("Warm-up: %s answered %s.", path, response.status_code)
        return response
    finally:
        response.close()


def _render_pages() -> None:
    """Render the sample pages through the application the server calls, in each language."""
    for language, _ in settings.LANGUAGES:
        for path in _sample_paths():
            _get(path, language)


def _warm_api_lists() -> None:
    """Count each municipality's OParl paper list and find where its pages start, as its first and last page do.

    Both are kept in the process's memory until the list changes; without this every web process
    works them out on its first visitor to each list (a pass over every id of a long list).
    """
    import json

    from townhall.core.models import Body

    for body in Body.objects.order_by("pk").values_list("pk", flat=True)[:API_LISTS]:
        path = f"/oparl/v1.1/body/{body}/paper"
        first = _get(path)
        if first.status_code != 200:
            continue
        pages = json.loads(first.content).get("pagination", {}).get("totalPages") or 1
        if pages > 1:
            _get(f"{path}?page={pages}")


def _warm(how: str, steps) -> float:
    began = time.perf_counter()
    try:
        for step in steps:
            step()
    except Exception:  # noqa: BLE001 - a process that could not warm still serves
        logger.warning("Warm-up failed; the process serves without it.", exc_info=True)
    seconds = time.perf_counter() - began
    _state.update(warm=True, how=how, seconds=round(seconds, 2))
    logger.info("Warmed (%s) in %.1f s.", how, seconds)
    return seconds


def warm_before_serving() -> float:
    """Warm this process before it forks its workers or serves; return the seconds it took.

    Runs outside any request: it renders pages through the application and closes every database
    and cache connection afterwards, so that no worker inherits one.
    """
    from django.core.cache import caches
    from django.db import connections

    with _lock:
        try:
            return _warm("before serving", (_load, _render_pages, _warm_api_lists))
        finally:
            connections.close_all()
            for cache in caches.all(initialized_only=True):
                cache.close()


def warm_now() -> bool:
    """Warm this process in the calling thread unless another thread does; return whether it is warm."""
    if is_warm():
        return True
    if not _lock.acquire(blocking=False):
        return False
    try:
        if not is_warm():
            _warm("on the first readiness check", (_load,))
        return True
    finally:
        _lock.release()


def keep_warm(interval: float = 5.0, stop: threading.Event | None = None) -> threading.Thread:
    """Re-read, in a background thread, what a refilled vocabulary or a new municipality changes (until *stop* is set)."""
    stop = stop or threading.Event()

    def watch():
        from django.db import connection

        from townhall.search import names

        while not stop.wait(interval):
            try:
                names.known_names()
            except Exception:  # noqa: BLE001 - the next search reads them itself
                logger.warning("Could not re-read the known names.", exc_info=True)
                connection.close()
        connection.close()

    thread = threading.Thread(target=watch, name="townhall-keep-warm", daemon=True)
    thread.start()
    return thread
