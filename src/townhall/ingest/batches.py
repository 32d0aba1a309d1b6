"""Store several documents in one database transaction, each in a savepoint of its own.

A commit per document made the writing process spend much of its time committing: SQLite
writes the pages a transaction touched (the full-text index's among them) once per commit,
whatever their number of documents. A :class:`WriteBatch` keeps one transaction open over a
few dozen documents; each document still runs in its own savepoint (the ``transaction.atomic``
of :meth:`townhall.ingest.linking.Linker.link`), so one that fails is rolled back alone.

What a run reports about a document (its count in the summary, the progress display) waits
for the commit that stores it: a run stopped or killed between commits has counted exactly
what the database holds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.db import DatabaseError, transaction

#: Documents stored in one transaction at most.
BATCH_DOCUMENTS = 100
#: Seconds a transaction stays open at most once it has its first document, so that other
#: writers (the admin, a harvester) wait little and a long run's progress reaches the database.
BATCH_SECONDS = 0.25


class WriteBatch:
    """One open transaction over several documents, committed when full, old, or asked to.

    Call :meth:`begin` before writing a document, :meth:`after_commit` with what must happen
    once it is stored, and :meth:`document_done` after it; :meth:`commit` at the end, before
    waiting for more work, and before stopping. Without an open transaction
    :meth:`after_commit` runs its callback at once.
    """

    def __init__(self, *, max_documents: int = BATCH_DOCUMENTS, max_seconds: float = BATCH_SECONDS, using: str | None = None) -> None:
        self.max_documents = max(1, max_documents)
        self.max_seconds = max_seconds
        self.using = using
        self._atomic = None
        self._opened = 0.0
        self._documents = 0
        self._callbacks: list[Callable[[], None]] = []
        #: Transactions committed so far (for benchmarks and tests).
        self.commits = 0

    @property
    def is_open(self) -> bool:
        return self._atomic is not None

    def begin(self) -> None:
        """Open the batch's transaction unless it is open already."""
        if self._atomic is None:
            atomic = transaction.atomic(using=self.using)
            atomic.__enter__()
            self._atomic = atomic
            self._opened = time.monotonic()

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run *callback* once the open transaction commits (at once when none is open)."""
        if self._atomic is None:
            callback()
        else:
            self._callbacks.append(callback)

    def document_done(self) -> None:
        """Count one more document in the transaction; commit when the batch is full or old."""
        self._documents += 1
        if self._documents >= self.max_documents or time.monotonic() - self._opened >= self.max_seconds:
            self.commit()

    def commit(self) -> None:
        """Commit the open transaction, then run what waited for it."""
        atomic = self._atomic
        if atomic is None:
            return
        self._atomic = None
        self._documents = 0
        callbacks, self._callbacks = self._callbacks, []
        # A failure that could not be rolled back to its savepoint dooms the whole transaction:
        # leaving the block then rolls back instead of committing, and nothing may be counted.
        doomed = transaction.get_connection(self.using).needs_rollback
        # On failure Django rolls the transaction back before raising; what waited is dropped.
        atomic.__exit__(None, None, None)
        if doomed:
            raise DatabaseError("The ingest's transaction was rolled back after a failed write; run the ingest again.")
        self.commits += 1
        for callback in callbacks:
            callback()

    def rollback(self) -> None:
        """Roll the open transaction back and drop what waited for it."""
        atomic = self._atomic
        if atomic is None:
            return
        self._atomic = None
        self._documents = 0
        self._callbacks = []
        transaction.set_rollback(True, using=self.using)
        atomic.__exit__(None, None, None)
