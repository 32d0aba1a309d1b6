"""The error of a document whose records cannot be made."""

from __future__ import annotations


class LinkError(Exception):
    """A document whose records cannot be made; ``reason`` is a stable code for the error list."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
