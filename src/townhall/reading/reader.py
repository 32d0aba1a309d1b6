"""Read one document's bytes into a card: extract its structure, then analyse it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from townhall.reading.card import UNDETERMINED, Card
from townhall.reading.layout import Block, Document, Page, Table
from townhall.reading.text_layout import text_document


@dataclass(frozen=True)
class Hints:
    """What the caller already knows about a document, so the reader need not guess it.

    ``language`` ("da", "de", "en") skips language detection.
    """

    language: str | None = None


@dataclass(frozen=True)
class Part:
    """A file carried inside a document (an e-mail attachment) and what could be read from it.

    ``reading`` is None when the part could not be read; ``problem`` then says why.
    """

    filename: str
    mime_type: str
    data: bytes
    reading: Reading | None = None
    problem: str = ""


@dataclass(frozen=True)
class Reading:
    """Everything read from one document: its card, text, structure and format.

    ``extractor`` names the extractor and its version ("pdf/1"), stored as provenance;
    ``parts`` are the files carried inside it (e-mail attachments), flattened.
    """

    card: Card
    text: str
    document: Document
    mime_type: str
    notes: tuple[str, ...] = ()
    pages: int | None = None
    parts: tuple[Part, ...] = ()
    extractor: str = ""

    @property
    def language(self) -> str:
        return self.card.language or UNDETERMINED


class AnalysisError(Exception):
    """The analysis failed on a document that was extracted (a defect, reported per document)."""


#: Attachments nested deeper than this are kept but not read.
MAX_PART_DEPTH = 3


def read(
    data: bytes,
    *,
    filename: str | None = None,
    mime: str | None = None,
    hints: Hints | None = None,
    max_bytes: int | None = None,
    ocr=None,
) -> Reading:
    """Read the bytes of one council document into a :class:`Reading` with its card.

    *filename* helps tell the format and names the file in messages; *mime* names the format
    when it is known; *max_bytes* refuses larger input before any work; *ocr* is the
    :class:`~townhall.reading.ocr.OcrEngine` for scanned pages (default: ``tesseract`` on PATH).
    Raise :class:`~townhall.reading.extractors.errors.ExtractionError` (with ``.reason``) for
    bytes that cannot be read and :class:`AnalysisError` when the analysis fails. E-mail
    attachments are read as parts; one that cannot be read keeps its bytes and a ``problem``.
    """
    return _read(data, filename=filename, mime=mime, hints=hints or Hints(), max_bytes=max_bytes, ocr=ocr, depth=0)


#: Characters of a document the analysis reads (the whole text is kept and searchable); a card
#: is read from a paper's first pages, and no paper needs more than this to state its fields.
MAX_ANALYSED_CHARS = 1_000_000
#: Characters of one line the analysis reads: no real line is longer, and matching the field
#: patterns costs more than linear time on a line of megabytes.
MAX_ANALYSED_LINE = 5_000


def analysed_part(document: Document, *, max_chars: int = MAX_ANALYSED_CHARS, max_line: int = MAX_ANALYSED_LINE) -> Document:
    """Return the part of *document* the analysis reads: its first *max_chars* characters, lines cut at *max_line*."""
    if len(document.text) <= max_chars and all(
        len(line.text) <= max_line for page in document.pages for item in page.items if isinstance(item, Block) for line in item.lines
    ):
        return document
    pages: list[Page] = []
    left = max_chars
    for page in document.pages:
        items: list[Block | Table] = []
        for item in page.items:
            if left <= 0:
                break
            if isinstance(item, Block):
                lines = []
                for line in item.lines:
                    if left <= 0:
                        break
                    lines.append(line if len(line.text) <= max_line else replace(line, text=line.text[:max_line]))
                    left -= len(lines[-1].text) + 1
                items.append(replace(item, lines=tuple(lines)))
            else:
                items.append(item)
                left -= len(item.text)
        pages.append(replace(page, items=tuple(items)))
        if left <= 0:
            break
    return replace(document, pages=tuple(pages))


def _read(data, *, filename, mime, hints: Hints, max_bytes, ocr, depth: int) -> Reading:
    from townhall.reading.analysis import analyse
    from townhall.reading.extractors import ExtractionError, extract

    extracted = extract(data, filename=filename, mime=mime, max_bytes=max_bytes, ocr=ocr)
    document = extracted.document or text_document(extracted.text)
    try:
        card = analyse(analysed_part(document), language=hints.language)
    except MemoryError:
        raise  # out of the reader's memory budget: the document costs too much, it is not defective
    except Exception as exc:  # noqa: BLE001 - any analysis defect must fail this document only
        raise AnalysisError(f"{filename or 'The document'} could not be analysed ({type(exc).__name__}: {exc}).") from exc
    parts: list[Part] = []
    for part in extracted.parts:
        if depth >= MAX_PART_DEPTH:
            parts.append(Part(part.filename, part.mime_type, part.data, problem="attachments nested too deeply are stored but not read"))
            continue
        try:
            inner = _read(part.data, filename=part.filename, mime=None, hints=Hints(), max_bytes=max_bytes, ocr=ocr, depth=depth + 1)
        except (ExtractionError, AnalysisError) as exc:
            parts.append(Part(part.filename, part.mime_type, part.data, problem=str(exc)))
            continue
        # Attachments of attachments are flattened: all belong to the outer message.
        parts.append(Part(part.filename, inner.mime_type, part.data, reading=replace(inner, parts=())))
        parts.extend(inner.parts)
    return Reading(
        card=card,
        text=extracted.text,
        document=document,
        mime_type=extracted.mime_type,
        notes=tuple(extracted.notes),
        pages=extracted.pages,
        parts=tuple(parts),
        extractor=f"{extracted.extractor}/{extracted.version}" if extracted.extractor else "",
    )
