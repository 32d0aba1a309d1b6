"""The value an extractor hands on: plain text plus what was learnt on the way."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Attachment:
    """A file carried inside another one (an e-mail attachment), to be ingested on its own."""

    filename: str
    mime_type: str
    data: bytes


@dataclass(frozen=True)
class ExtractedText:
    """Plain text read from one file, with the facts the analysis stage may want."""

    text: str
    mime_type: str
    pages: int | None = None
    language_hint: str | None = None
    notes: tuple[str, ...] = ()
    parts: tuple[Attachment, ...] = ()
    extractor: str = ""
    version: str = ""
