"""Move the content generation forward on every write the public could see, and read it.

Every statement that goes through a Django database connection is watched (an execute wrapper,
installed on each new connection): an INSERT, UPDATE or DELETE of a table that a public page may
show raises the generation in the same transaction, right after the statement. ORM saves, bulk
writes, ``QuerySet.update()``, raw SQL, search index writes and the access rule's refreshes are
all seen alike, so no write path can forget to invalidate. A reader reads the generation before
anything else; pages it renders are kept under that generation. A change and its raise commit
together, so a page kept under a generation never predates a change that generation includes.
"""

from __future__ import annotations

import logging
import random
import re
import time

from django.db import DatabaseError, connections

logger = logging.getLogger(__name__)

TABLE = "pagecache_generation"
SLOTS = 16

#: Tables whose rows no public page shows: sign-in and sessions, jobs and mail, the OParl store
#: (written while serving), harvest bookkeeping, histories and audit trails, form rate limits.
UNSEEN = (
    "auth_", "axes_", "django_session", "django_admin_log", "django_migrations", "django_content_type", "jobs_", "mail_",
    "oparl_storedview", "oparl_harvest", "oparl_filedownloadjob", "otp_", "reversion_", "pagecache_",
    "participation_formattempt", "council_auditentry", "ingest_ingesterror",
)

_READS = ("SELECT", "PRAGMA", "SAVEPOINT", "RELEASE", "ROLLBACK", "BEGIN", "COMMIT", "SET ", "SHOW", "EXPLAIN", "VALUES")
# Schema changes come with a migration (and a restart); their data copies are INSERTs and are seen.
_SCHEMA = ("CREATE", "DROP", "ALTER", "ANALYZE", "VACUUM", "REINDEX")
_WRITE = re.compile(r"\s*(?:(?:INSERT|REPLACE)(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+[\"`]?(\w+)", re.I)
_WRITE_WORD = re.compile(r"\b(?:INSERT|UPDATE|DELETE)\b", re.I)


def changes_seen(sql: str) -> bool:
    """Return whether *sql* may change a row that some public page shows."""
    head = sql.lstrip()[:10].upper()
    if head.startswith(_READS) or head.startswith(_SCHEMA):
        return False
    if head.startswith("WITH"):
        return bool(_WRITE_WORD.search(sql))
    match = _WRITE.match(sql)
    # A statement of a shape not known here is taken as a change: a needless raise costs only a render.
    return match is None or not match.group(1).lower().startswith(UNSEEN)


def _ready(connection) -> bool:
    """Return whether the generation table exists (asked once per connection, and again after a migration)."""
    if connection.vendor != "sqlite":
        # Only SQLite is exercised so far; elsewhere no page is kept and nothing is raised.
        return False
    ready = getattr(connection, "_pagecache_ready", None)
    if ready is None:
        try:
            ready = TABLE in connection.introspection.table_names()
        except DatabaseError:
            return False
        connection._pagecache_ready = ready
    return ready


def forget_table_checks(**kwargs) -> None:
    """After a migration, ask each connection again whether the generation table exists."""
    for connection in connections.all(initialized_only=True):
        connection._pagecache_ready = None


def raise_generation(connection) -> None:
    """Raise the generation in *connection*'s current transaction (or at once, outside one).

    Written on the driver's own cursor: it is bookkeeping, not one of the request's queries.
    """
    if not _ready(connection):
        return
    now = time.time_ns() // 1000
    cursor = connection.connection.cursor()
    try:
        if connection.vendor == "postgresql":
            home = connection.__dict__.setdefault("_pagecache_slot", random.randrange(SLOTS))
            # This connection's own slot unless another open transaction holds it: never wait for a writer.
            cursor.execute(
                f"UPDATE {TABLE} SET value = GREATEST(value + 1, %s) WHERE slot = (SELECT slot FROM {TABLE} "
                f"ORDER BY (slot = %s) DESC, slot LIMIT 1 FOR UPDATE SKIP LOCKED)", [now, home])
            if cursor.rowcount == 0:
                # Every slot taken, or the table emptied (a flush): write the own slot, waiting if need be.
                cursor.execute(
                    f"INSERT INTO {TABLE} (slot, value) VALUES (%s, %s) "
                    f"ON CONFLICT (slot) DO UPDATE SET value = GREATEST({TABLE}.value + 1, EXCLUDED.value)", [home, now])
        else:
            cursor.execute(
                f"INSERT INTO {TABLE} (slot, value) VALUES (0, ?) "
                f"ON CONFLICT (slot) DO UPDATE SET value = MAX(value + 1, excluded.value)", [now])
    finally:
        cursor.close()


def _after_write(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    if changes_seen(sql):
        connection = context["connection"]
        if connection.in_atomic_block:
            # Part of the transaction: if the raise fails, so does the change.
            raise_generation(connection)
        else:
            try:
                raise_generation(connection)
            except DatabaseError:
                # The change is committed already; kept pages of it age out (TOWNHALL_PAGE_CACHE_SECONDS).
                logger.warning("Could not raise the page cache generation after a write.", exc_info=True)
    return result


def watch_writes(sender, connection, **kwargs) -> None:
    """Watch every statement of a newly opened connection (the ``connection_created`` signal)."""
    if _after_write not in connection.execute_wrappers:
        # First in the list: ``connection.execute_wrapper()`` blocks pop their own wrapper from the end.
        connection.execute_wrappers.insert(0, _after_write)


def current(connection) -> int | None:
    """Return the content generation, or None when there is none yet (before the first migration)."""
    if not _ready(connection):
        return None
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT SUM(value) FROM {TABLE}")
        row = cursor.fetchone()
    return int(row[0] or 0)
