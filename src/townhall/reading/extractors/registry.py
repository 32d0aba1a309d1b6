"""Choose the extractor for a file by its MIME type and run it.

Extractors register themselves with :func:`register`, keyed by every MIME type they read, in
the way document parsers are chosen per type in paperless-ngx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from .base import Extractor
from .errors import ExtractionError
from .mime import OCTET_STREAM, detect_mime_type
from .result import ExtractedText

if TYPE_CHECKING:
    from townhall.reading.ocr import OcrEngine

_EXTRACTORS: dict[str, type[Extractor]] = {}

E = TypeVar("E", bound=type[Extractor])


def register(extractor: E) -> E:
    """Make ``extractor`` the one used for each of its ``mime_types`` (class decorator)."""
    for mime_type in extractor.mime_types:
        _EXTRACTORS[mime_type] = extractor
    return extractor


def extractor_class_for(mime_type: str) -> type[Extractor] | None:
    """Return the extractor class registered for ``mime_type``, or None."""
    return _EXTRACTORS.get(mime_type)


def registered_mime_types() -> tuple[str, ...]:
    """Return every MIME type some extractor reads, sorted."""
    return tuple(sorted(_EXTRACTORS))


def extract(
    data: bytes,
    *,
    filename: str | None = None,
    mime: str | None = None,
    max_bytes: int | None = None,
    ocr: OcrEngine | None = None,
) -> ExtractedText:
    """Turn the bytes of one file into plain text with the extractor for its format.

    ``mime`` names the format when the caller knows it (otherwise it is detected from the
    bytes and the name); ``max_bytes`` refuses larger files before any work is done; ``ocr`` is an
    :class:`~townhall.reading.ocr.OcrEngine` for scanned pages and images (the default
    runs the ``tesseract`` command). Raise :class:`ExtractionError` for input that cannot be read.
    """
    if max_bytes is not None and len(data) > max_bytes:
        raise ExtractionError(
            "too_large",
            f"{filename or 'The file'} is {_megabytes(len(data))}, more than the limit of {_megabytes(max_bytes)}.",
        )
    if not data or not data.strip():
        raise ExtractionError("empty", f"{filename or 'The file'} is empty.")
    mime_type = mime or detect_mime_type(data, filename)
    extractor_class = extractor_class_for(mime_type)
    if extractor_class is None:
        described = "an unknown format" if mime_type == OCTET_STREAM else f"format {mime_type}"
        raise ExtractionError(
            "unsupported_type",
            f"{filename or 'The file'} is in {described}, which cannot be read; "
            "supported are text, PDF, Word (.docx and .doc), OpenDocument (.odt), RTF, HTML, e-mail (.eml) and images.",
        )
    if extractor_class.uses_ocr and ocr is not None:
        extractor = extractor_class(ocr=ocr)
    else:
        extractor = extractor_class()
    return extractor.extract(data, filename)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
