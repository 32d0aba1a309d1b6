"""Hold the SQLite page cache of the current connection at a given size for the length of a bulk run."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator


@contextlib.contextmanager
def sqlite_page_cache(kib: int) -> Iterator[None]:
    """Set the connection's SQLite page cache to *kib* KiB while the block runs, then restore it.

    The site's connections keep a large page cache for searching; a bulk writer (ingest, harvest)
    writes far more than it reads back, and a cache the size of the database would take its process
    past its memory budget. Other databases are left alone.
    """
    from django.db import connection

    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        before = cursor.fetchone()[0]
        cursor.execute(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = {int(before)}")
