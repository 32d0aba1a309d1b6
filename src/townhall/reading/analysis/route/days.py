"""The day a route's cell or line gives."""

from __future__ import annotations

import re
from datetime import date

from townhall.reading.analysis.dates import find_dates


_DIGIT = re.compile(r"\d")


def _one_date(text: str) -> date | None:
    text = text.strip()
    # Every written date has a digit: most cells of a table are words, and need no date search.
    if not text or len(text) > 40 or not _DIGIT.search(text):
        return None
    mentions = find_dates(text)
    return mentions[0].start if len(mentions) == 1 and mentions[0].end is None else None


def _first_date(text: str) -> date | None:
    mentions = find_dates(text)
    return mentions[0].start if mentions else None
