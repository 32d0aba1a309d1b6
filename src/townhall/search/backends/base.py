"""The contract every search backend keeps.

A backend stores, per paper, four columns of analysed terms (see
``townhall.search.analyzers``) and answers queries rendered by
``townhall.search.query``:

* ``title`` — the title's term stream and its compound parts; ranked highest;
* ``reference`` — reference numbers (``2010-16508`` -> ``201016508``); ranked as high as the title;
* ``body`` — the term stream of the text;
* ``extras`` — compound parts and reference chunks of the text; ranked lowest, so a paper
  that has the exact word a user typed comes before one that only has it as a part.

The backend never sees raw text and never decides who may see what: it narrows a
queryset of papers that the caller has already restricted to what the user may see.
``SearchBackend.restrict`` narrows a queryset of papers to the matches, so filters,
access rules, counts and facets all run in the database; ``rank`` orders such a
queryset by relevance and returns one page of it.

Subclasses override the storage hooks (``_write``, ``_delete``, ``clear``, ``restrict``,
``rank``, ``search``, ``render``, ``size_bytes``, ``count``); ``index``, ``rebuild`` and
``batch`` are shared.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from django.db import connection
from django.db.models import QuerySet

from townhall.search.analyzers import LANGUAGES
from townhall.search.query import Query

#: Entries written per statement while rebuilding.
BATCH_SIZE = 2000


@dataclass(frozen=True)
class IndexEntry:
    """The analysed terms of one paper, each column a space-separated string of terms."""

    paper_id: int
    title: str
    reference: str
    body: str
    extras: str


class SearchBackend:
    """Store analysed papers and find them again; one subclass per database engine."""

    #: ``connection.vendor`` this backend works on.
    vendor: str = ""
    #: Whether ``rank`` uses its ``exact`` argument (callers skip rendering it otherwise).
    ranks_exact: bool = False


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
        raise NotImplementedError

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

    def count(self) -> int:
        """Return the number of papers in the index."""
        raise NotImplementedError

    def size_bytes(self) -> int | None:
        """Return the disk space the index takes, or None if the engine cannot tell."""
        return None

    @staticmethod
    def _cursor():
        return connection.cursor()
