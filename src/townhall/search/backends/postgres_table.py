"""The PostgreSQL search table: its name, its indexes, and the rows written to it."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection

from townhall.search.backends import bands, tsvector_windows
from townhall.search.backends.base import IndexEntry

TABLE = "search_paper_vector"
INDEX = "search_paper_vector_gin"
#: The RUM index (extension ``rum``, Debian's ``postgresql-15-rum``): it answers ``@@`` like the
#: GIN index and also hands out matches in order of relevance (``<=>``), so ranking needs no
#: pass over every match.
RUM_INDEX = "search_paper_vector_rum"
#: A GIN index over the vectors without positions and weights (``strip(vector)``), beside the RUM
#: index. RUM evaluates phrases, weights and every alternative of a query inside the index, which
#: for a query with dozens of glossary and compound alternatives took a second at 300,000 papers;
#: this index finds the same papers in a tenth of that (phrases and weights are then tested on the
#: few rows read). RUM is left to do what only it can: hand out matches in order of rank.
TERMS_INDEX = "search_paper_vector_terms"


def _length(entry: IndexEntry) -> int:
    """Return the number of terms of an entry, as BM25 counts a paper's length (every column)."""
    return sum(len(column.split()) for column in (entry.title, entry.reference, entry.body, entry.extras,
                                                  entry.title_parts, entry.context))


def rows_by_vector(entries: Sequence[IndexEntry]) -> dict[str, list[tuple]]:
    """Return the rows to insert, grouped by the SQL of their vector (a long paper's is cut in windows)."""
    grouped: dict[str, list[tuple]] = {}
    for e in entries:
        vector, texts = tsvector_windows.vector_sql(
            ((e.title, "A"), (e.reference, "A"), (e.body, "C"), (e.extras, "D"), (_weight_b(e), "B")))
        grouped.setdefault(vector, []).append((e.paper_id, *texts, _length(e)))
    return grouped


def _weight_b(entry: IndexEntry) -> str:
    """Return the terms stored under weight B: the title's compound parts and the route and attachment names."""
    return " ".join(column for column in (entry.title_parts, entry.context) if column)


def rum_available() -> bool:
    """Return whether the ``rum`` extension can be used in this database (installed or installable)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum')")
        return bool(cursor.fetchone()[0])


def rum_index_present(using=None) -> bool:
    """Return whether the search table has its RUM index (on ``using``, by default the default connection)."""
    with (using or connection).cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = %s AND indexname = %s)",
                       [TABLE, RUM_INDEX])
        return bool(cursor.fetchone()[0])


def terms_index_present(using=None) -> bool:
    """Return whether the search table has its GIN index over the stripped vectors."""
    with (using or connection).cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = %s AND indexname = %s)",
                       [TABLE, TERMS_INDEX])
        return bool(cursor.fetchone()[0])


def create_search_index(cursor) -> str:
    """Create the index of the search table: RUM when the extension can be had, else GIN; return which.

    Creating the extension needs the right to do so; without it (or without the package) the
    GIN index serves and searches rank their newest matches only (see ``docs/search.md``).
    """
    kind = "gin"
    cursor.execute("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'rum')")
    present = bool(cursor.fetchone()[0])
    if not present and rum_available():
        cursor.execute("SAVEPOINT search_rum")
        try:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS rum")
            cursor.execute("RELEASE SAVEPOINT search_rum")
            present = True
        except Exception:  # noqa: BLE001 - no right to create it: GIN serves
            cursor.execute("ROLLBACK TO SAVEPOINT search_rum")
    if present:
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {RUM_INDEX} ON {TABLE} USING rum (vector rum_tsvector_ops)")
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {TERMS_INDEX} ON {TABLE} USING gin (strip(vector))")
        cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")
        bands.create(cursor)
        kind = "rum"
    else:
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin (vector)")
    return kind
