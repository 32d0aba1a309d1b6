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
from townhall.search.backends.base import FACET_TABLE, Candidate, IndexEntry, SearchBackend
from townhall.search.query import Query, to_fts5

TABLE = "search_paper_fts"
#: BM25 weights of title, reference, body and extras.
WEIGHTS = (8.0, 8.0, 1.0, 0.4)
_BM25 = f"bm25({TABLE}, {', '.join(str(w) for w in WEIGHTS)})"



class Fts5Backend(SearchBackend):
    """Keep the index in an FTS5 table of the same SQLite database as the records."""

    vendor = "sqlite"
    ranks_exact = True
    # The index drives the join: FTS5 hands out matches by descending rowid without sorting.
    _source = f"{TABLE} JOIN {FACET_TABLE} f ON f.paper_id = {TABLE}.rowid"
    _id = f"{TABLE}.rowid"
    _match = f"{TABLE} MATCH %s"

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

    def _score(self, expression: str, exact: str | None) -> tuple[str, list]:
        return f"-{_BM25}", []

    def best(self, candidates: Sequence[Candidate], wanted: int, exact: str | None = None) -> list[tuple[int, float]]:
        # Candidates that have the typed words themselves (not only compound parts or
        # glossary terms) count double. BM25 of a second expression needs a second
        # MATCH: first only the head of the ranking is looked up, which settles the page
        # when nothing below the head could climb into it even when doubled; otherwise
        # the exact words' matches among all candidates are read in one pass.
        ordered = sorted(((float(row[1]), int(row[0])) for row in candidates), reverse=True)
        if not exact or not ordered:
            return [(paper_id, score) for score, paper_id in ordered[:wanted]]
        head = max(wanted * 4, 100)
        page = self._boosted(ordered[:head], self._matching(exact, [paper_id for _, paper_id in ordered[:head]]), wanted)
        if head >= len(ordered) or (len(page) == wanted and page[-1] > (2.0 * ordered[head][0], ordered[head][1])):
            return [(paper_id, score) for score, paper_id in page]
        lowest = min(paper_id for _, paper_id in ordered)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s AND rowid >= %s", [exact, lowest])
            exact_ids = {int(row[0]) for row in cursor.fetchall()}
        return [(paper_id, score) for score, paper_id in self._boosted(ordered, exact_ids, wanted)]

    @staticmethod
    def _boosted(ordered: Sequence[tuple[float, int]], exact_ids: set[int], wanted: int) -> list[tuple[float, int]]:
        return sorted(((score * 2.0 if paper_id in exact_ids else score, paper_id) for score, paper_id in ordered),
                      reverse=True)[:wanted]

    def _matching(self, expression: str, paper_ids: Sequence[int]) -> set[int]:
        """Return which of ``paper_ids`` (a few hundred at most) match ``expression``."""
        if not paper_ids:
            return set()
        marks = ", ".join(["%s"] * len(paper_ids))
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s AND rowid IN ({marks})", [expression, *paper_ids])
            return {int(row[0]) for row in cursor.fetchall()}

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
