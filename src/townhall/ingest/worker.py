"""The reading process: read documents sent by the ingest, within a memory budget, until told to stop.

Started by :class:`townhall.ingest.supervisor.ReaderPool` as ``python -m townhall.ingest.worker
MEMORY_BYTES``. It reads frames (see :mod:`townhall.ingest.frames`) from its standard input and
answers on its standard output, then points both at ``/dev/null`` so that a library printing
something cannot garble the messages. It dies with the ingest process (``PR_SET_PDEATHSIG``, and
the end of its input), so a killed ingest leaves no reader behind.

Messages in: a chunk, ``("chunk", [(id, name, size, max_bytes, tesseract_command), ...])``
followed by one frame with the documents' bytes one after the other. Messages out: ``("ready",
pid)`` once the reading code is loaded, then ``("done", id, result)`` for each document in the
order received, where *result* is a :class:`~townhall.ingest.pipeline.DocumentReading` or a
:class:`~townhall.ingest.pipeline.Failure`.
"""

from __future__ import annotations

import functools
import os
import resource
import signal
import sys

from townhall.ingest.frames import read_frame, read_message, write_message

#: ``prctl`` option that sends a signal to this process when its parent ends.
_PR_SET_PDEATHSIG = 1


@functools.cache
def _prctl():
    """Return the C library's ``prctl``, loaded once (before any fork), or None where there is none."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


def _kill_me_with_parent() -> bool:
    """Ask the kernel to kill this process when its parent ends; say whether it could."""
    prctl = _prctl()
    # Not Linux: the end of the input stream still ends the reader between documents.
    return prctl is not None and prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when the ingest process ends, however it ends."""
    if _kill_me_with_parent() and os.getppid() != parent:
        # The ingest ended before the request took effect.
        os._exit(0)


def limit_memory(budget: int) -> None:
    """Make allocations beyond *budget* bytes of data fail (inherited by Tesseract)."""
    if budget <= 0:
        return
    # RLIMIT_DATA counts the heap and private writable mappings, not the shared libraries and
    # the address space reserved but never used, so it tracks what a document really costs.
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        budget = min(budget, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (budget, hard))


def _private_channels() -> tuple[int, int]:
    """Move the message channels off stdin/stdout and leave /dev/null there."""
    incoming, outgoing = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    return incoming, outgoing


def serve(incoming: int, outgoing: int, budget: int) -> None:
    """Answer chunks until the input ends; leave after a document that ran out of memory."""
    from townhall.ingest.pipeline import Failure, ReadTask, preload_reading, read_task

    preload_reading()
    write_message(outgoing, ("ready", os.getpid()))
    megabytes = budget // (1024 * 1024)
    while True:
        message = read_message(incoming)
        if message is None:
            return
        kind, entries = message[0], message[1]
        if kind == "file":
            # A large document: read from the ingest's file in one buffer, not copied from a pipe.
            documents = _from_file(message[2])
        elif kind == "chunk":
            data = read_frame(incoming)
            if data is None:
                return
            documents = _split(data, [entry[2] for entry in entries])
            del data
        else:
            raise ValueError(f"unknown message {kind!r}")
        exhausted = False
        for (identifier, name, _size, max_bytes, tesseract_command), document in zip(entries, documents):
            try:
                if isinstance(document, MemoryError):
                    raise document
                result = read_task(ReadTask(name, document, max_bytes, tesseract_command), memory_errors=True)
            except MemoryError:
                result = Failure("extract", "too_costly", f"{name} needs more than the {megabytes} MB of memory a document may use.")
                exhausted = True
            del document
            write_message(outgoing, ("done", identifier, result))
            if exhausted:
                # What the failed allocations left behind is unknown: a fresh process reads the rest.
                write_message(outgoing, ("leaving",))
                return
        del documents


def _from_file(path: str):
    """Yield the one document in the file at *path* (or the MemoryError that reading it met)."""
    try:
        with open(path, "rb") as source:
            document = source.read()
    except MemoryError as error:
        document = error
    yield document


def _split(data: bytearray, sizes: list[int]):
    """Yield the documents of a chunk's bytes one by one, as bytes."""
    with memoryview(data) as view:
        offset = 0
        for size in sizes:
            yield bytes(view[offset:offset + size])
            offset += size


def main(argv: list[str]) -> None:
    budget = int(argv[1]) if len(argv) > 1 else 0
    die_with_parent(int(argv[2]) if len(argv) > 2 else os.getppid())
    # Ctrl-C is for the ingest process: it stops the readers itself and reports what was done.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    incoming, outgoing = _private_channels()
    limit_memory(budget)
    from townhall.reading import ocr

    # Tesseract dies with this process too, so a reader stopped for time or killed leaves none behind.
    reader = os.getpid()
    ocr.before_tesseract_starts = lambda: die_with_parent(reader)
    try:
        serve(incoming, outgoing, budget)
    except BrokenPipeError:
        pass
    # Skip interpreter teardown: nothing here needs it, and it can take long after a big document.
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv)
