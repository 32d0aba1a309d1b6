"""Where words stand in a text: their positions, the lines a match spans, the day written right after a position."""

from __future__ import annotations

from datetime import date

from townhall.reading.analysis.dates import find_dates


def _all_positions(haystack: str, needle: str):
    found = haystack.find(needle)
    while found != -1:
        yield found
        found = haystack.find(needle, found + 1)


# A day written after a meeting's words, its weekday first or not: "on 4 December 2025", "of Monday, 13th April 2026".
_DAY_FOLLOWS = r"(?:the\s+)?(?=(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?\w*\s*\d)"


def _day_ahead(text: str, position: int, language: str, *, reach: int, lead: int) -> date | None:
    """Return the single day written within ``lead`` characters after ``position``, if one is."""
    dates = find_dates(text[position:position + reach], language)
    if dates and dates[0].span[0] <= lead and dates[0].end is None and dates[0].precision == "day":
        return dates[0].start
    return None


def _lines_of(text: str, start: int, end: int) -> str:
    """Return the whole lines of ``text`` from the one holding ``start`` to the one holding ``end``."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first:last if last != -1 else len(text)]
