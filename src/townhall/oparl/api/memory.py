"""A cache backend that keeps values in the process's memory as they are, for the API's own keys."""

from __future__ import annotations

import threading
from itertools import islice

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

_MISSING = object()

#: Each location's values and the lock of its writers, shared by every thread of the process.
_STORES: dict[str, tuple[dict, threading.Lock]] = {}
_STORES_LOCK = threading.Lock()


class ProcessMemory(BaseCache):
    """Hold values in a dict: no pickling, no key checks, no expiry; the oldest entries go first when full.

    A list page looks up a hundred serializations at a time; Django's local-memory cache pickles
    each value and checks each key, which cost more than the rest of a stored page. The API stores
    only immutable values (bytes, numbers, tuples or lists it never changes) under keys it builds
    itself, so neither is needed here. Timeouts are ignored: every key names the state it holds.

    Django makes a cache backend per thread; the values are kept per location instead, so that
    every thread of a web process (and every worker forked from a process that was warmed) finds
    what another one stored. Readers take no lock: a dict lookup is atomic.
    """

    def __init__(self, location, params):
        super().__init__(params)
        with _STORES_LOCK:
            self._data, self._lock = _STORES.setdefault(location, ({}, threading.Lock()))

    def get(self, key, default=None, version=None):
        value = self._data.get(key, _MISSING)
        return default if value is _MISSING else value

    def get_many(self, keys, version=None):
        data, found = self._data, {}
        for key in keys:
            value = data.get(key, _MISSING)
            if value is not _MISSING:
                found[key] = value
        return found

    def has_key(self, key, version=None):
        return key in self._data

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.set_many({key: value})

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._lock:
            if key in self._data:
                return False
        self.set_many({key: value})
        return True

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        with self._lock:
            self._data.update(data)
            excess = len(self._data) - self._max_entries
            if excess > 0:
                # Dicts keep insertion order: drop the oldest, a fraction at a time as CULL_FREQUENCY says.
                drop = max(excess, len(self._data) // self._cull_frequency)
                for key in list(islice(self._data, drop)):
                    del self._data[key]
        return []

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return key in self._data

    def delete(self, key, version=None):
        with self._lock:
            return self._data.pop(key, _MISSING) is not _MISSING

    def clear(self):
        with self._lock:
            self._data.clear()
