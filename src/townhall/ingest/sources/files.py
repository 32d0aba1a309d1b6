"""Documents in local files and folders, walked recursively without listing everything first."""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .base import Source, SourceDocument, SourceError


@dataclass(frozen=True)
class LocalFile(SourceDocument):
    """A document stored as a file on this machine."""

    path: str = ""

    def read(self, *, max_bytes: int | None = None) -> bytes:
        """Return the file's bytes, refusing files over *max_bytes* before reading them."""
        try:
            # Non-blocking, so that a named pipe with no writer cannot hang the ingest at open().
            with open(os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
                status = os.fstat(handle.fileno())
                if not stat.S_ISREG(status.st_mode):
                    raise SourceError("unreadable", f"{self.location} is not a regular file (a device, pipe or socket).")
                size = status.st_size
                if max_bytes is not None and size > max_bytes:
                    raise SourceError(
                        "too_large",
                        f"{self.location} is {size / 1_000_000:.1f} MB, more than the limit of "
                        f"{max_bytes / 1_000_000:.1f} MB (TOWNHALL_MAX_FILE_MB).",
                    )
                # Read one byte past the limit so that a file growing while we read is caught too.
                data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
        except FileNotFoundError:
            raise SourceError("not_found", f"{self.location} no longer exists.") from None
        except IsADirectoryError:
            raise SourceError("unreadable", f"{self.location} is a folder, not a file.") from None
        except SourceError:
            raise
        except PermissionError:
            raise SourceError("unreadable", f"{self.location} cannot be read: permission denied.") from None
        except OSError as exc:
            raise SourceError("unreadable", f"{self.location} cannot be read: {exc.strerror or exc}.") from None
        if max_bytes is not None and len(data) > max_bytes:
            raise SourceError("too_large", f"{self.location} is larger than the limit of {max_bytes / 1_000_000:.1f} MB (TOWNHALL_MAX_FILE_MB).")
        return data


def local_file(path: str | os.PathLike) -> LocalFile:
    """Return the document for one local file; its URI is the file's absolute ``file://`` URL."""
    absolute = Path(os.path.abspath(path))
    return LocalFile(uri=absolute.as_uri(), name=absolute.name, location=str(absolute), path=str(absolute))


class FileSource(Source):
    """Files and folders on this machine; folders are walked recursively.

    Hidden files and folders (names starting with ".") and office lock files ("~$...") are
    skipped, and so are files whose name matches one of the *exclude* patterns ("*.json").
    Symbolic links to files are followed, links to folders are not, so a link
    loop cannot make the walk endless. Broken links, devices and pipes are yielded, so that
    reading them records why they are no document. A path that does not exist is still yielded, so that
    reading it fails with a clear "no longer exists" error instead of vanishing silently.
    """

    def __init__(self, paths: Iterable[str | os.PathLike], *, exclude: Iterable[str] = ()) -> None:
        self.paths = [os.fspath(path) for path in paths]
        self.exclude = tuple(exclude)

    def documents(self) -> Iterator[LocalFile]:
        """Yield every file under the given paths, streaming each folder with os.scandir."""
        for path in self.paths:
            if os.path.isdir(path):
                yield from _walk(path, self.exclude)
            else:
                yield local_file(path)

    def count(self) -> int:
        """Count the files the walk will yield (a second walk; nothing is kept in memory)."""
        return sum(1 for _ in self.documents())


def _walk(root: str, exclude: tuple[str, ...]) -> Iterator[LocalFile]:
    # An explicit stack of open folders keeps memory proportional to the depth of the tree,
    # not to the number of files in it.
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = os.scandir(folder)
        except FileNotFoundError:
            continue
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM):
                yield local_file(folder)
            continue
        with entries:
            for entry in entries:
                if _skipped(entry.name) or any(fnmatch.fnmatch(entry.name, pattern) for pattern in exclude):
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                    elif entry.is_file(follow_symlinks=True):
                        yield local_file(entry.path)
                    elif not os.path.isdir(entry.path):
                        # A broken link, a link loop, a device or a pipe: reading it reports why it is no document.
                        yield local_file(entry.path)
                except OSError:
                    continue


def _skipped(name: str) -> bool:
    return name.startswith((".", "~$"))
