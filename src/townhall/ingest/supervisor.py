"""Read documents in supervised child processes, each document within a time and a memory budget.

The ingest never reads a document itself: a :class:`ReaderPool` keeps *jobs* long-lived
reading processes (:mod:`townhall.ingest.worker`) busy and watches them.

* **Memory.** Each reader may hold ``memory_budget`` bytes of data (``RLIMIT_DATA``, inherited
  by the Tesseract it runs). A document that needs more fails with ``too_costly``.
* **Time.** A document still being read ``timeout`` seconds after it began is stopped: its
  reader (and the reader's Tesseract) is killed, the document fails with ``timeout``, and a
  fresh reader takes the others.
* **Crashes.** A reader that dies on a document (a crash in a C library, the kernel's
  out-of-memory killer, someone's ``kill``) is replaced; the documents it had not answered yet
  go to the other readers, and the one it was reading is read once more in a process of its
  own. Only a document that kills its reader twice is recorded as ``crashed`` (or
  ``too_costly`` when it died near its memory budget), so a reader killed from outside costs
  nothing but time.
* **No orphans.** Readers run in their own session and die with the ingest process
  (``PR_SET_PDEATHSIG``; otherwise when their input ends), and Tesseract dies with its reader.

Readers answer each document as soon as it is read, so the pool always knows which document a
reader is on, and documents travel in chunks (up to :data:`CHUNK_DOCUMENTS` documents and
:data:`CHUNK_BYTES` bytes; a larger document travels alone) to spare messages. A reader is
replaced after :data:`DOCUMENTS_PER_READER` documents, or sooner when its memory grew by a quarter
of its budget, so memory that C libraries keep after large files cannot pile up.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from townhall.ingest.frames import FrameReader, encode_message, frame_header

#: Documents sent to a reader in one chunk at most.
CHUNK_DOCUMENTS = 16
#: Bytes of documents in one chunk at most; a larger document travels alone.
CHUNK_BYTES = 32 * 1024
#: Chunks sent to one reader and not yet answered, at most: one being read, one waiting.
CHUNKS_PER_READER = 2
#: Bytes of documents sent to readers and not answered yet, at most, whatever their number.
MAX_BYTES_IN_FLIGHT = 256 * 1024 * 1024
#: Documents of this many bytes or more reach the reader through a file, not the pipe.
LARGE_DOCUMENT = 4 * 1024 * 1024
#: A reader is replaced after this many documents.
DOCUMENTS_PER_READER = 5000
#: Times a document may take its reader down before it is reported (the first may be bad luck).
DEATHS_BEFORE_FAILURE = 2
#: Readers that die before they are ready, in a row, before the run gives up.
STARTS_BEFORE_GIVING_UP = 3
#: Seconds between checks of the readers' clocks and memory while the pool waits.
TICK = 0.25
#: Bytes of a reader's error output kept to explain its death.
STDERR_TAIL = 4096


class ReaderStartError(RuntimeError):
    """The reading processes cannot start at all (a broken installation), so nothing can be read."""


@dataclass(frozen=True)
class Budget:
    """What one document may cost: seconds of reading and bytes of data memory in its reader."""

    timeout: float = 300.0
    memory: int = 512 * 1024 * 1024


@dataclass
class _Job:
    item: object
    task: object
    deaths: int = 0
    #: The unlinked temporary file a large document is handed over in.
    spool: object = None

    @property
    def size(self) -> int:
        return len(self.task.data)


@dataclass
class _Reader:
    process: subprocess.Popen
    results: FrameReader
    started: float
    outbound: deque = field(default_factory=deque)
    outstanding: deque = field(default_factory=deque)
    chunks: deque = field(default_factory=deque)
    outstanding_bytes: int = 0
    ready: bool = False
    retiring: bool = False
    head_since: float = 0.0
    peak_rss: int = 0
    #: Resident memory once the reading code was loaded, to tell growth from the start.
    baseline_rss: int = 0
    documents: int = 0
    killed_for: str = ""
    overdue: object = None
    #: Set when the reader said it leaves (after running out of memory): the rest of its work is no one's fault.
    left: bool = False
    stderr_tail: bytes = b""

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def input_fd(self) -> int:
        return self.process.stdin.fileno()


def _page_size() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):
        return 4096


_PAGE = _page_size()


def _resident_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


class ReaderPool:
    """Keep *jobs* reading processes busy with documents, within *budget*; see the module docstring.

    Use it as a context manager; leaving it ends every reader (at once when an exception,
    such as Ctrl-C, leaves it).
    """

    def __init__(self, jobs: int, budget: Budget | None = None, *, failure: Callable[[object, str, str], object]) -> None:
        self.jobs = max(1, jobs)
        self.budget = budget or Budget()
        # Makes the result for a document that did not come back: failure(task, reason, message).
        self._failure = failure
        self._readers: list[_Reader] = []
        self._selector: selectors.BaseSelector | None = None
        self._retries: deque[_Job] = deque()
        self._requeued: deque[_Job] = deque()
        self._results: deque[tuple[object, object]] = deque()
        self._failed_starts = 0
        #: Readers started in the pool's life, replacements included (for tests and benchmarks).
        self.started = 0

    # --- lifetime -------------------------------------------------------------------------

    def __enter__(self) -> "ReaderPool":
        self._selector = selectors.DefaultSelector()
        for _ in range(self.jobs):
            self._readers.append(self._start())
        return self

    def __exit__(self, exc_type, *exc_info) -> None:
        if exc_type is None:
            self.close()
        else:
            self.terminate()

    def pids(self) -> list[int]:
        """Return the process ids of the current readers."""
        return [reader.pid for reader in self._readers]

    def close(self) -> None:
        """Let every reader finish and leave (end of input), then reap them; kill those that linger."""
        for reader in self._readers:
            self._close_input(reader)
        deadline = time.monotonic() + 10
        for reader in self._readers:
            try:
                reader.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self._kill(reader)
        self._release_all()

    def terminate(self) -> None:
        """End every reader at once, with its Tesseract, and wait until they are gone."""
        for reader in self._readers:
            self._kill(reader)
        self._release_all()

    def _release_all(self) -> None:
        for reader in self._readers:
            self._release(reader)
        self._readers = []
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    def _start(self) -> _Reader:
        command = [sys.executable, "-m", "townhall.ingest.worker", str(self.budget.memory), str(os.getpid())]
        process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, close_fds=True,
        )
        self.started += 1
        for stream in (process.stdin, process.stdout, process.stderr):
            os.set_blocking(stream.fileno(), False)
        reader = _Reader(process=process, results=FrameReader(process.stdout.fileno()), started=time.monotonic())
        self._selector.register(process.stdout.fileno(), selectors.EVENT_READ, (reader, "results"))
        self._selector.register(process.stderr.fileno(), selectors.EVENT_READ, (reader, "stderr"))
        return reader

    def _kill(self, reader: _Reader) -> None:
        # The reader leads its own process group; Tesseract belongs to it.
        try:
            os.killpg(reader.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            reader.process.kill()
        except OSError:
            pass
        try:
            reader.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass

    def _close_input(self, reader: _Reader) -> None:
        stdin = reader.process.stdin
        if stdin is not None and not stdin.closed:
            self._unwatch(stdin.fileno())
            try:
                stdin.close()
            except OSError:
                pass

    def _unwatch(self, fd: int) -> None:
        if self._selector is None:
            return
        try:
            self._selector.unregister(fd)
        except (KeyError, ValueError):
            pass

    def _release(self, reader: _Reader) -> None:
        for job in reader.outstanding:
            _drop_spool(job)
        for stream in (reader.process.stdin, reader.process.stdout, reader.process.stderr):
            if stream is not None and not stream.closed:
                self._unwatch(stream.fileno())
                try:
                    stream.close()
                except OSError:
                    pass
        if reader.process.returncode is None:
            try:
                reader.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass

    # --- the work -------------------------------------------------------------------------

    def map_unordered(self, items: Iterator, to_task: Callable, *, on_idle: Callable[[], None] | None = None) -> Iterator[tuple]:
        """Yield ``(item, result)`` for every item, in the order results arrive.

        ``to_task(item)`` makes the :class:`~townhall.ingest.pipeline.ReadTask` a reader gets;
        *result* is a reading, or a failure (from the reader, or made with the pool's *failure*
        for a document that timed out, crashed or ran out of memory). *on_idle* is called
        whenever no result is ready and the pool would have to wait.
        """
        items = iter(items)
        exhausted = False
        waiting: _Job | None = None
        while True:
            # Hand out work: documents a dead reader left first, then new ones.
            exhausted, waiting = self._dispatch(items, to_task, exhausted, waiting)
            while self._results:
                yield self._results.popleft()
            if exhausted and waiting is None and not self._retries and not self._requeued and not self._busy():
                return
            self._wait(0.0)
            if not self._results:
                if on_idle is not None:
                    on_idle()
                self._wait(TICK)
            while self._results:
                yield self._results.popleft()

    def _busy(self) -> bool:
        return any(reader.outstanding for reader in self._readers)

    def _in_flight(self) -> int:
        return sum(reader.outstanding_bytes for reader in self._readers)

    def _dispatch(self, items: Iterator, to_task, exhausted: bool, waiting: _Job | None) -> tuple[bool, _Job | None]:
        if self._retries:
            # A document that took its reader down is read alone, by a reader with nothing else to do.
            idle = next((reader for reader in self._readers if not reader.outstanding and not reader.retiring), None)
            if idle is not None:
                self._send(idle, [self._retries.popleft()])
            return exhausted, waiting
        for reader in self._readers:
            while not reader.retiring and len(reader.chunks) < CHUNKS_PER_READER:
                chunk: list[_Job] = []
                size = 0
                while len(chunk) < CHUNK_DOCUMENTS:
                    if waiting is None:
                        if self._requeued:
                            waiting = self._requeued.popleft()
                        elif not exhausted:
                            if self._in_flight() + size >= MAX_BYTES_IN_FLIGHT and (self._busy() or chunk):
                                break
                            item = next(items, None)
                            if item is None:
                                exhausted = True
                                break
                            waiting = _Job(item, to_task(item))
                        else:
                            break
                    if chunk and size + waiting.size > CHUNK_BYTES:
                        break
                    chunk.append(waiting)
                    size += waiting.size
                    waiting = None
                    if size >= CHUNK_BYTES:
                        break
                if not chunk:
                    return exhausted, waiting
                self._send(reader, chunk)
        return exhausted, waiting

    def _send(self, reader: _Reader, chunk: list[_Job]) -> None:
        now = time.monotonic()
        if not reader.outstanding and reader.ready:
            reader.head_since = now
            reader.peak_rss = 0
        if len(chunk) == 1 and chunk[0].size >= LARGE_DOCUMENT:
            # Read by the reader straight from a file into one buffer: through the pipe it would
            # need a second copy, and twice a large document's size would count against its budget.
            job = chunk[0]
            job.spool = _spool(job.task.data)
            source = f"/proc/{os.getpid()}/fd/{job.spool.fileno()}"
            entries = [(id(job), job.task.name, job.size, job.task.max_bytes, job.task.tesseract_command)]
            reader.outbound.append(memoryview(encode_message(("file", entries, source))))
        else:
            entries = [(id(job), job.task.name, job.size, job.task.max_bytes, job.task.tesseract_command) for job in chunk]
            reader.outbound.append(memoryview(encode_message(("chunk", entries))))
            reader.outbound.append(memoryview(frame_header(sum(job.size for job in chunk))))
            for job in chunk:
                if job.size:
                    reader.outbound.append(memoryview(job.task.data))
        reader.outstanding.extend(chunk)
        reader.chunks.append(len(chunk))
        reader.outstanding_bytes += sum(job.size for job in chunk)
        self._flush(reader)

    def _flush(self, reader: _Reader) -> None:
        fd = reader.input_fd
        try:
            while reader.outbound:
                view = reader.outbound[0]
                written = os.write(fd, view)
                if written < len(view):
                    reader.outbound[0] = view[written:]
                    break
                reader.outbound.popleft()
        except BlockingIOError:
            pass
        except OSError:
            # The reader is gone; its death is noticed on its results stream.
            reader.outbound.clear()
        events = selectors.EVENT_WRITE if reader.outbound else 0
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            key = None
        if events and key is None:
            self._selector.register(fd, events, (reader, "input"))
        elif not events and key is not None:
            self._selector.unregister(fd)

    def _wait(self, timeout: float) -> None:
        now = time.monotonic()
        for reader in self._readers:
            if reader.outstanding and reader.ready:
                timeout = min(timeout, max(0.0, reader.head_since + self.budget.timeout - now))
        for key, _ in self._selector.select(timeout):
            reader, stream = key.data
            if reader not in self._readers:
                continue
            if stream == "input":
                self._flush(reader)
            elif stream == "stderr":
                self._read_stderr(reader)
            else:
                self._read_results(reader)
        self._watch()

    def _read_stderr(self, reader: _Reader) -> None:
        fd = reader.process.stderr.fileno()
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._unwatch(fd)
            return
        reader.stderr_tail = (reader.stderr_tail + chunk)[-STDERR_TAIL:]

    def _read_results(self, reader: _Reader) -> None:
        for message in reader.results.feed():
            kind = message[0]
            if kind == "ready":
                reader.ready = True
                reader.baseline_rss = _resident_bytes(reader.pid)
                self._failed_starts = 0
                reader.head_since = time.monotonic()
                reader.peak_rss = 0
            elif kind == "done":
                self._answered(reader, message[1], message[2])
            elif kind == "leaving" and not reader.retiring:
                # It ran out of memory on a document and will read no more: its successor starts now.
                reader.left = True
                self._retire(reader)
        if reader.results.closed:
            self._died(reader)

    def _answered(self, reader: _Reader, identifier: int, result) -> None:
        job = reader.outstanding.popleft()
        if id(job) != identifier:
            raise RuntimeError("a reading process answered out of order")
        reader.outstanding_bytes -= job.size
        reader.chunks[0] -= 1
        if reader.chunks[0] == 0:
            reader.chunks.popleft()
        reader.documents += 1
        _drop_spool(job)
        reader.head_since = time.monotonic()
        reader.peak_rss = 0
        self._results.append((job.item, result))
        if not reader.retiring:
            grown = _resident_bytes(reader.pid) - reader.baseline_rss > self.budget.memory // 4
            if reader.documents >= DOCUMENTS_PER_READER or grown:
                self._retire(reader)
        if reader.retiring and not reader.outstanding:
            self._close_input(reader)

    def _retire(self, reader: _Reader) -> None:
        """Send the reader no more work, let it finish what it has, and start its successor now."""
        reader.retiring = True
        self._readers.append(self._start())
        if not reader.outstanding:
            self._close_input(reader)

    def _watch(self) -> None:
        """Stop readers past their document's time; note their memory; notice readers that ended."""
        now = time.monotonic()
        for reader in list(self._readers):
            if reader.process.poll() is not None and reader.results.closed:
                self._died(reader)
                continue
            if not reader.outstanding or not reader.ready:
                continue
            reader.peak_rss = max(reader.peak_rss, _resident_bytes(reader.pid))
            if now - reader.head_since > self.budget.timeout and not reader.killed_for:
                reader.killed_for = "timeout"
                reader.overdue = reader.outstanding[0]
                self._kill(reader)
                # Its results stream ends now; read what it may have answered before.
                self._read_results(reader)

    def _died(self, reader: _Reader) -> None:
        if reader not in self._readers:
            return
        # Answers written just before the end are still in the pipe.
        for message in reader.results.feed():
            if message[0] == "done":
                self._answered(reader, message[1], message[2])
            elif message[0] == "leaving" and not reader.retiring:
                reader.left = True
                self._retire(reader)
        self._read_stderr(reader)
        try:
            reader.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._kill(reader)
        self._readers.remove(reader)
        self._release(reader)
        status = reader.process.returncode
        if reader.retiring and not reader.outstanding:
            return  # a retired reader leaving as asked; its successor is running
        if not reader.ready:
            self._failed_starts += 1
            if self._failed_starts >= STARTS_BEFORE_GIVING_UP:
                detail = reader.stderr_tail.decode("utf-8", "replace").strip().splitlines()
                raise ReaderStartError(
                    "The reading processes end as soon as they start"
                    + (f": {detail[-1]}" if detail else f" (exit status {status}).")
                )
        jobs = list(reader.outstanding)
        for job in jobs:
            _drop_spool(job)
        # A reader stopped for time may have answered its overdue document just before: then none is to blame.
        blamed = jobs and reader.ready and not reader.left and (not reader.killed_for or jobs[0] is reader.overdue)
        if blamed:
            head, rest = jobs[0], jobs[1:]
            self._blame(reader, head, status)
        else:
            rest = jobs
        self._requeued.extendleft(reversed(rest))
        if not reader.retiring:
            self._readers.append(self._start())

    def _blame(self, reader: _Reader, job: _Job, status: int | None) -> None:
        name = job.task.name
        if reader.killed_for == "timeout":
            seconds = self.budget.timeout
            self._results.append((job.item, self._failure(
                job.task, "timeout", f"{name} took more than {seconds:g} seconds to read and was stopped.",
            )))
            return
        job.deaths += 1
        if job.deaths < DEATHS_BEFORE_FAILURE:
            self._retries.append(job)
            return
        megabytes = self.budget.memory // (1024 * 1024)
        near_budget = reader.peak_rss >= 0.75 * self.budget.memory
        if status == -signal.SIGKILL or near_budget:
            self._results.append((job.item, self._failure(
                job.task, "too_costly", f"{name} made its reading process run out of its {megabytes} MB of memory.",
            )))
            return
        how = _how_it_ended(status)
        detail = reader.stderr_tail.decode("utf-8", "replace").strip().splitlines()
        cause = f" ({detail[-1][:200]})" if detail else ""
        self._results.append((job.item, self._failure(
            job.task, "crashed", f"{name} made the reading process crash{how}{cause}; it may be damaged or built to attack readers.",
        )))


def _spool(data: bytes):
    """Return an unlinked temporary file holding *data* (gone once closed, or with this process)."""
    spool = tempfile.TemporaryFile()
    spool.write(data)
    spool.flush()
    return spool


def _drop_spool(job: _Job) -> None:
    if job.spool is not None:
        job.spool.close()
        job.spool = None


def _how_it_ended(status: int | None) -> str:
    if status is None:
        return ""
    if status < 0:
        try:
            return f" with {signal.Signals(-status).name}"
        except ValueError:
            return f" with signal {-status}"
    return f" with exit status {status}"
