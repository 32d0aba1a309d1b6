"""The one exception extractors raise for input they cannot read."""

from __future__ import annotations

REASONS = (
    "empty",
    "too_large",
    "unsupported_type",
    "corrupt",
    "encrypted",
    "binary_garbage",
    "pdf_bomb",
    "ocr_unavailable",
    "image_bomb",
    "too_costly",
)


class ExtractionError(Exception):
    """Report why a file could not be turned into text.

    ``reason`` is a stable code from :data:`REASONS` for programs; the message is one sentence
    meant for the person who supplied the file.
    """

    def __init__(self, reason: str, message: str) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown extraction failure reason {reason!r}")
        super().__init__(message)
        self.reason = reason
        self.message = message

    def __repr__(self) -> str:
        return f"ExtractionError({self.reason!r}, {self.message!r})"
