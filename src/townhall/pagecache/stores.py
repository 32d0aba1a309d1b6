"""Where kept pages live when no Redis is named: a folder that every web process on the machine shares."""

from __future__ import annotations

import itertools

from django.core.cache.backends.filebased import FileBasedCache


class PageFolder(FileBasedCache):
    """Django's file cache, counting its entries on one write in ``COUNT_EVERY`` instead of on each.

    Counting lists the folder (some milliseconds at ten thousand pages); kept pages are written
    often, and going a few dozen entries over the limit before the oldest quarter goes costs nothing.
    Writes are atomic (a temporary file renamed into place), so a reader in another process sees a
    whole page or none.
    """

    COUNT_EVERY = 64

    def __init__(self, directory, params):
        super().__init__(directory, params)
        self._writes = itertools.count()

    def _cull(self):
        if next(self._writes) % self.COUNT_EVERY == 0:
            super()._cull()


def forget_folder_pages() -> None:
    """Empty the page folder, if pages are kept in one: a restart may bring other templates or settings."""
    from django.core.cache import caches

    from townhall.pagecache.middleware import CACHE_ALIAS

    store = caches[CACHE_ALIAS]
    if isinstance(store, PageFolder):
        store.clear()
