"""What every source of documents offers: a stream of documents, each able to read its bytes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

#: Stable codes for documents a source could not hand over.
SOURCE_REASONS = ("not_found", "unreadable", "too_large")


class SourceError(Exception):
    """Report why a document's bytes could not be read; ``reason`` is one of SOURCE_REASONS."""

    def __init__(self, reason: str, message: str) -> None:
        if reason not in SOURCE_REASONS:
            raise ValueError(f"unknown source failure reason {reason!r}")
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class SourceDocument:
    """One document a source offers, before its bytes are read.

    ``uri`` is its provenance, stored with the paper and used to recognise a later version of
    the same document; ``name`` is the file name people see; ``location`` is what error
    messages and the error list show (a path for local files).
    """

    uri: str
    name: str
    location: str

    def read(self, *, max_bytes: int | None = None) -> bytes:
        """Return the document's bytes; raise SourceError when they cannot be had."""
        raise NotImplementedError


class Source:
    """A place documents come from (folders, an upload, a remote system).

    Subclasses override :meth:`documents`, which must stream: a source with a million
    documents never holds them all in memory.
    """

    def documents(self) -> Iterator[SourceDocument]:
        """Yield every document of the source, one at a time."""
        raise NotImplementedError

    def count(self) -> int | None:
        """Return how many documents :meth:`documents` will yield, or None when unknown."""
        return None
