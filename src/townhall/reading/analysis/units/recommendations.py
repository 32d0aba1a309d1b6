"""A Danish recommendation's heading over the body of staff that recommends ("Administrationen indstiller")."""

from __future__ import annotations

import re

from townhall.reading.analysis.units.lines import _next_non_empty
from townhall.reading.analysis.units.names import _BODY_WORD


# Words that name some office but not which one ("Forvaltningen indstiller"): no unit of their own.
_BARE_UNIT_WORDS = ("forvaltningen", "forvaltning", "afdelingen", "sekretariatet")
_RECOMMENDATION_HEADING = re.compile(r"^\s*(?:\d{1,2}\.\s*)?(?:Indstilling|Forslag til beslutning)\s*:?\s*$", re.IGNORECASE)
# The one word that opens a Danish recommendation, when it names a body of staff by its form: "Administrationen",
# "Direktionen", "Kulturafdelingen", "Sekretariatet", "Staben" (a person's post, "Direktøren", never has it).
_RECOMMENDER = re.compile(
    r"^([A-ZÆØÅ][a-zæøå-]*(?:tionen|ningen|lingen|iatet|staben|centret|enheden|kontoret))\s+(?:indstiller|anbefaler|foreslår)\b"
)


def _recommender_under_heading(lines: list[str]) -> str | None:
    """Return the staff that opens the recommendation under its heading: "Indstilling / Administrationen anbefaler, at …".

    Danish agenda items print the recommendation in a section of its own, opened by whoever makes it; its form tells
    an office from a person ("Direktøren indstiller") or a committee.
    """
    for index, line in enumerate(lines):
        if _RECOMMENDATION_HEADING.match(line):
            match = _RECOMMENDER.match(_next_non_empty(lines, index) or "")
            if match and match.group(1).lower() not in _BARE_UNIT_WORDS and not _BODY_WORD.search(match.group(1)):
                return match.group(1)
            return None
    return None
