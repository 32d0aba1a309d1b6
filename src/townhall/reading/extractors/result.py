"""The value an extractor hands on: the document's structure and text, and what was learnt on the way."""

from __future__ import annotations

from dataclasses import dataclass

from townhall.reading.layout import Document


@dataclass(frozen=True)
class Attachment:
    """A file carried inside another one (an e-mail attachment), to be ingested on its own."""

    filename: str
    mime_type: str
    data: bytes


@dataclass(frozen=True)
class ExtractedText:
    """What was read from one file: its text, its structure, and facts the analysis may want.

    ``document`` is the layout (pages, blocks, lines, tables); an extractor that has none to
    give leaves it None and the reader builds one from the text.
    """

    text: str
    mime_type: str
    pages: int | None = None
    language_hint: str | None = None
    notes: tuple[str, ...] = ()
    parts: tuple[Attachment, ...] = ()
    extractor: str = ""
    version: str = ""
    document: Document | None = None
