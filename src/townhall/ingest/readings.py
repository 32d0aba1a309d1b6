"""What the reading stage hands to storing and linking: one document's reading, ready to store.

Kept apart from the pipeline (which runs the reading) and from linking (which stores it), so
that both can name it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from townhall import __version__
from townhall.reading.card import Card

#: Stored with every paper so that cards from older extractors can be found and re-read.
EXTRACTOR_VERSION = f"townhall-{__version__}"


@dataclass(frozen=True)
class PartReading:
    """A file carried inside a document (an e-mail attachment) and what could be read from it."""

    filename: str
    mime_type: str
    data: bytes
    reading: DocumentReading | None = None
    problem: str = ""


@dataclass(frozen=True)
class DocumentReading:
    """Everything read from one document's bytes: its text, language, format and card."""

    text: str
    language: str
    mime_type: str
    card: Card
    notes: tuple[str, ...] = ()
    extractor_version: str = EXTRACTOR_VERSION
    pages: int | None = None
    parts: tuple[PartReading, ...] = ()
    #: The card's JSON form, made where the reading happens (a worker) to spare the writing process.
    card_json: dict | None = None
    #: The text analysed for the search index (``townhall.search.indexing.body_terms``), made in
    #: the worker for the same reason; None when search is not installed.
    index_terms: object | None = None


def document_reading(reading, *, index_terms: object | None = None) -> DocumentReading:
    """Turn a :class:`townhall.reading.Reading` into what ingest stores (no layout: it stays in the worker)."""
    version = f"{EXTRACTOR_VERSION} {reading.extractor}" if reading.extractor else EXTRACTOR_VERSION
    parts = tuple(
        PartReading(
            part.filename, part.mime_type, part.data,
            reading=document_reading(part.reading) if part.reading is not None else None, problem=part.problem,
        )
        for part in reading.parts
    )
    return DocumentReading(
        text=reading.text,
        language=reading.language,
        mime_type=reading.mime_type,
        card=reading.card,
        notes=reading.notes,
        extractor_version=version,
        pages=reading.pages,
        parts=parts,
        card_json=reading.card.to_dict(),
        index_terms=index_terms,
    )
