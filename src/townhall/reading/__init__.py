"""Reading council documents: bytes in, a card out, with no database and no Django.

The one entry point is :func:`read`::

    from townhall import reading

    result = reading.read(data, filename="vorlage.pdf")
    result.card          # the card (townhall.reading.card.Card)
    result.document      # pages -> blocks -> lines and tables (townhall.reading.layout)
    result.text          # the flat text

The stages inside are extractors (one per format, :mod:`townhall.reading.extractors`), the
layout they yield (:mod:`townhall.reading.layout`), the analysis
(:mod:`townhall.reading.analysis`) and the card (:mod:`townhall.reading.card`). Storing and
linking what was read is :mod:`townhall.ingest`'s job.

Names are imported on first use, so that ``townhall.reading.card`` can be imported without
loading the PDF, Word and language libraries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from townhall.reading.card import Card
    from townhall.reading.extractors.errors import REASONS, ExtractionError
    from townhall.reading.layout import Document
    from townhall.reading.ocr import OcrEngine
    from townhall.reading.reader import AnalysisError, Hints, Part, Reading, read

__all__ = [
    "REASONS",
    "AnalysisError",
    "Card",
    "Document",
    "ExtractionError",
    "Hints",
    "OcrEngine",
    "Part",
    "Reading",
    "read",
]

_HOMES = {
    "AnalysisError": "townhall.reading.reader",
    "Hints": "townhall.reading.reader",
    "Part": "townhall.reading.reader",
    "Reading": "townhall.reading.reader",
    "read": "townhall.reading.reader",
    "Card": "townhall.reading.card",
    "Document": "townhall.reading.layout",
    "ExtractionError": "townhall.reading.extractors.errors",
    "REASONS": "townhall.reading.extractors.errors",
    "OcrEngine": "townhall.reading.ocr",
}


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'townhall.reading' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
