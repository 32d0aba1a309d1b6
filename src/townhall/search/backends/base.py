"""The contract every search backend keeps.

A backend stores, per paper, six columns of analysed terms (see
``townhall.search.analyzers``) and answers queries rendered by
``townhall.search.query``:

* ``title`` — the title's term stream; ranked highest;
* ``reference`` — reference numbers (``2010-16508`` -> ``201016508``); ranked as high as the title;
* ``body`` — the term stream of the text;
* ``extras`` — compound parts of the text and reference chunks; ranked lowest, so a paper
  that has the exact word a user typed comes before one that only has it as a part;
* ``title_parts`` — compound parts of the title: below the title's own words, well above the
  text's, since a title made of a word names the paper's subject as much as the word itself;
* ``context`` — the names of the organizations on the paper's route and of its shown
  attachments: above the text, below the title (their compound parts go to ``extras``).

Quoted text is looked for in ``title``, ``reference`` and ``body`` only, never among parts.

The backend never sees raw text and never decides who may see what: it narrows a
queryset of papers that the caller has already restricted to what the user may see.
``SearchBackend.restrict`` narrows a queryset of papers to the matches, so filters,
access rules, counts and facets all run in the database; ``rank`` orders such a
queryset by relevance and returns one page of it.

``search_papers`` takes a faster road: ``candidates`` joins the index with the narrow
facet table ``search_paper_facet`` (access flags and facet columns, kept in step with the
papers by triggers) and returns, in one engine pass, the newest matches with their score
and facet columns; ``best`` picks the page by relevance from them, and a date-sorted page
comes from them too, completed by ``newer_matches`` (or from ``by_date`` when it cannot).

Subclasses override the storage hooks (``_write``, ``_delete``, ``clear``, ``restrict``,
``rank``, ``search``, ``render``, ``size_bytes``, ``count``) and set the SQL pieces
``_source``, ``_id``, ``_match``, ``_match_one``, ``_date`` and ``_score``; ``index``,
``rebuild``, ``batch``, ``candidates``, ``best``, ``by_date`` and ``newer_matches`` are
shared (and may be specialised). A backend that keeps term statistics or can rewrite an
expression into a faster equivalent overrides ``statistics_stale``, ``refresh_statistics``
and ``prepare``.
"""

from __future__ import annotations

import contextlib
import heapq
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter

from django.db import connection
from django.db.models import QuerySet

from townhall.search.analyzers import LANGUAGES
from townhall.search.query import MatchPlan, Query, plan_query

#: The share of its score that an alternative finding the typed word inside another word keeps.
INSIDE_SHARE = 0.25
#: Entries written per statement while rebuilding.
BATCH_SIZE = 2000
#: The narrow copy of each paper's facet and access columns (migration 0002), alias ``f``.
FACET_TABLE = "search_paper_facet"


@dataclass(frozen=True)
class Narrowing:
    """An SQL condition on the facet table (alias ``f``) with its parameters: access rules and filters."""

    sql: str
    params: tuple = ()


@dataclass(frozen=True)
class IndexEntry:
    """The analysed terms of one paper, each column a space-separated string of terms."""

    paper_id: int
    title: str
    reference: str
    body: str
    extras: str
    title_parts: str = ""
    context: str = ""


#: One match as ``candidates`` returns it: (paper id, score, body id, kind, language, year, date).
#: The date may be None for a dated paper when the caller said it reads no dates (``dated=False``).
Candidate = tuple[int, float, int, str, str, int | None, object]


class SearchBackend:
    """Store analysed papers and find them again; one subclass per database engine."""

    #: ``connection.vendor`` this backend works on.
    vendor: str = ""
    #: Whether ``rank`` uses its ``exact`` argument (callers skip rendering it otherwise).
    ranks_exact: bool = False
    #: Whether ``top`` ranks all matches in order from the index (then ``candidates`` need no scores).
    ranks_from_index: bool = False
    #: Candidates ``best`` scores again in full: a search with no more matches than that is ranked by
    #: ``best`` over all of them, which ``top`` would only find again from the index.
    rescores: int = 0


    # -- writing --------------------------------------------------------------

    def index(self, entries: Iterable[IndexEntry]) -> int:
        """Store ``entries``, replacing what was stored for the same papers; return how many."""
        done = 0
        iterator = iter(entries)
        while chunk := list(islice(iterator, BATCH_SIZE)):
            self._delete([entry.paper_id for entry in chunk])
            self._write(chunk)
            done += len(chunk)
        return done

    def remove(self, paper_ids: Iterable[int]) -> None:
        """Forget the papers with ``paper_ids``; unknown ids are ignored."""
        ids = list(paper_ids)
        for start in range(0, len(ids), BATCH_SIZE):
            self._delete(ids[start : start + BATCH_SIZE])

    def rebuild(
        self, batches: Iterable[Sequence[IndexEntry]], progress: Callable[[int], None] | None = None
    ) -> int:
        """Replace the whole index with ``batches`` of entries; call ``progress(n)`` after each."""
        total = 0
        with self.batch():
            self.clear()
            for chunk in batches:
                self._write(chunk)
                total += len(chunk)
                if progress is not None:
                    progress(len(chunk))
        return total

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group many writes (a rebuild); backends may defer index upkeep until the end."""
        yield

    def _write(self, entries: Sequence[IndexEntry]) -> None:
        """Insert entries for papers that have none stored."""
        raise NotImplementedError

    def _delete(self, paper_ids: Sequence[int]) -> None:
        """Delete the entries of ``paper_ids``."""
        raise NotImplementedError

    def clear(self) -> None:
        """Delete every entry."""
        raise NotImplementedError

    # -- reading --------------------------------------------------------------

    def render(self, query: Query | str, languages: Sequence[str] = LANGUAGES, expand: bool = True) -> str | None:
        """Return the engine's expression for ``query``; None when it has no positive term."""
        plan = plan_query(query, languages, expand)
        return None if plan is None else self.express(plan)

    def express(self, plan: MatchPlan) -> str:
        """Return the engine's expression for a planned query."""
        raise NotImplementedError

    def statistics_stale(self) -> bool:
        """Return whether the term statistics a backend keeps lag behind its index (never, without any)."""
        return False

    def refresh_statistics(self) -> int:
        """Count anew what the backend keeps statistics of; return the number of indexed papers."""
        return self.count()

    def prepare(self, expression: str) -> str:
        """Return ``expression`` in the form that runs fastest on the index as it is now (same matches)."""
        return expression

    def restrict(self, papers: QuerySet, expression: str) -> QuerySet:
        """Return ``papers`` narrowed to those matching ``expression``."""
        raise NotImplementedError

    def rank(
        self, papers: QuerySet, expression: str, *, offset: int = 0, limit: int = 20, exact: str | None = None
    ) -> list[tuple[int, float]]:
        """Return ``(paper_id, score)`` of ``papers`` matching ``expression``, best first (larger is better).

        ``papers`` is usually ``restrict``'s result with the caller's filters and access
        rules. ``exact`` is the expression of the typed words alone (no compound parts,
        no glossary); a backend may rank papers that match it higher.
        """
        raise NotImplementedError

    def search(self, expression: str, limit: int = 20) -> list[tuple[int, float]]:
        """Return ``(paper_id, score)`` of the best matches from the index alone, best first.

        This is the raw engine query, without records, access rules or facets.
        """
        raise NotImplementedError

    # -- reading through the facet table --------------------------------------
    #
    # These join the index with ``FACET_TABLE`` (kept in step with ``core_paper`` by
    # triggers), so access rules, filters and facets never read the wide paper rows.
    # Subclasses set the three SQL pieces below.

    #: FROM clause joining the index with the facet table ``f``.
    _source: str = ""
    #: The index's paper id column as it appears in ``_source``.
    _id: str = ""
    #: The condition that a row matches an expression (one ``%s``).
    _match: str = ""
    #: The condition that the paper with id ``{paper}`` matches an expression (one ``%s``), tested on its own.
    _match_one: str = ""
    #: The facet row's date as candidates carry it (any type that sorts by date).
    _date: str = "f.date"

    def _where(self, expression: str | None, narrowing: Narrowing) -> tuple[str, str, str, list]:
        """Return FROM, WHERE, the id column and the parameters for the matches that pass ``narrowing``."""
        if expression is None:
            return f"{FACET_TABLE} f", narrowing.sql, "f.paper_id", list(narrowing.params)
        return self._source, f"{self._match} AND {narrowing.sql}", self._id, [expression, *narrowing.params]

    def _score(self, expression: str, exact: str | None, core: str | None = None) -> tuple[str, list]:
        """Return the SQL of a match's relevance (larger is better) over ``_source`` and its parameters."""
        raise NotImplementedError

    def candidates(
        self, expression: str | None, narrowing: Narrowing, limit: int, *, exact: str | None = None,
        scored: bool = True, core: str | None = None, dated: bool = True,
    ) -> list[Candidate]:
        """Return the newest ``limit`` matches passing ``narrowing``, newest first, with score and facet columns.

        The engine evaluates the expression once; counting, facets and ranking all work
        on these rows. Without an expression every paper passing ``narrowing`` matches.
        ``scored=False`` skips the scoring (score 0), for searches not sorted by relevance.
        ``core`` is the expression without the alternatives that find the typed words inside
        other words (``query.core_plan``); a backend may weigh what only those add like parts.
        ``dated=False``: the caller reads no dates (sorted by relevance, no date filter); a backend
        may then leave every date None, which saves handing thousands of them over.
        """
        score, score_params = ("0", [])
        if expression is not None and scored:
            score, score_params = self._score(expression, exact, core)
        return self._newest(expression, narrowing, limit, columns=score, columns_params=score_params, dated=dated)

    def _newest(
        self, expression: str | None, narrowing: Narrowing, limit: int, *, columns: str = "0",
        columns_params: Sequence = (), below: int | None = None, dated: bool = True,
    ) -> list[tuple]:
        """Return the newest ``limit`` matches (ids below ``below``): id, ``columns``, then the facet columns.

        ``dated=False`` reads no date (None in its place).
        """
        source, where, key, params = self._where(expression, narrowing)
        if below is not None:
            where, params = f"{where} AND {key} < %s", [*params, below]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {key}, {columns}, f.body_id, f.kind, f.language, f.year, {self._date if dated else 'NULL'} "
                f"FROM {source} "
                f"WHERE {where} ORDER BY {key} DESC LIMIT %s",
                [*columns_params, *params, limit],
            )
            return cursor.fetchall()

    def any_match(self, expression: str, narrowing: Narrowing) -> bool:
        """Return whether any paper passing ``narrowing`` matches ``expression``."""
        source, where, _, params = self._where(expression, narrowing)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT 1 FROM {source} WHERE {where} LIMIT 1", params)
            return cursor.fetchone() is not None

    def matching(self, expression: str, paper_ids: Sequence[int]) -> set[int]:
        """Return which of ``paper_ids`` (a few hundred at most) match ``expression``."""
        if not paper_ids:
            return set()
        marks = ", ".join(["%s"] * len(paper_ids))
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {self._id} FROM {self._source} WHERE {self._match} AND {self._id} IN ({marks})",
                           [expression, *paper_ids])
            return {int(row[0]) for row in cursor.fetchall()}

    def best(
        self, candidates: Sequence[Candidate], wanted: int, exact: str | None = None, core: str | None = None,
        expression: str | None = None,
    ) -> list[tuple[int, float]]:
        """Return ``(paper_id, score)`` of the ``wanted`` best candidates, best first (ties: newest first).

        ``exact`` is the expression of the typed words alone and ``core`` the query without
        the alternatives that find them inside other words; backends whose ``_score`` cannot
        weigh them in may adjust the ranking of the best candidates here. ``expression`` is
        the query the candidates matched, for a backend that scores the head again.
        """
        ordered = heapq.nlargest(wanted, zip(map(itemgetter(1), candidates), map(itemgetter(0), candidates)))
        return [(paper_id, score) for score, paper_id in ordered]

    def orders_from_index(self, expression: str, exact: str | None = None) -> bool:
        """Return whether ``top`` ranks ``expression``'s matches in order from the index (``exact``: the typed words)."""
        return self.ranks_from_index

    def top(
        self, expression: str, narrowing: Narrowing, wanted: int, *, exact: str | None = None, core: str | None = None,
        typed: str | None = None,
    ) -> list[tuple[int, float]]:
        """Return ``(paper_id, score)`` of the ``wanted`` best of all matches, best first (``ranks_from_index``).

        ``typed`` is the expression of every typed word as written (all of them, where ``exact``
        asks for any), which a backend may use to find the best matches first.
        """
        raise NotImplementedError

    def by_date(
        self, expression: str | None, narrowing: Narrowing, *, newest: bool = True, offset: int = 0, limit: int = 20
    ) -> list[int]:
        """Return the ids of one page of matches passing ``narrowing`` by date (newest or oldest first)."""
        source, where, _, params = self._where(expression, narrowing)
        order = "f.date DESC NULLS LAST, f.paper_id DESC" if newest else "f.date ASC NULLS LAST, f.paper_id ASC"
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT f.paper_id FROM {source} WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s",
                [*params, limit, offset],
            )
            return [int(row[0]) for row in cursor.fetchall()]

    def newer_matches(
        self, expression: str | None, narrowing: Narrowing, *, after, below: int, limit: int, scan: int
    ) -> list[tuple[int, object]]:
        """Return ``(paper_id, date)`` of matches dated after ``after`` with ids below ``below``, newest first.

        A date-sorted search whose matches were too many to read takes its page from the
        newest-added ``candidates``; only papers added earlier but dated later can still
        belong on it, and when the archive was filled roughly in date order these are few.
        The walk goes down the facet table's date index, tests at most ``scan`` papers one
        by one and returns the matches among them.
        """
        conditions = [narrowing.sql, "f.date > %s", "f.paper_id < %s"]
        params = [*narrowing.params, after, below]
        test, test_params = ("", [])
        if expression is not None:
            test, test_params = "WHERE " + self._match_one.format(paper="w.paper_id"), [expression]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT w.paper_id, w.day FROM (SELECT f.paper_id, {self._date} AS day FROM {FACET_TABLE} f "
                f"WHERE {' AND '.join(conditions)} ORDER BY f.date DESC, f.paper_id DESC LIMIT %s) w "
                f"{test} ORDER BY w.day DESC, w.paper_id DESC LIMIT %s",
                [*params, scan, *test_params, limit],
            )
            return [(int(row[0]), row[1]) for row in cursor.fetchall()]

    def count(self) -> int:
        """Return the number of papers in the index."""
        raise NotImplementedError

    def size_bytes(self) -> int | None:
        """Return the disk space the index takes, or None if the engine cannot tell."""
        return None

    @staticmethod
    def _cursor():
        return connection.cursor()
