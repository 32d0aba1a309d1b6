"""Run a PostgreSQL search statement with planner settings of its own, in one message where possible."""

from __future__ import annotations

import psycopg
from django.db import connection, transaction


def fetch(settings: str, sql: str, params: list) -> list[tuple]:
    """Run ``settings`` (a statement of ``set_config(..., true)``) and then ``sql``; return the rows of ``sql``.

    With parameters bound on the client (Django's default) both go in one message, which
    PostgreSQL runs as one transaction, so the settings (local to it) hold for the statement
    only: one round trip instead of four (begin, settings, statement, commit). Inside a caller's
    transaction, or with parameters bound on the server, they run in a transaction (a savepoint
    inside the caller's) of their own, so a failing statement does not end the caller's.
    """
    if not connection.in_atomic_block:
        with connection.cursor() as cursor:
            if isinstance(cursor.cursor, psycopg.ClientCursor):
                cursor.execute(f"{settings};\n{sql}", params)
                cursor.nextset()
                return cursor.fetchall()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(settings)
        cursor.execute(sql, params)
        return cursor.fetchall()
