"""A head's place and date ("Köln, den 11.09.2012"), also where a text layer joined it to a number field."""

from __future__ import annotations

import re
from datetime import date

from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.forms import label_key


# "Köln, den 11.09.2012", "Frankfurt am Main, 3. Mai 2021": capitalised place words, small joining words only
_PLACE_DATE = re.compile(
    r"(?:^|\n|\t)[ \t]*(?:\*\*)?[A-ZÆØÅÄÖÜ][^\W\d_]+\.?"  # "St. Leonhard am Walde, …": a saint's town abbreviated
    r"(?:(?:[ -](?:am|an der|im|ved|upon|on|sur|bei))?[ -][A-ZÆØÅÄÖÜ][^\W\d_]+\.?){0,3}"
    r"(?:,|[ \t]+/)[ \t]*(?:(?:den|d\.|am|the)[ \t]+)?$"
)


# A number field, then a place and the date that closes the line: "Aktenzeichen: 632.21-014/2026 Lindau, 12.05.2026".
_NUMBER_THEN_PLACE = re.compile(
    r"^[ \t]*(?P<label>[^:\t\n]{2,40}):[ \t]*\S*\d\S*[ \t]+[A-ZÆØÅÄÖÜ][^\W\d_]+(?:[ -][A-ZÆØÅÄÖÜ][^\W\d_]+){0,2}"
    r",[ \t]*(?:(?:den|d\.|am)[ \t]+)?$"
)


def _place_date_beside_number(text: str, position: int) -> bool:
    """Tell whether the date at *position* is a head's place-and-date that a text layer joined to a number field.

    A head prints the file number on the left and the place and date on the right; a text layer that joins
    the two columns with one space gives "Aktenzeichen: 632.21-014/2026 Lindau, 12.05.2026".
    """
    line_start = text.rfind("\n", 0, position) + 1
    joined = _NUMBER_THEN_PLACE.match(text[line_start:position])
    return joined is not None and label_key(joined.group("label")) in ("case", "paper", "document")


def place_and_date(cell: str) -> date | None:
    """Return the day of a cell that holds a place-and-date line and nothing else ("Steinbach, am 23. März 2026")."""
    mentions = find_dates(cell)
    if len(mentions) != 1 or mentions[0].end is not None or cell[mentions[0].span[1]:].strip(" \t.*"):
        return None
    return mentions[0].start if _PLACE_DATE.match(cell[: mentions[0].span[0]]) else None
