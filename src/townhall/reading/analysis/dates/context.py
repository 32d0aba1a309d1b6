"""The words around a date: the sentence that ends at it or goes on from it, a label printed over it."""

from __future__ import annotations

import re


_SENTENCE_START = re.compile(
    r"(?:\n[ \t]*\n|[.!?](?<=[^\W\d_]{2}[.!?])[ \t]+(?=[A-ZÆØÅÄÖÜ])"
    r"|[.!?](?<=(?:19|20)\d\d[.!?])[ \t]+(?=[A-ZÆØÅÄÖÜ])"
    r"|\n[ \t]*[-•*][ \t])"
)


_LABEL_ABOVE = re.compile(r"\n[ \t]*(?P<label>[^\n:]{2,40}:)[ \t]*\n(?:[ \t]*\n)?[ \t]*\Z")


def label_above(text: str, position: int) -> str | None:
    """Return the label a web page or form prints alone over the value at ``position`` ("Bearbeitungs-Frist:")."""
    match = _LABEL_ABOVE.search(text[max(0, position - 60):position])
    return match.group("label").strip() if match else None


def sentence_before(text: str, position: int, reach: int = 160) -> str:
    """Return the part of the sentence (or table line) that ends at ``position``."""
    window = text[max(0, position - reach):position]
    starts = list(_SENTENCE_START.finditer(window))
    return window[starts[-1].end():] if starts else window


def sentence_after(text: str, position: int, reach: int = 120) -> str:
    """Return the rest of the sentence that goes on from ``position``."""
    window = text[position:position + reach]
    for end in _SENTENCE_END.finditer(window):
        if end.group().startswith("\n") and _GOES_ON.match(window, end.end()):
            continue  # a page's block broke the sentence: "… bis zum 19. Februar 2027, 12.00 Uhr, bei" / "der Gemeinde …"
        return window[:end.start()]
    return window


_SENTENCE_END = re.compile(r"(?<![\d\s])[.!?](?:\s|$)|\n[ \t]*\n")
# the next block goes on with a small letter: the same sentence
_GOES_ON = re.compile(r"[ \t]*[a-zæøåäöüß]")
