"""A date's day wrapped to the start of a line, which only looks like a numbered list item.

A typist's margin or a printed column may break a sentence between the word that asks for a date and the date:
"… og Byrådet den" / "25. november 2026.", "… bis zum" / "3. März 2026 …". The day and its month's name go on the
sentence; a list item "25. Forslag til …" does not open there.
"""

from __future__ import annotations

import re

_ASKS_FOR_DATE = re.compile(r"\b(?:den|d\.|am|vom|zum|bis|til|fra|indtil|senest|spätestens|on|from|until|by)$", re.IGNORECASE)
_DAY_AND_MONTH = re.compile(
    r"^\s*\d{1,2}\.\s+(?:januar|februar|marts|märz|april|maj|mai|juni|juli|august|september|oktober|november|december"
    r"|dezember|jänner)\b",
    re.IGNORECASE,
)


def day_wrapped_after(previous: str, line: str) -> bool:
    """Tell whether *line* opens with a date's day and month that the sentence of *previous* goes on to."""
    return bool(_ASKS_FOR_DATE.search(previous.rstrip()) and _DAY_AND_MONTH.match(line))
