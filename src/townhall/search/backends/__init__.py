"""Search backends: one per database engine, chosen by ``settings.SEARCH_BACKEND``."""

from __future__ import annotations

import functools

from django.conf import settings
from django.utils.module_loading import import_string

from townhall.search.backends.base import SearchBackend


@functools.cache
def _backend(path: str) -> SearchBackend:
    return import_string(path)()


def get_backend() -> SearchBackend:
    """Return the configured search backend (one instance per dotted path)."""
    return _backend(settings.SEARCH_BACKEND)
