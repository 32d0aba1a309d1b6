"""Search with PostgreSQL's full-text search (the default on PostgreSQL).

The index is the table ``search_paper_vector`` (created by this app's migration): one
``tsvector`` per paper, built from the analysed terms with the ``simple`` configuration,
which keeps each term as it is. Title and reference terms carry weight A, body terms C,
title compound parts B, compound parts of the text and reference chunks D; a GIN index answers ``@@`` and ``ts_rank`` orders
the matches. Queries come from ``townhall.search.query.to_tsquery`` and are cast with
``::tsquery`` so PostgreSQL does not re-parse the terms.

The backend's parts live beside it: the table and its indexes (``postgres_table``), the
statements' planner settings (``postgres_statements``), the reading of expressions
(``tsquery_expression``) and the conditions asked of the indexes over stripped vectors
(``tsquery_conditions``), the newest matches read in ranges (``postgres_candidates``) and the
ranking (``postgres_ranking``).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Sequence

from django.db import connection, transaction
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from townhall.search import vocabulary
from townhall.search.analyzers import MAX_TERM_LENGTH
from townhall.search.backends import bands, impact
from townhall.search.backends.base import FACET_TABLE, IndexEntry, Narrowing, SearchBackend
from townhall.search.backends.postgres_candidates import NewestMatches
from townhall.search.backends.postgres_ranking import RANK, Ranking
from townhall.search.backends.postgres_statements import fetch, id_array
from townhall.search.backends.postgres_table import (
    INDEX,
    RUM_INDEX,
    TABLE,
    TERMS_INDEX,
    create_search_index,
    rows_by_vector,
    rum_available,
    rum_index_present,
    terms_index_present,
)
from townhall.search.backends.tsquery_conditions import keys_condition, terms_condition
from townhall.search.backends.tsquery_expression import expressed, finding, loose_tsquery
from townhall.search.query import MatchPlan

__all__ = [
    "RANKED_FALLBACK", "TABLE", "PostgresBackend", "create_search_index", "id_array", "loose_tsquery", "rum_available",
    "rum_index_present", "terms_index_present",
]

#: Matches a search ranks without the RUM index: the newest (``selectors.COUNT_CAP``).
RANKED_FALLBACK = 5000

logger = logging.getLogger(__name__)
#: Key of the advisory lock held while the vocabulary is filled anew ("vocb" in ASCII).
_REFILLING_LOCK = 0x766F6362


class PostgresBackend(NewestMatches, Ranking, SearchBackend):
    """Keep the index in a tsvector table of the same PostgreSQL database as the records."""

    vendor = "postgresql"
    ranks_exact = True
    #: A search with at most this many matches (all of them counted, so all known) is ranked by
    #: scoring every one (``best``): cheaper than the passes of the RUM index, which reads every
    #: paper of the word it orders by when the other words leave few of them (``høring
    #: integrationspolitik 2010``: 51,371 papers read for 275 matches), and exact.
    rescores = 500

    def __init__(self) -> None:
        # Whether the RUM index serves, per database connection (asked once per connection).
        self._rum: dict[int, bool] = {}
        # Whether the GIN index over stripped vectors finds the matches, per connection.
        self._terms: dict[int, bool] = {}
        # The average length of a vector, per filling of the vocabulary.
        self._lengths: dict[tuple[int, int], float] = {}

    @property
    def ranks_from_index(self) -> bool:
        """Return whether searches are ranked in order from the RUM index (else: newest matches scored)."""
        key = id(connection.connection) if connection.connection is not None else 0
        found = self._rum.get(key)
        if found is None:
            found = self._rum[key] = rum_index_present()
            if not found:
                logger.warning("PostgreSQL search without the RUM index: each search ranks its newest %d matches "
                               "only; install postgresql-15-rum and run townhall search-rebuild", RANKED_FALLBACK)
        return found
    @property
    def _finds_by_terms(self) -> bool:
        """Return whether matches are found with ``TERMS_INDEX`` (beside RUM) rather than the vector's own index."""
        key = id(connection.connection) if connection.connection is not None else 0
        found = self._terms.get(key)
        if found is None:
            found = self._terms[key] = self.ranks_from_index and terms_index_present()
        return found

    def _matches(self, expression: str, alias: str = "m") -> tuple[str, list]:
        """Return the condition that row ``alias`` matches ``expression``, and its parameters.

        With ``TERMS_INDEX`` the index answers the loose form and the rows it finds are tested
        against phrases and weights with ``ts_match_vq`` (the function behind ``@@``, which no
        index serves, so the planner never hands that test to RUM).
        """
        expression = finding(expression)
        loose = loose_tsquery(expression) if self._finds_by_terms else None
        if loose is None:
            return f"{alias}.vector @@ %s::tsquery", [expression]
        condition, params = terms_condition(loose, f"strip({alias}.vector)")
        if loose == expression:
            return condition, list(params)
        return f"{condition} AND ts_match_vq({alias}.vector, %s::tsquery)", [*params, expression]

    def _where(self, expression, narrowing):
        if expression is None:
            return super()._where(expression, narrowing)
        condition, params = self._matches(expression)
        # OFFSET 0: the matches come from the index, never from a walk along the key that tests
        # every vector in the hope of an early match (what a LIMIT would tempt the planner to do).
        source = (f"(SELECT m.paper_id FROM {TABLE} m WHERE {condition} OFFSET 0) m "
                  f"JOIN {FACET_TABLE} f ON f.paper_id = m.paper_id")
        return source, narrowing.sql, self._id, [*params, *narrowing.params]

    def any_match(self, expression: str, narrowing: Narrowing) -> bool:
        lean = finding(expression)
        loose = loose_tsquery(lean) if self._finds_by_terms else None
        present = bands.present() if loose is not None else ()
        if not present:
            source, where, _, params = self._where(expression, narrowing)
            return bool(fetch(f"SELECT 1 FROM {source} WHERE {where} LIMIT 1", params))
        # The index of the whole archive hands out every posting of the words before the first
        # row is tested: 60-70 ms at 1M papers to learn that a common word ("budget") has a paper
        # the user may see. The bands are read newest first, each through its own index, and the
        # statement stops at the first match that passes: a common word is found in the newest
        # band. Which bands are read depends on where the matches lie, as the whole index's
        # postings did; the answer is the same.
        test, test_params = ("", []) if loose == lean else ("WHERE ts_match_vq(m.vector, %s::tsquery) ", [lean])
        selects, params = [], []
        pieces = bands.pieces(0, present[-1][1])
        # Ids no band covers (none, while the bands are kept up) are asked of the whole index last.
        ordered = [piece for piece in pieces if piece[0] is not None]
        ordered += [piece for piece in pieces if piece[0] is None] + [(None, present[-1][1], None)]
        for band, low, high in ordered:
            window, window_params = bands.condition(band, low, high)
            keys, key_params = keys_condition(loose)
            selects.append(f"SELECT paper_id{', vector' if test else ''} FROM {TABLE} WHERE {keys}{window}")
            params.extend([*key_params, *window_params])
        return bool(fetch(
            f"SELECT 1 FROM ({' UNION ALL '.join(selects)}) m CROSS JOIN LATERAL (SELECT 1 FROM {FACET_TABLE} f "
            f"WHERE f.paper_id = m.paper_id AND {narrowing.sql} OFFSET 0) f {test}LIMIT 1",
            [*params, *narrowing.params, *test_params]))

    def matching(self, expression: str, paper_ids: Sequence[int]) -> set[int]:
        if not paper_ids:
            return set()
        condition, params = self._matches(expression)
        rows = fetch(f"SELECT m.paper_id FROM {TABLE} m WHERE {condition} AND m.paper_id = ANY(%s::bigint[])",
                      [*params, id_array(paper_ids)])
        return {int(row[0]) for row in rows}

    _source = f"{TABLE} m JOIN {FACET_TABLE} f ON f.paper_id = m.paper_id"
    _id = "m.paper_id"
    _match = "m.vector @@ %s::tsquery"
    _match_one = f"EXISTS (SELECT 1 FROM {TABLE} v WHERE v.paper_id = {{paper}} AND v.vector @@ %s::tsquery)"

    def _write(self, entries: Sequence[IndexEntry]) -> None:
        with connection.cursor() as cursor:
            for vector, rows in rows_by_vector(entries).items():
                cursor.executemany(f"INSERT INTO {TABLE} (paper_id, vector, length) VALUES (%s, {vector}, %s)", rows)
            if entries and self._finds_by_terms:
                bands.extend(cursor, max(e.paper_id for e in entries))
        impact.after_write([e.paper_id for e in entries])

    def _delete(self, paper_ids: Sequence[int]) -> None:
        if not paper_ids:
            return
        impact.before_delete(paper_ids)
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE paper_id = ANY(%s)", [list(paper_ids)])

    def clear(self) -> None:
        impact.clear()
        with connection.cursor() as cursor:
            # DELETE, not TRUNCATE: TRUNCATE refuses while deferred foreign-key checks are pending.
            cursor.execute(f"DELETE FROM {TABLE}")

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        # Building a GIN index once over all rows is many times faster than
        # updating it row by row.
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")
                cursor.execute(f"DROP INDEX IF EXISTS {RUM_INDEX}")
                cursor.execute(f"DROP INDEX IF EXISTS {TERMS_INDEX}")
                bands.drop(cursor)
            yield
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
                create_search_index(cursor)
                cursor.execute(f"ANALYZE {TABLE}")
            self._rum.clear()
            self._terms.clear()
            self.refresh_statistics()

    def refresh_statistics(self) -> int:
        """Fill the vocabulary anew from the stored vectors; return the number of indexed papers.

        ``ts_stat`` reads every vector once: it runs after a rebuild and after an ingest or a
        harvest that left the vocabulary behind (``vocabulary.outgrown``). Two writers that finish
        at once (queue workers ingesting shares of one run) take turns: the second would otherwise
        delete only the rows it saw and then insert words the first had just written.
        """
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_REFILLING_LOCK])
            cursor.execute(f"DELETE FROM {vocabulary.TABLE}")
            cursor.execute(
                f"INSERT INTO {vocabulary.TABLE} (term, docs) SELECT word, ndoc FROM ts_stat(%s) "
                "WHERE word <> '' AND length(word) <= %s",
                [f"SELECT vector FROM {TABLE}", MAX_TERM_LENGTH],
            )
            cursor.execute(f"SELECT count(*) FROM {TABLE}")
            total = int(cursor.fetchone()[0])
            vocabulary.record_filling(cursor, total)
            vocabulary.fill_reversed()
            if self._finds_by_terms:
                bands.create(cursor, bands.width() or bands.WIDTH)
        return total

    def statistics_stale(self) -> bool:
        """Return whether the vocabulary lags the index (``vocabulary.outgrown``)."""
        return vocabulary.outgrown(vocabulary.indexed_when_filled(), self.count())

    def express(self, plan: MatchPlan) -> str:
        return expressed(plan)

    def restrict(self, papers: QuerySet, expression: str) -> QuerySet:
        condition, params = self._matches(expression)
        return papers.filter(pk__in=RawSQL(f"SELECT m.paper_id FROM {TABLE} m WHERE {condition}", params))

    def by_date(
        self, expression: str | None, narrowing: Narrowing, *, newest: bool = True, offset: int = 0, limit: int = 20
    ) -> list[int]:
        if expression is None:
            return super().by_date(expression, narrowing, newest=newest, offset=offset, limit=limit)
        order = "f.date DESC NULLS LAST, f.paper_id DESC" if newest else "f.date ASC NULLS LAST, f.paper_id ASC"
        condition, params = self._matches(expression)
        sql = (
            f"SELECT f.paper_id FROM (SELECT m.paper_id FROM {TABLE} m WHERE {condition} OFFSET 0) m "
            f"JOIN {FACET_TABLE} f ON f.paper_id = m.paper_id WHERE {narrowing.sql} "
            f"ORDER BY {order} LIMIT %s OFFSET %s"
        )
        return [int(row[0]) for row in fetch(sql, [*params, *narrowing.params, limit, offset])]

    def search(self, expression: str, limit: int = 20) -> list[tuple[int, float]]:
        if self.ranks_from_index:
            # The RUM index hands out the best matches by its own rank without scoring the rest.
            rows = fetch(f"SELECT paper_id, vector <=> %s::tsquery AS distance FROM {TABLE} WHERE vector @@ %s::tsquery "
                          "ORDER BY vector <=> %s::tsquery LIMIT %s", [expression, expression, expression, limit])
            return [(int(paper_id), 1.0 / float(distance) if distance else 0.0) for paper_id, distance in rows]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT paper_id, {RANK} AS score FROM {TABLE} WHERE vector @@ %s::tsquery "
                "ORDER BY score DESC LIMIT %s",
                [expression, expression, limit],
            )
            return [(int(row[0]), float(row[1])) for row in cursor.fetchall()]

    def count_matches(self, expression: str) -> int:
        """Return how many indexed papers match ``expression`` (engine only)."""
        with connection.cursor() as cursor:
            condition, params = self._matches(expression)
            cursor.execute(f"SELECT count(*) FROM {TABLE} m WHERE {condition}", params)
            return int(cursor.fetchone()[0])

    def count(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {TABLE}")
            return int(cursor.fetchone()[0])

    def size_bytes(self) -> int | None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_total_relation_size(%s)", [TABLE])
            return int(cursor.fetchone()[0])
