"""Search with SQLite's FTS5 full-text index (the default on SQLite).

The index is the virtual table ``search_paper_fts`` (created by this app's migration),
one row per paper with ``rowid`` = paper id and the four term columns of
``townhall.search.backends.base``. Terms are already analysed, so the tokenizer is plain
``unicode61`` with diacritics kept; ``prefix='2 3 4'`` makes short prefix queries
(``in*``) cheap. Ranking is BM25 with the column weights in ``WEIGHTS``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

from django.db import connection, transaction
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from townhall.search.analyzers import LANGUAGES
from townhall.search.backends.base import IndexEntry, SearchBackend
from townhall.search.query import Query, to_fts5

TABLE = "search_paper_fts"
#: BM25 weights of title, reference, body and extras.
WEIGHTS = (8.0, 8.0, 1.0, 0.4)
_BM25 = f"bm25({TABLE}, {', '.join(str(w) for w in WEIGHTS)})"



class Fts5Backend(SearchBackend):
    """Keep the index in an FTS5 table of the same SQLite database as the records."""

    vendor = "sqlite"
    ranks_exact = True

    def _write(self, entries: Sequence[IndexEntry]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {TABLE} (rowid, title, reference, body, extras) VALUES (%s, %s, %s, %s, %s)",
                [(e.paper_id, e.title, e.reference, e.body, e.extras) for e in entries],
            )

    def _delete(self, paper_ids: Sequence[int]) -> None:
        if not paper_ids:
            return
        marks = ", ".join(["%s"] * len(paper_ids))
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE rowid IN ({marks})", list(paper_ids))

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        # One transaction instead of one per statement, then merge the many small
        # segments the inserts left behind: queries read one b-tree instead of dozens.
        with transaction.atomic():
            yield
            with connection.cursor() as cursor:
                cursor.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")
                # Fresh statistics let the planner see that the access filters (public,
                # not deleted) keep nearly every paper, so it starts from the matches.
                cursor.execute("ANALYZE")

    def render(self, query: Query | str, languages: Sequence[str] = LANGUAGES, expand: bool = True) -> str | None:
        return to_fts5(query, languages, expand)

    def restrict(self, papers: QuerySet, expression: str) -> QuerySet:
        # A subquery, not a join: joined, SQLite's planner likes to walk the papers
        # first and run the MATCH once per paper, which is slow for any broad filter.
        return papers.filter(pk__in=RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [expression]))

    def rank(
        self, papers: QuerySet, expression: str, *, offset: int = 0, limit: int = 20, exact: str | None = None
    ) -> list[tuple[int, float]]:
        # The matches are scored once into a materialised table, then kept if ``papers``
        # has them. Papers that have the typed words themselves (not only compound parts
        # or glossary terms) count double.
        papers_sql, papers_params = papers.order_by().values("pk").query.sql_with_params()
        boost, boost_params = "m.score", []
        if exact:
            boost = f"m.score * (CASE WHEN m.id IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s) THEN 2.0 ELSE 1.0 END)"
            boost_params = [exact]
        sql = (
            f"WITH m AS MATERIALIZED (SELECT rowid AS id, -{_BM25} AS score FROM {TABLE} WHERE {TABLE} MATCH %s) "
            f"SELECT m.id, {boost} AS ranked FROM m WHERE m.id IN ({papers_sql}) ORDER BY ranked DESC, m.id DESC "
            "LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [expression, *boost_params, *papers_params, limit, offset])
            return [(int(row[0]), float(row[1])) for row in cursor.fetchall()]

    def search(self, expression: str, limit: int = 20) -> list[tuple[int, float]]:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, -{_BM25} AS score FROM {TABLE} WHERE {TABLE} MATCH %s ORDER BY score DESC LIMIT %s",
                [expression, limit],
            )
            return [(int(row[0]), float(row[1])) for row in cursor.fetchall()]

    def count_matches(self, expression: str) -> int:
        """Return how many indexed papers match ``expression`` (engine only)."""
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH %s", [expression])
            return int(cursor.fetchone()[0])

    def count(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {TABLE}")
            return int(cursor.fetchone()[0])

    def size_bytes(self) -> int | None:
        with connection.cursor() as cursor:
            try:
                cursor.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE %s", [f"{TABLE}%"])
            except Exception:  # noqa: BLE001 - dbstat is an optional SQLite feature
                return None
            value = cursor.fetchone()[0]
            return int(value) if value is not None else 0
