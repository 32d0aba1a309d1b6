"""The days of an ordinance's later readings a sentence names: "Second reading … scheduled for …"."""

from __future__ import annotations

import re
from datetime import date

from townhall.reading.analysis.consultations.spans import _day_ahead, _lines_of


# An ordinance's later reading, which the body that gives the first reading holds: "Second reading and adoption are
# scheduled for July 28, 2026", "the final reading will take place on 3 March 2027".
# A by-law's own closing formula names the day its last reading passed it: "READ a first, second and third time and
# finally passed this 23rd day of June, 2026".
_LATER_READING = re.compile(
    r"\b(?:second|third|final)\s+reading\b(?:[^.\n]|\n(?![ \t]*\n)){0,60}?\b(?:scheduled\s+for|(?:take\s+place|be\s+held)\s+on)\s+"
    r"|\bthird\s+time(?:[^.\n]|\n(?![ \t]*\n)){0,20}?\bpassed\s+this\s+",
    re.IGNORECASE,
)


def later_readings(text: str) -> list[tuple[date, str]]:
    """Return the days of an ordinance's later readings a sentence names, each with its line."""
    found = []
    for reading in _LATER_READING.finditer(text):
        day = _day_ahead(text, reading.end(), "en", reach=40, lead=12)
        if day:
            found.append((day, _lines_of(text, reading.start(), reading.end())))
    return found
