"""Stored public serializations of OParl objects, list counts, and the validators (ETag, Last-Modified).

Only what anyone may see is stored: the API answers every client, signed in or not, with the
public view (:mod:`townhall.core.access`). An object's JSON is stored under its type, id,
``modified`` time and whether the public may see it, together with the public view epoch
(:class:`~townhall.oparl.models.PublicViewEpoch`), the access rule's version and the serializer
version. Every save bumps ``modified`` of the object and of the objects embedding it, and hiding or
showing a record bumps it too; what those times miss (a refresh of derived visibility, a deletion
for good, links a harvest fills in) raises the epoch. So a changed object is never served from a
stale copy: the key of its current state has simply not been stored yet.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from datetime import datetime, timezone

from django.core.cache import caches
from django.db import connection
from django.db.models import F
from django.db.models.functions import Greatest

from townhall.core import access
from townhall.oparl.models import PublicViewEpoch

#: The cache (``CACHES`` alias) that holds the serializations.
CACHE_ALIAS = "oparl"

#: Raise when the JSON the serializers write changes, so that stored copies start afresh.
SERIALIZER_VERSION = 2


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
    def object_key(self, type_name: str, pk: int, modified: datetime, shown: bool, variant: str = "full") -> str:
        stamp = int(modified.timestamp() * 1_000_000)
        return (f"oparl:{self.root}:{type_name}:{pk}:{stamp}:{int(bool(shown))}:{variant}:"
                f"{self.epoch()}:{access.RULE_VERSION}:{SERIALIZER_VERSION}")

    def object_validators(self, key: str, modified: datetime) -> tuple[str, int]:
        """Return the ETag and the Last-Modified time (seconds) of the object stored under *key*."""
        return f'"{_digest(key)}"', max(int(modified.timestamp()), self.epoch() // 1_000_000)

    def get_many(self, keys: list[str]) -> dict[str, bytes]:
        return self.cache.get_many(keys) if keys else {}

    def set_many(self, values: dict[str, bytes]) -> None:
        if values:
            self.cache.set_many(values, timeout=None)

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

    def list_validators(self, url: str, total: int, rows, markers: Markers, variant: str) -> tuple[str, int]:
        """Return the ETag and Last-Modified time of a list page showing *rows* of *total*."""
        etag = _digest(self.root, url, total, variant, markers.epoch, markers.newest_id, markers.newest_modified,
                       access.RULE_VERSION, SERIALIZER_VERSION, *(f"{r.pk}/{r.modified.timestamp()}/{int(bool(r.oparl_shown))}" for r in rows))
        return f'"{etag}"', markers.last_modified()
