"""The lines next to a line of the head that hold anything."""

from __future__ import annotations


def _previous_non_empty(lines: list[str], index: int) -> str:
    return next((line for line in reversed(lines[:index]) if line), "")


def _next_non_empty(lines: list[str], index: int) -> str | None:
    for line in lines[index + 1 : index + 3]:
        if line.strip():
            return line.strip()
    return None
