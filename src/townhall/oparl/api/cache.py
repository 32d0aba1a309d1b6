"""Stored public serializations of OParl objects, list counts, and the validators (ETag, Last-Modified).

Serializations are kept in two places: the ``StoredView`` table, which every web process on every
machine shares (an object is rendered once, not once per process), and in front of it each
process's own memory (the ``oparl`` cache). Only what anyone may see is stored: the API answers every client, signed in or not, with the
public view (:mod:`townhall.core.access`). An object's JSON is stored under its type, id,
``modified`` time and whether the public may see it, together with the public view epoch
(:class:`~townhall.oparl.models.PublicViewEpoch`), the access rule's version and the serializer
version. Every save bumps ``modified`` of the object and of the objects embedding it, and hiding or
showing a record bumps it too; what those times miss (a refresh of derived visibility, a deletion
for good, links a harvest fills in) raises the epoch. So a changed object is never served from a
stale copy: the key of its current state has simply not been stored yet.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from dataclasses import dataclass
from datetime import datetime, timezone

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.db.models.functions import Greatest

from townhall.config import SQLITE_BUSY_TIMEOUT_MS
from townhall.core import access
from townhall.oparl.models import PublicViewEpoch, StoredView

#: The cache (``CACHES`` alias) that holds the serializations.
CACHE_ALIAS = "oparl"

#: Raise when the JSON the serializers write changes, so that stored copies start afresh.
SERIALIZER_VERSION = 3

#: Rows a page by number skips with OFFSET; deeper pages start after a kept page boundary.
SHALLOW_ROWS = 2000

#: Milliseconds a web process waits for SQLite's write lock to store serializations before it gives up.
SQLITE_STORE_WAIT_MS = 200


def store():
    return caches[CACHE_ALIAS]


def raise_epoch(**kwargs) -> None:
    """Mark every stored serialization stale, in the transaction that makes the change.

    Written in that transaction, the new epoch becomes visible to other processes together with
    the change it stands for, never before it and never after.
    """
    now = time.time_ns() // 1000
    if not PublicViewEpoch.objects.filter(pk=1).update(value=Greatest(F("value") + 1, now)):
        PublicViewEpoch.objects.get_or_create(pk=1, defaults={"value": now})


@dataclass(frozen=True)
class Markers:
    """What a list's answer depends on beyond its own rows: the epoch and the newest row of its table."""

    epoch: int
    newest_id: int | None
    newest_modified: object

    def last_modified(self) -> int:
        """Return, in seconds since 1970, the latest change this list may show."""
        return max(int(self.epoch // 1_000_000), _seconds(self.newest_modified))


def _seconds(value) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        # SQLite hands raw DATETIME columns back as text.
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return int(value.timestamp())


def _digest(*parts) -> str:
    return hashlib.blake2b("\x1f".join(str(part) for part in parts).encode(), digest_size=16).hexdigest()


class PublicViews:
    """The stored public serializations of one API root (its absolute URLs are part of the JSON)."""

    def __init__(self, addresses):
        self.root = _digest(addresses.root, addresses.files_root, addresses.site)
        self.cache = store()
        self._epoch: int | None = None

    # --- what the answer depends on ------------------------------------------------------------
    def epoch(self) -> int:
        if self._epoch is None:
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT value FROM {PublicViewEpoch._meta.db_table} WHERE id = 1")
                row = cursor.fetchone()
            self._epoch = row[0] if row else 0
        return self._epoch

    def markers(self, model) -> Markers:
        """Read the epoch and the newest id and ``modified`` of *model*'s table in one round trip."""
        quote = connection.ops.quote_name
        table = quote(model._meta.db_table)
        with connection.cursor() as cursor:
            # Separate sub-selects: each MAX is then one step down its index.
            cursor.execute(
                f"SELECT (SELECT value FROM {quote(PublicViewEpoch._meta.db_table)} WHERE id = 1), "
                f"(SELECT MAX(id) FROM {table}), (SELECT MAX({quote('modified')}) FROM {table})"
            )
            epoch, newest_id, newest_modified = cursor.fetchone()
        self._epoch = epoch or 0
        return Markers(self._epoch, newest_id, newest_modified)

    # --- single objects --------------------------------------------------------------------------
    def _common_state(self) -> str:
        """Return the part of every object's state that does not depend on the object."""
        return f"{self.epoch()}:{access.RULE_VERSION}:{SERIALIZER_VERSION}"

    @staticmethod
    def _own_state(modified: datetime, shown: bool, common: str) -> str:
        return f"{int(modified.timestamp() * 1_000_000)}:{int(bool(shown))}:{common}"

    def state(self, modified: datetime, shown: bool) -> str:
        """Return the state an object's public form is rendered from, as stored with it."""
        return self._own_state(modified, shown, self._common_state())

    def states(self, states: dict[int, tuple[datetime, bool]]) -> dict[int, str]:
        """Return :meth:`state` of each object *states* names (id -> (modified, shown)), the common part made once."""
        common = self._common_state()
        return {pk: self._own_state(modified, shown, common) for pk, (modified, shown) in states.items()}

    def object_key(self, type_name: str, pk: int, modified: datetime, shown: bool, variant: str = "full") -> str:
        return f"oparl:{self.root}:{type_name}:{pk}:{variant}:{self.state(modified, shown)}"

    def object_validators(self, key: str, modified: datetime) -> tuple[str, int]:
        """Return the ETag and the Last-Modified time (seconds) of the object stored under *key*."""
        return f'"{_digest(key)}"', max(int(modified.timestamp()), self.epoch() // 1_000_000)

    def lookup(self, type_name: str, variant: str, states: dict[int, tuple[datetime, bool]]) -> dict[int, bytes]:
        """Return the stored public JSON of the objects *states* names (id -> (modified, shown)), where stored.

        Process memory first; what it lacks from the shared table, in one query for the lot.
        """
        if not states:
            return {}
        wanted = self.states(states)
        prefix = f"oparl:{self.root}:{type_name}:"
        keys = {pk: f"{prefix}{pk}:{variant}:{state}" for pk, state in wanted.items()}
        local = self.cache.get_many(list(keys.values()))
        found = {pk: local[key] for pk, key in keys.items() if key in local}
        missing = [pk for pk in keys if pk not in found]
        if missing and settings.OPARL_STORE:
            quote = connection.ops.quote_name
            table = quote(StoredView._meta.db_table)
            marks = ", ".join(["%s"] * len(missing))
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT {quote('object_id')}, {quote('state')}, {quote('content')} FROM {table} "
                    f"WHERE {quote('type_name')} = %s AND {quote('object_id')} IN ({marks}) AND {quote('variant')} = %s "
                    f"AND {quote('root')} = %s",
                    [type_name, *missing, variant, self.root],
                )
                shared = {pk: bytes(content) for pk, state, content in cursor.fetchall() if wanted.get(pk) == state}
            self.cache.set_many({keys[pk]: content for pk, content in shared.items()}, timeout=None)
            found.update(shared)
        return found

    def keep(self, type_name: str, variant: str, rendered: dict[int, tuple[datetime, bool, bytes]]) -> None:
        """Store the public JSON of objects just rendered (id -> (modified, shown, content)), for every process.

        Storing is an optimisation: when the database is busy the answer goes out unstored.
        """
        if not rendered:
            return
        self.cache.set_many({self.object_key(type_name, pk, modified, shown, variant): content
                             for pk, (modified, shown, content) in rendered.items()}, timeout=None)
        if not settings.OPARL_STORE:
            return
        rows = [StoredView(root=self.root, type_name=type_name, object_id=pk, variant=variant,
                           state=self.state(modified, shown), content=content)
                for pk, (modified, shown, content) in rendered.items()]
        # Inside a caller's transaction a failed statement would abort it (PostgreSQL): a savepoint keeps it apart.
        guard = transaction.atomic() if connection.in_atomic_block else contextlib.nullcontext()
        try:
            with _short_lock_wait(), guard:
                StoredView.objects.bulk_create(rows, update_conflicts=True, unique_fields=["type_name", "object_id", "variant", "root"],
                                               update_fields=["state", "content"])
        except DatabaseError:
            pass

    # --- lists -------------------------------------------------------------------------------------
    def count(self, type_name: str, scope, filters: str, markers: Markers, count) -> int:
        """Return the number of rows of a list, stored until its table or the epoch changes."""
        key = "oparl-count:" + _digest(type_name, scope, filters, markers.epoch, markers.newest_id, markers.newest_modified,
                                       access.RULE_VERSION)
        total = self.cache.get(key)
        if total is None:
            total = count()
            self.cache.set(key, total, timeout=None)
        return total

    def page_boundaries(self, type_name: str, scope, filters: str, markers: Markers, per_page: int, ids):
        """Return a function giving the id after which page N of a list starts, or None to skip by OFFSET.

        Deep pages by number would skip every earlier row; instead the last id of each page is
        worked out in one pass over the list's ids (*ids* gives them in order) and kept, like the
        count, until the list's table or the epoch changes. Shallow pages keep their cheap OFFSET.
        """
        def starts_after(number: int) -> int | None:
            if (number - 1) * per_page <= SHALLOW_ROWS:
                return None
            key = "oparl-pages:" + _digest(type_name, scope, filters, per_page, markers.epoch, markers.newest_id,
                                           markers.newest_modified, access.RULE_VERSION)
            bounds = self.cache.get(key)
            if bounds is None:
                every = list(ids())
                bounds = every[per_page - 1::per_page]
                self.cache.set(key, bounds, timeout=None)
            return bounds[number - 2] if number - 2 < len(bounds) else None

        return starts_after

    def kept_page(self, etag: str) -> bytes | None:
        """Return the whole answer of a list page kept under its ETag by this process, if any."""
        if settings.PAGE_CACHE_SECONDS <= 0:
            return None
        from townhall.pagecache.middleware import kept_page

        return kept_page(f"oparl-page:{etag}")

    def keep_page(self, etag: str, content: bytes) -> None:
        """Keep a list page's answer under its ETag, which names the state of every row it shows.

        Kept beside the public pages (bounded in number, aged out by time): a page is a hundred
        objects' worth of bytes, so the objects themselves stay the lasting store.
        """
        if settings.PAGE_CACHE_SECONDS > 0:
            from townhall.pagecache.middleware import keep_page

            keep_page(f"oparl-page:{etag}", content)

    def list_validators(self, url: str, total: int, rows, markers: Markers, variant: str) -> tuple[str, int]:
        """Return the ETag and Last-Modified time of a list page showing *rows* of *total*."""
        etag = _digest(self.root, url, total, variant, markers.epoch, markers.newest_id, markers.newest_modified,
                       access.RULE_VERSION, SERIALIZER_VERSION, *(f"{r.pk}/{r.modified.timestamp()}/{int(bool(r.oparl_shown))}" for r in rows))
        return f'"{etag}"', markers.last_modified()


class _short_lock_wait:
    """On SQLite, wait only briefly for the write lock: a reader must not queue behind an ingest to store a copy."""

    def __enter__(self):
        self.sqlite = connection.vendor == "sqlite"
        if self.sqlite:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA busy_timeout = {SQLITE_STORE_WAIT_MS}")

    def __exit__(self, *exc):
        if self.sqlite:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        return False
