"""Reads the API repeats on every request, compiled to SQL once per process and run with new values.

Building a queryset and compiling it (the access rule's conditions, the annotation of what the
public may see) cost more than running it: about half a millisecond for the state of one object,
which is most of what answering a stored object takes. A :class:`PreparedRead` compiles its
queryset once per database connection setting, with marker numbers where the values go, and then
runs the same SQL with the values put in place of the markers. The SQL is the ORM's own, so the
rows are the same; only the values are read raw and converted here.
"""

from __future__ import annotations

import threading
from datetime import datetime, timezone
from typing import Callable

from django.db import connection
from django.db.models import QuerySet

#: Stand-ins for the values, chosen so that no real parameter equals one of them.
MARKERS = (7310042917001, 7310042917002, 7310042917003)


class PreparedRead:
    """A queryset built by *build* from its values, compiled once, run many times."""

    def __init__(self, build: Callable[..., QuerySet]):
        self.build = build
        self._compiled: dict[str, tuple[str, list, list[int]] | None] = {}
        self._lock = threading.Lock()

    def _compile(self, count: int):
        markers = MARKERS[:count]
        sql, params = self.build(*markers).query.sql_with_params()
        params = list(params)
        places = [index for index, value in enumerate(params) if type(value) is int and value in markers]
        # Each marker must stand for exactly one parameter; otherwise the ORM runs it each time.
        if sorted(params[index] for index in places) != sorted(markers):
            return None
        return sql, params, places

    def rows(self, *values) -> list[tuple]:
        """Return the raw rows of the queryset built from *values* (integers)."""
        key = f"{connection.vendor}:{connection.alias}:{len(values)}"
        compiled = self._compiled.get(key, False)
        if compiled is False:
            with self._lock:
                compiled = self._compiled[key] = self._compile(len(values))
        if compiled is None:
            return list(self.build(*values))
        sql, params, places = compiled
        params = list(params)
        for index in places:
            params[index] = values[MARKERS.index(params[index])]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()


def aware(value) -> datetime | None:
    """Return a raw timestamp column as an aware datetime (SQLite gives text in UTC, PostgreSQL a datetime)."""
    if value is None or isinstance(value, datetime) and value.tzinfo is not None:
        return value
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc)
