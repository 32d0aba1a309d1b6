"""Remove stored files whose documents never reached the database (an ingest killed mid-transaction).

An ingest stores a document's bytes before the transaction that records them commits. Killed
in between (``kill -9``, a power cut), it would leave files on disk that no record names. So
each ingest keeps a journal, ``<STORAGE_DIR>/.uncommitted/<pid>-<thread>``, of the hashes it is about to
store, emptied at each commit and held under an exclusive lock while the ingest lives. The next
ingest takes every journal whose lock is free (its writer is gone), and deletes each file it
lists that no File record names — a file that any record names is never deleted.
"""

from __future__ import annotations

import fcntl
import os
import threading
from pathlib import Path


def _journal_folder() -> Path | None:
    from django.conf import settings

    from townhall.core.storage import get_storage

    storage = get_storage()
    if not hasattr(storage, "delete"):
        return None
    root = getattr(storage, "root", None) or settings.STORAGE_DIR
    return Path(root) / ".uncommitted"


class UncommittedFiles:
    """The journal of one ingest: the hashes stored since its last commit."""

    def __init__(self) -> None:
        self._file = None
        self._written = False
        folder = _journal_folder()
        if folder is None:
            return
        folder.mkdir(parents=True, exist_ok=True)
        # One journal per thread: a job worker runs several ingests at once in one process.
        path = folder / f"{os.getpid()}-{threading.get_ident()}"
        handle = open(path, "a+b")
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        handle.truncate(0)
        self._file = handle
        self.path = path

    def storing(self, hashes) -> None:
        """Note hashes about to be stored, before they are (flushed: a kill may follow)."""
        if self._file is None:
            return
        lines = "".join(f"{sha256}\n" for sha256 in hashes if sha256)
        if lines:
            self._file.write(lines.encode("ascii"))
            self._file.flush()
            self._written = True

    def committed(self) -> None:
        """Forget what was noted: the transaction that records those files has committed."""
        if self._file is not None and self._written:
            self._file.seek(0)
            self._file.truncate(0)
            self._written = False

    def close(self) -> None:
        """Remove the journal; what it still lists was rolled back, so sweep it first."""
        if self._file is None:
            return
        self._file.seek(0)
        leftover = _hashes(self._file.read())
        if leftover:
            _delete_unreferenced(leftover)
        self._file.close()
        self._file = None
        self.path.unlink(missing_ok=True)


def sweep_abandoned() -> int:
    """Delete the unreferenced files listed by journals of ingests that are gone; return how many."""
    folder = _journal_folder()
    if folder is None or not folder.is_dir():
        return 0
    abandoned: list[tuple[Path, object]] = []
    live: set[str] = set()
    for path in sorted(folder.iterdir()):
        if path.name.split("-")[0] == str(os.getpid()):
            continue  # this process's own ingests, alive
        try:
            handle = open(path, "r+b")
        except OSError:
            continue
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            # Its ingest is still running: what it is storing now must not go.
            live |= _hashes(handle.read())
            handle.close()
            continue
        abandoned.append((path, handle))
    deleted = 0
    for path, handle in abandoned:
        with handle:
            deleted += _delete_unreferenced(_hashes(handle.read()) - live)
            path.unlink(missing_ok=True)
    return deleted


def _hashes(content: bytes) -> set[str]:
    return {line.strip() for line in content.decode("ascii", "replace").splitlines() if len(line.strip()) == 64}


def _delete_unreferenced(hashes: set[str]) -> int:
    from townhall.core.models import File
    from townhall.core.storage import get_storage

    storage = get_storage()
    referenced = set(File.all_objects.filter(sha256__in=hashes).values_list("sha256", flat=True))
    referenced |= set(File.all_objects.filter(storage_name__in=hashes).values_list("storage_name", flat=True))
    deleted = 0
    for sha256 in sorted(hashes - referenced):
        if storage.delete(sha256):
            deleted += 1
    return deleted
