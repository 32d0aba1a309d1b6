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

from townhall.ingest.outcomes import DUPLICATE, FAILED, NEW, NEW_VERSION
from townhall.ingest.readings import EXTRACTOR_VERSION, DocumentReading, PartReading, document_reading
from townhall.ingest.sources import SourceDocument, SourceError
from townhall.reading import AnalysisError

__all__ = [
    "DUPLICATE", "EXTRACTOR_VERSION", "FAILED", "NEW", "NEW_VERSION", "AnalysisError", "DocumentReading", "Failure",
    "IngestSummary", "PartReading", "ReadTask", "WorkerPool", "ingest", "read_document", "read_task",
]

#: Stage names stored with each IngestError.
STAGES = ("read", "extract", "analyse", "link")
#: Failure reasons the pipeline adds to those of sources and extractors.
PIPELINE_REASONS = ("crashed", "extractor_failed", "analysis_failed", "no_body", "link_failed")


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


def read_task(task: ReadTask) -> DocumentReading | Failure:
    """Read one document in a worker: return its reading, or the Failure that stopped it."""
    from townhall.reading import ExtractionError

    try:
        return _read(task.data, task.name, max_bytes=task.max_bytes, tesseract_command=task.tesseract_command)
    except ExtractionError as exc:
        return Failure("extract", exc.reason, str(exc))
    except AnalysisError as exc:
        return Failure("analyse", "analysis_failed", str(exc))
    except MemoryError:
        return Failure("extract", "too_large", f"{task.name} needs more memory to read than is available.")
    except Exception as exc:  # noqa: BLE001 - a defect in one extractor must not stop the run
        return Failure("extract", "extractor_failed", f"{task.name} could not be read ({type(exc).__name__}: {exc}).")


# --- Running an ingest --------------------------------------------------------------------------

@dataclass
class IngestSummary:
    """What an ingest run did: counts per outcome and failures per reason."""

    new: int = 0
    new_versions: int = 0
    duplicates: int = 0
    failed: Counter = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    #: Set when the run was stopped (Ctrl-C, SIGTERM) before its last document.
    stopped: bool = False

    @property
    def failures(self) -> int:
        return sum(self.failed.values())

    @property
    def done(self) -> int:
        """Documents that became a paper or a new version of one."""
        return self.new + self.new_versions

    @property
    def seen(self) -> int:
        return self.done + self.duplicates + self.failures

    @property
    def seconds(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def rate(self) -> float:
        """Documents handled per second (all outcomes)."""
        return self.seen / self.seconds if self.seconds > 0 else 0.0

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
) -> IngestSummary:
    """Ingest a stream of source documents; return what happened to them.

    Each document is stored once (by content hash), read into a card, and linked in a
    savepoint of its own, so one that fails leaves nothing behind. Up to
    :data:`~townhall.ingest.batches.BATCH_DOCUMENTS` documents share a transaction, committed
    at the latest after :data:`~townhall.ingest.batches.BATCH_SECONDS` and whenever the writer
    would wait for the readers; documents are counted once committed, so an interrupted run
    can simply be run again. Reading happens in *jobs* worker processes (1: in this process).
    Failures are stored as IngestError records. Pass *summary* to watch the counts while the
    run goes on (the progress display does).
    """
    from django.conf import settings

    from townhall.ingest.batches import WriteBatch
    from townhall.ingest.linking import Linker

    max_bytes = settings.MAX_FILE_BYTES if max_bytes is None else max_bytes
    tesseract_command = tesseract_command or settings.TESSERACT_COMMAND
    summary = summary if summary is not None else IngestSummary()
    linker = Linker(body_name=body_name)
    errors = _ErrorLog()
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
            else:
                yield outcome

    try:
        with _writer_page_cache():
            for ready, result in _read_in_workers(prepared(), jobs, max_bytes, tesseract_command, on_idle=commit):
                with _stops_held_back():
                    if isinstance(result, Failure):
                        fail(ready.document, result, ready.sha256)
                        continue
                    batch.begin()
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
    return summary


#: SQLite page cache of the writing process while it ingests, in KiB. The connection's
#: usual cache (sized for searches on large archives) would fill with pages a writer that
#: appends to its tables never reads again, and grow the run's memory with the database.
WRITER_PAGE_CACHE_KIB = 32_768


@contextlib.contextmanager
def _writer_page_cache() -> Iterator[None]:
    """Hold the writing connection's SQLite page cache at ``WRITER_PAGE_CACHE_KIB`` for the run."""
    from django.db import connection

    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        before = cursor.fetchone()[0]
        cursor.execute(f"PRAGMA cache_size = -{int(WRITER_PAGE_CACHE_KIB)}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = {int(before)}")


def _refresh_search_statistics() -> None:
    """Let the search index count its common terms anew when this run grew it by a tenth or more."""
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
    ready: Iterator[_Ready], jobs: int, max_bytes, tesseract_command, *, on_idle: Callable[[], None] | None = None
) -> Iterator[tuple[_Ready, DocumentReading | Failure]]:
    def task(item: _Ready) -> ReadTask:
        return ReadTask(item.document.name, item.data, max_bytes, tesseract_command)

    if jobs <= 1:
        for item in ready:
            # Reading here may take long (a scan): nothing written may wait uncommitted meanwhile.
            if on_idle is not None:
                on_idle()
            yield item, read_task(task(item))
        return
    with WorkerPool(jobs) as pool:
        yield from pool.map_unordered(read_task, ready, task, on_idle=on_idle)


#: A worker process is replaced after this many tasks (each up to CHUNK_DOCUMENTS documents of
#: CHUNK_BYTES together), so that memory a C library (pdfium, Pillow) keeps after large files
#: cannot grow without bound; small plain-text papers do not make a worker start anew often.
TASKS_PER_WORKER = 500
#: Documents sent to a worker in one task at most: one message each way instead of one per
#: document, and fewer worker starts, for the many small papers of a typical archive.
CHUNK_DOCUMENTS = 16
#: Bytes of documents in one task at most; a larger document travels alone.
CHUNK_BYTES = 32 * 1024
#: Bytes of documents waiting for or inside workers at once, whatever their number.
MAX_BYTES_IN_FLIGHT = 256 * 1024 * 1024


class WorkerPool:
    """Read documents in worker processes, keeping a bounded number of them in flight.

    *in_flight* is the number of chunks (see :data:`CHUNK_DOCUMENTS`) sent and not yet
    answered, bounded as well by :data:`MAX_BYTES_IN_FLIGHT`. Workers are started fresh (the "spawn" method) so that they share no database
    connection with the parent. A worker that dies (a crash in a C library, the kernel's
    out-of-memory killer) takes down the pool: the documents it may have been reading are then
    read again one by one in a new pool, so that only the culprit is reported as failed.
    """

    def __init__(self, jobs: int, *, in_flight: int | None = None) -> None:
        self.jobs = max(1, jobs)
        self.in_flight = in_flight or self.jobs * 4
        self._pool = None

    def __enter__(self) -> "WorkerPool":
        self._pool = self._start()
        return self

    def __exit__(self, exc_type, *exc_info) -> None:
        if self._pool is None:
            return
        if exc_type is None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        else:
            # Stopped (Ctrl-C, SIGTERM) or failed: end the workers now rather than after their current document.
            self.terminate()
        self._pool = None

    def terminate(self) -> None:
        """End the worker processes at once and wait until they are gone (no orphans)."""
        if self._pool is None:
            return
        # The executor offers no public way to stop busy workers (before Python 3.14).
        processes = list((getattr(self._pool, "_processes", None) or {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=10)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)

    def _start(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(
            self.jobs, mp_context=multiprocessing.get_context("spawn"), max_tasks_per_child=TASKS_PER_WORKER,
            initializer=_ignore_interrupts,
        )

    def _restart(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start()

    def map_unordered(self, function, items: Iterator, to_task, *, on_idle: Callable[[], None] | None = None) -> Iterator[tuple]:
        """Yield ``(item, function(to_task(item)))`` in the order results arrive.

        Items go to the workers in chunks (see CHUNK_DOCUMENTS and CHUNK_BYTES). *on_idle* is
        called whenever no result is ready and the caller would have to wait.
        """
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        pending: dict = {}
        pending_bytes = 0
        chunks = _chunks(iter(items))
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.in_flight and (not pending or pending_bytes < MAX_BYTES_IN_FLIGHT):
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                work = [(item, to_task(item)) for item in chunk]
                pending[self._pool.submit(_run_chunk, function, [task for _, task in work])] = work
                pending_bytes += sum(len(item.data) for item in chunk)
            if not pending:
                return
            done, _ = wait(pending, timeout=0, return_when=FIRST_COMPLETED)
            if not done:
                if on_idle is not None:
                    on_idle()
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = []
            for future in done:
                work = pending.pop(future)
                pending_bytes -= sum(len(item.data) for item, _ in work)
                try:
                    results = future.result()
                except BrokenProcessPool:
                    broken += work
                    continue
                for (item, _), result in zip(work, results):
                    yield item, result
            if broken:
                # Every document in flight is a suspect; read each alone to find the one that kills workers.
                suspects = broken + [pair for work in pending.values() for pair in work]
                pending.clear()
                pending_bytes = 0
                self._restart()
                for item, task in suspects:
                    if on_idle is not None:
                        on_idle()
                    yield item, self._run_alone(function, task)

    def _run_alone(self, function, task):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._pool.submit(function, task).result()
        except BrokenProcessPool:
            self._restart()
            return Failure("extract", "crashed", f"{task.name} made the reading process crash; it may be damaged or built to attack readers.")


def _chunks(items: Iterator) -> Iterator[list]:
    """Group items (with a ``data`` attribute) into chunks of at most CHUNK_DOCUMENTS and CHUNK_BYTES."""
    chunk: list = []
    size = 0
    for item in items:
        if chunk and (len(chunk) >= CHUNK_DOCUMENTS or size + len(item.data) > CHUNK_BYTES):
            yield chunk
            chunk, size = [], 0
        chunk.append(item)
        size += len(item.data)
    if chunk:
        yield chunk


def _run_chunk(function, tasks: list) -> list:
    """Run *function* over the tasks of one chunk in a worker, in order."""
    return [function(task) for task in tasks]


def _ignore_interrupts() -> None:
    """Leave Ctrl-C to the ingest process: it stops the workers itself and reports what was done."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


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

    def resolve(self, document) -> None:
        from townhall.ingest.models import IngestError

        path = document.location[:2000]
        if path in self._open_paths:
            IngestError.objects.filter(path=path, resolved=False).update(resolved=True)
            self._open_paths.discard(path)
