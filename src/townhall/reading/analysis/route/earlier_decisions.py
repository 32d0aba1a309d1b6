"""A section listing earlier decisions on the matter, each on a report of its own: its rows are no part of the route."""

from __future__ import annotations

import re

from townhall.reading.analysis.dates import find_dates
from townhall.reading.layout import Document


# A section that lists earlier decisions on the matter, each on a report of its own, not this paper's route:
# "Previous Council Direction", "Prior Council Action", "Previous Decisions", "Bisherige Beschlüsse".
_EARLIER_DECISIONS = re.compile(
    r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:previous|prior|earlier|past)\s+(?:(?:council|committee|cabinet|board)\s+)?"
    r"(?:directions?|decisions?|resolutions?|actions?)|(?:bisherige|frühere|vorangegangene)\s+Beschlüsse)\W*$",
    re.IGNORECASE,
)


def _earlier_decision_lines(document: Document) -> set[tuple[int, int]]:
    """Return (page, line) of the rows under a heading of earlier decisions, up to the first line without a date."""
    skipped: set[tuple[int, int]] = set()
    addresses = document.addresses
    for position, address in enumerate(addresses):
        if len(address.text) > 60 or not _EARLIER_DECISIONS.match(address.text.strip()):
            continue
        dated = False
        for below in addresses[position + 1 : position + 40]:
            has_date = bool(find_dates(below.text))
            if dated and not has_date:
                break
            dated = dated or has_date
            skipped.add((below.page, below.line))
    return skipped
