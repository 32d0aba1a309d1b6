"""The ingest pipeline: bytes -> text -> card -> linked records, one stage per step."""

from __future__ import annotations

from townhall import __version__
from townhall.ingest.card import Card

#: Stored with every paper so that cards from older extractors can be found and re-read.
EXTRACTOR_VERSION = f"townhall-{__version__}"


def card_for_text(text: str, *, language: str | None = None) -> Card:
    """Return the card of a document's plain text."""
    from townhall.ingest.analysis import analyse

    return analyse(text, language=language)
