"""What the lines of a paper's head hold: a body's name, a sitting, a day, a letter's place and date."""

from __future__ import annotations

import re
from datetime import date

from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.route.days import _DIGIT, _first_date
from townhall.reading.layout import LineAddress


_MUNICIPALITY = re.compile(
    r"\b(?:City|County|Borough|District|Town|Parish) Council$|\bKommune$|^(?:Stadt|Gemeinde|Landeshauptstadt|Hansestadt|Landkreis|Kreis)\b",
    re.IGNORECASE,
)


def _names_body(text: str, *, digits: bool = False) -> bool:
    """Tell whether a line or part of one is a body's name: a body's word, short, no label, not the municipality."""
    return bool(
        BODY_WORD.search(text) and len(text.split()) <= 8 and ":" not in text and not _MUNICIPALITY.search(text)
        and (digits or not _DIGIT.search(text)) and not find_dates(text)
    )


_SITTING_LINE = re.compile(r"^\W*(?:\d{1,3}\.\s*)?(?:öffentliche\s+|ordentliche\s+)?(?:Sitzung|møde|meeting)\b", re.IGNORECASE)


def _capitalised(text: str) -> str:
    """Write a line set in capitals as words with capitals ("COUNCIL MEETING" -> "Council Meeting")."""
    return " ".join(word[:1] + word[1:].lower() for word in text.split())


def _date_near(head: list[LineAddress], address: LineAddress, *, before: bool = False) -> date | None:
    """Return the first date on the lines under *address* (and, with *before*, on the two lines above)."""
    index = head.index(address)
    nearby = head[index + 1 : index + 6]
    if before:
        nearby = [*reversed(head[max(0, index - 2) : index]), *nearby]
    for line in nearby:
        if _PLACE_AND_DATE.match(line.text.strip()):
            continue  # "Talheim, 02.04.2024": the day the letter was written, not the meeting's
        when = _first_date(line.text)
        if when is not None:
            return when
    return None


def _title_case(text: str) -> str:
    return text.title() if text.isupper() else text


_PLACE_AND_DATE = re.compile(r"^[A-ZÄÖÜÆØÅ][\w.-]+(?: [A-ZÄÖÜÆØÅ][\w.-]+)?,\s*(?:den |d\. )?\d{1,2}\.")
