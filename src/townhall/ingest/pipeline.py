"""The ingest pipeline: bytes -> text -> card -> linked records, one stage per step.

Reading a document (:func:`read_document`, over :func:`townhall.reading.read`) is pure and
runs in worker processes; storing and linking (:mod:`townhall.ingest.linking`) touches the
database and runs in the parent, because SQLite has one writer: each document in a savepoint
of its own, several documents per transaction (:mod:`townhall.ingest.batches`).
:func:`ingest` drives both over a stream of source documents with a bounded number in flight,
so memory stays flat however many documents a folder holds.
"""

from __future__ import annotations

import contextlib
import hashlib
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from townhall.core.page_cache import sqlite_page_cache
from townhall.ingest.outcomes import DUPLICATE, FAILED, NEW, NEW_VERSION
from townhall.ingest.readings import EXTRACTOR_VERSION, DocumentReading, PartReading, document_reading
from townhall.ingest.sources import SourceDocument, SourceError
from townhall.reading import AnalysisError

__all__ = [
    "DUPLICATE", "EXTRACTOR_VERSION", "FAILED", "NEW", "NEW_VERSION", "AnalysisError", "DocumentReading", "Failure",
    "IngestSummary", "PartReading", "ReadTask", "ingest", "read_document", "read_task",
]

#: Stage names stored with each IngestError.
STAGES = ("read", "extract", "analyse", "link")
#: Failures that cost a reader its life or its whole budget: not read again unless asked.
COSTLY_REASONS = ("crashed", "timeout", "too_costly")
#: Failure reasons the pipeline adds to those of sources and extractors.
PIPELINE_REASONS = ("crashed", "timeout", "extractor_failed", "analysis_failed", "no_body", "link_failed")


# --- Reading: pure, no database ---------------------------------------------------------------


def read_document(
    data: bytes,
    filename: str | None = None,
    *,
    max_bytes: int | None = None,
    tesseract_command: str | None = None,
) -> DocumentReading:
    """Read *data* into a card with :func:`townhall.reading.read`, without touching the database.

    *max_bytes* defaults to ``settings.MAX_FILE_BYTES`` when Django is configured and
    *tesseract_command* to ``settings.TESSERACT_COMMAND``. Raise
    :class:`~townhall.reading.ExtractionError` for bytes that cannot be read and
    :class:`~townhall.reading.AnalysisError` when the analysis fails. E-mail attachments are
    read as parts; a part that cannot be read keeps its bytes and a ``problem`` instead of
    failing the message.
    """
    if max_bytes is None or tesseract_command is None:
        configured_max, configured_tesseract = _configured_limits()
        max_bytes = configured_max if max_bytes is None else max_bytes
        tesseract_command = configured_tesseract if tesseract_command is None else tesseract_command
    return _read(data, filename, max_bytes=max_bytes, tesseract_command=tesseract_command)


def _read(data: bytes, filename: str | None, *, max_bytes: int | None, tesseract_command: str) -> DocumentReading:
    from townhall.reading import read

    reading = read(data, filename=filename, max_bytes=max_bytes, ocr=_ocr_engine(tesseract_command))
    return document_reading(reading, index_terms=_index_terms(reading.text, reading.language))


def _index_terms(text: str, language: str):
    try:
        from townhall.search.indexing import body_terms
    except ImportError:
        return None
    return body_terms(text, language)


def _configured_limits() -> tuple[int | None, str]:
    from django.conf import settings

    if not settings.configured:
        return None, "tesseract"
    return settings.MAX_FILE_BYTES, settings.TESSERACT_COMMAND


_OCR_ENGINES: dict[str, object] = {}


def _ocr_engine(command: str):
    # One engine per process: it remembers which Tesseract language packs are installed.
    engine = _OCR_ENGINES.get(command)
    if engine is None:
        from townhall.reading.ocr import OcrEngine

        engine = _OCR_ENGINES[command] = OcrEngine(command)
    return engine


# --- The work a worker process does for one document ----------------------------------------


@dataclass(frozen=True)
class ReadTask:
    """One document's bytes sent to a worker, with the limits it must apply."""

    name: str
    data: bytes
    max_bytes: int | None
    tesseract_command: str


@dataclass(frozen=True)
class Failure:
    """Why one document was not ingested: the stage it failed in, a reason code and a sentence."""

    stage: str
    reason: str
    message: str


def read_task(task: ReadTask, *, memory_errors: bool = False) -> DocumentReading | Failure:
    """Read one document: return its reading, or the Failure that stopped it.

    With *memory_errors* a MemoryError is raised instead of returned as a failure, for a
    reading process that must start afresh after it.
    """
    from townhall.reading import ExtractionError

    try:
        return _read(task.data, task.name, max_bytes=task.max_bytes, tesseract_command=task.tesseract_command)
    except ExtractionError as exc:
        return Failure("extract", exc.reason, str(exc))
    except AnalysisError as exc:
        return Failure("analyse", "analysis_failed", str(exc))
    except MemoryError:
        if memory_errors:
            raise
        return Failure("extract", "too_costly", f"{task.name} needs more memory to read than is available.")
    except Exception as exc:  # noqa: BLE001 - a defect in one extractor must not stop the run
        return Failure("extract", "extractor_failed", f"{task.name} could not be read ({type(exc).__name__}: {exc}).")


# --- Running an ingest --------------------------------------------------------------------------

@dataclass
class RunSummary:
    """Failures per reason and the time of a run over many documents; `seen` counts every outcome."""

    failed: Counter = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def failures(self) -> int:
        return sum(self.failed.values())

    @property
    def seen(self) -> int:
        raise NotImplementedError

    @property
    def seconds(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def rate(self) -> float:
        """Documents handled per second (all outcomes)."""
        return self.seen / self.seconds if self.seconds > 0 else 0.0


@dataclass
class IngestSummary(RunSummary):
    """What an ingest run did: counts per outcome and failures per reason."""

    new: int = 0
    new_versions: int = 0
    duplicates: int = 0
    #: Set when the run was stopped (Ctrl-C, SIGTERM) before its last document.
    stopped: bool = False
    #: Failed documents not read again because they crashed a reader or went over budget before.
    held_back: int = 0

    @property
    def done(self) -> int:
        """Documents that became a paper or a new version of one."""
        return self.new + self.new_versions

    @property
    def seen(self) -> int:
        return self.done + self.duplicates + self.failures

    def count(self, outcome: str, reason: str = "") -> None:
        if outcome == NEW:
            self.new += 1
        elif outcome == NEW_VERSION:
            self.new_versions += 1
        elif outcome == DUPLICATE:
            self.duplicates += 1
        else:
            self.failed[reason] += 1


#: Called after each document with its source document, outcome and (for failures) reason.
ProgressCallback = Callable[[SourceDocument, str, str], None]


@dataclass(frozen=True)
class _Ready:
    """A document read and hashed by the parent, waiting for (or back from) its worker."""

    document: SourceDocument
    data: bytes
    sha256: str


def ingest(
    documents: Iterable[SourceDocument],
    *,
    body_name: str | None = None,
    jobs: int = 1,
    on_document: ProgressCallback | None = None,
    max_bytes: int | None = None,
    tesseract_command: str | None = None,
    summary: IngestSummary | None = None,
    budget=None,
    retry_failed: bool = False,
) -> IngestSummary:
    """Ingest a stream of source documents; return what happened to them.

    Each document is stored once (by content hash), read into a card, and linked in a
    savepoint of its own, so one that fails leaves nothing behind. Up to
    :data:`~townhall.ingest.batches.BATCH_DOCUMENTS` documents share a transaction, committed
    at the latest after :data:`~townhall.ingest.batches.BATCH_SECONDS` and whenever the writer
    would wait for the readers; documents are counted once committed, so an interrupted run
    can simply be run again. Reading happens in *jobs* supervised reading processes, each
    document within *budget* (a :class:`~townhall.ingest.supervisor.Budget`; by default
    ``settings.READ_TIMEOUT_SECONDS`` and ``settings.READ_MEMORY_BYTES``). Failures are stored
    as IngestError records; a document that crashed its reader or went over its budget before
    is not read again unless *retry_failed*. Files stored for documents whose transaction
    never committed (a killed run) are removed at the start. Pass *summary* to watch the counts
    while the run goes on (the progress display does).
    """
    from django.conf import settings

    from townhall.ingest.batches import WriteBatch
    from townhall.ingest.linking import Linker
    from townhall.ingest.supervisor import Budget
    from townhall.ingest.uncommitted import UncommittedFiles, sweep_abandoned

    max_bytes = settings.MAX_FILE_BYTES if max_bytes is None else max_bytes
    tesseract_command = tesseract_command or settings.TESSERACT_COMMAND
    budget = budget or Budget(timeout=settings.READ_TIMEOUT_SECONDS, memory=settings.READ_MEMORY_BYTES)
    summary = summary if summary is not None else IngestSummary()
    sweep_abandoned()
    uncommitted = UncommittedFiles()
    linker = Linker(body_name=body_name)
    errors = _ErrorLog()
    costly_before = {} if retry_failed else errors.costly_failures()
    link_failures = _link_failures()
    batch = WriteBatch()

    def count(document, outcome: str, reason: str) -> None:
        summary.count(outcome, reason)
        if on_document is not None:
            on_document(document, outcome, reason)

    def report(document, outcome: str, reason: str = "") -> None:
        # Counted when the transaction holding the document commits, not before.
        batch.after_commit(lambda: count(document, outcome, reason))

    def fail(document, failure: Failure, sha256: str = "") -> None:
        errors.record(document, failure, sha256)
        report(document, FAILED, failure.reason)

    def commit() -> None:
        with _stops_held_back():
            batch.commit()

    def prepared() -> Iterator[_Ready]:
        # Runs lazily inside the worker loop: a document is read only when a worker slot is free.
        for document in documents:
            outcome = _read_and_check(document, max_bytes)
            if isinstance(outcome, Failure):
                with _stops_held_back():
                    fail(document, outcome)
            elif outcome is None:
                with _stops_held_back():
                    errors.resolve(document)
                    report(document, DUPLICATE)
            elif outcome.sha256 in costly_before:
                # It took a reader down or over its budget before: reading it again would only do it again.
                with _stops_held_back():
                    summary.held_back += 1
                    fail(document, costly_before[outcome.sha256], outcome.sha256)
            else:
                yield outcome

    try:
        with sqlite_page_cache(WRITER_PAGE_CACHE_KIB):
            for ready, result in _read_in_workers(prepared(), jobs, max_bytes, tesseract_command, budget=budget, on_idle=commit):
                with _stops_held_back():
                    if isinstance(result, Failure):
                        fail(ready.document, result, ready.sha256)
                        continue
                    batch.begin()
                    uncommitted.storing([ready.sha256, *(hashlib.sha256(part.data).hexdigest() for part in result.parts)])
                    batch.after_commit(uncommitted.committed)
                    try:
                        outcome = linker.link(document=ready.document, data=ready.data, reading=result, sha256=ready.sha256)
                    except link_failures as exc:
                        fail(ready.document, _link_failure(exc), ready.sha256)
                    else:
                        errors.resolve(ready.document)
                        report(ready.document, outcome)
                    batch.document_done()
            commit()
        _refresh_search_statistics()
    except KeyboardInterrupt:
        # Stops are delivered between documents: what the open transaction holds is whole, so
        # it is committed and counted, and the summary agrees with the database.
        commit()
        summary.stopped = True
        raise
    except BaseException:
        # Each document that failed was rolled back to its savepoint; keep those stored before.
        try:
            commit()
        except Exception:  # noqa: BLE001 - the first error is the one to report
            pass
        raise
    finally:
        summary.finished = time.monotonic()
        uncommitted.close()
    return summary


#: SQLite page cache of the writing process while it ingests, in KiB. The connection's
#: usual cache (sized for searches on large archives) would fill with pages a writer that
#: appends to its tables never reads again, and grow the run's memory with the database.
WRITER_PAGE_CACHE_KIB = 32_768


def _refresh_search_statistics() -> None:
    """Let the search index count its terms anew when this run left them behind (``vocabulary.outgrown``)."""
    from townhall.search.statistics import refresh_if_stale

    refresh_if_stale()


@contextlib.contextmanager
def _stops_held_back():
    """Hold Ctrl-C and SIGTERM back while documents are stored and counted, then deliver them.

    A stop that lands between a commit and the counting of what it stored would make the
    summary disagree with the database, and one inside a document's writes would leave the
    transaction in an unknown state; held back, it takes effect right after, with the count true.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    stops = (signal.SIGINT, signal.SIGTERM)
    previous = {signum: signal.signal(signum, lambda signum, frame: held.append(signum)) for signum in stops}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(held):
            signal.raise_signal(signum)


def _read_and_check(document, max_bytes: int | None) -> _Ready | Failure | None:
    """Read and hash one document in the parent; None when its bytes are already stored."""
    from townhall.ingest.linking import file_is_stored

    try:
        data = document.read(max_bytes=max_bytes)
    except SourceError as exc:
        return Failure("read", exc.reason, exc.message)
    sha256 = hashlib.sha256(data).hexdigest()
    if file_is_stored(sha256):
        return None
    return _Ready(document, data, sha256)


def _read_in_workers(
    ready: Iterator[_Ready], jobs: int, max_bytes, tesseract_command, *, budget=None, on_idle: Callable[[], None] | None = None
) -> Iterator[tuple[_Ready, DocumentReading | Failure]]:
    """Read every document in supervised reading processes (see :mod:`townhall.ingest.supervisor`)."""
    from townhall.ingest.supervisor import ReaderPool

    def task(item: _Ready) -> ReadTask:
        return ReadTask(item.document.name, item.data, max_bytes, tesseract_command)

    with ReaderPool(jobs, budget, failure=_budget_failure) as pool:
        yield from pool.map_unordered(ready, task, on_idle=on_idle)


def _budget_failure(task: ReadTask, reason: str, message: str) -> Failure:
    """Return the failure of a document whose reader died or was stopped over it."""
    return Failure("extract", reason, message)


def preload_reading() -> None:
    """Load the extractors, the analysis and the language models now, before the first document."""
    from townhall.reading.analysis.language import detect_language

    import townhall.reading.extractors  # noqa: F401 - registers every extractor
    import townhall.reading.reader  # noqa: F401

    detect_language("Der Rat der Stadt beschließt die Vorlage. Byrådet godkender sagen. The council agrees.")
    _index_terms("Der Rat der Stadt beschließt die Vorlage.", "de")


def _link_failures() -> tuple[type[Exception], ...]:
    from django.core.exceptions import ValidationError
    from django.db import DataError, IntegrityError

    from townhall.ingest.linking import LinkError

    return (LinkError, ValidationError, DataError, IntegrityError)


def _link_failure(exc: Exception) -> Failure:
    from django.core.exceptions import ValidationError

    from townhall.ingest.linking import LinkError

    if isinstance(exc, LinkError):
        return Failure("link", exc.reason, exc.message)
    if isinstance(exc, ValidationError):
        detail = "; ".join(exc.messages)
    else:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return Failure("link", "link_failed", f"The records for this document could not be saved: {detail}.")


class _ErrorLog:
    """Store failures as IngestError records and mark them resolved when a path later succeeds."""

    def __init__(self) -> None:
        from townhall.ingest.models import IngestError

        self._open_paths = set(IngestError.objects.filter(resolved=False).values_list("path", flat=True).distinct())

    def record(self, document, failure: Failure, sha256: str = "") -> None:
        from django.db import transaction
        from django.utils import timezone

        from townhall.ingest.models import IngestError

        path = document.location[:2000]
        with transaction.atomic():
            # A document failing again for the same reason updates its record instead of piling up copies.
            updated = IngestError.objects.filter(path=path, sha256=sha256, reason=failure.reason, resolved=False).update(
                created=timezone.now(), message=failure.message, stage=failure.stage
            )
            if not updated:
                IngestError.objects.create(path=path, sha256=sha256, stage=failure.stage, reason=failure.reason, message=failure.message)
        self._open_paths.add(path)

    def costly_failures(self) -> dict[str, Failure]:
        """Return, by SHA-256, the unresolved failures of documents that crashed or exhausted a reader."""
        from townhall.ingest.models import IngestError

        rows = IngestError.objects.filter(resolved=False, reason__in=COSTLY_REASONS).exclude(sha256="")
        return {sha256: Failure(stage, reason, message) for sha256, stage, reason, message in rows.values_list("sha256", "stage", "reason", "message")}

    def resolve(self, document) -> None:
        from townhall.ingest.models import IngestError

        path = document.location[:2000]
        if path in self._open_paths:
            IngestError.objects.filter(path=path, resolved=False).update(resolved=True)
            self._open_paths.discard(path)
