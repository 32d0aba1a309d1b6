"""The shape every extractor has: the MIME types it reads and one ``extract`` method."""

from __future__ import annotations

from typing import ClassVar

from .result import ExtractedText


class Extractor:
    """Turn the bytes of one file format into plain text.

    Subclasses set ``name``, ``version`` (stored with each document as provenance) and
    ``mime_types``, and override :meth:`extract`. They raise
    :class:`~townhall.reading.extractors.errors.ExtractionError` for input they cannot read and
    put softer warnings into ``ExtractedText.notes``.
    """

    name: ClassVar[str] = "extractor"
    version: ClassVar[str] = "0"
    mime_types: ClassVar[tuple[str, ...]] = ()
    # True for extractors whose constructor takes an ``ocr`` engine (PDF, images).
    uses_ocr: ClassVar[bool] = False

    def extract(self, data: bytes, filename: str | None = None) -> ExtractedText:
        """Return the text of ``data``; raise ExtractionError when it cannot be read."""
        raise NotImplementedError

    def result(self, text: str, mime_type: str, **fields) -> ExtractedText:
        """Build an ExtractedText stamped with this extractor's name and version."""
        return ExtractedText(text=text, mime_type=mime_type, extractor=self.name, version=self.version, **fields)
