"""A date as written (DateMention), and how a pattern's match becomes one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from townhall.reading.analysis.dates.grammar import _Grammar


@dataclass(frozen=True)
class DateMention:
    """A date (or a range of days) as written at ``span`` in a text."""

    start: date
    end: date | None
    span: tuple[int, int]
    text: str
    precision: str  # "day" | "month"


def _make_date(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


def _mention(form: str, m: re.Match, grammar: _Grammar, years: "_Years", month_first: bool = False) -> DateMention | None:
    groups = m.groupdict()
    span = (m.start(), m.end())
    if form == "numeric" and month_first and groups.get("sep") == "/":
        day = _make_date(_full_year(groups["y"]), int(groups["d"]), int(groups["m"]))
        return DateMention(day, None, span, m.group(), "day") if day else None
    if form in ("numeric", "iso"):
        day = _make_date(_full_year(groups["y"]), int(groups["m"]), int(groups["d"]))
        if day is None and groups.get("sep") == "/" and int(groups["m"]) > 12:
            # "5/14/2024": North American council systems write the month first; read it so
            # only where no day-first reading exists.
            day = _make_date(_full_year(groups["y"]), int(groups["d"]), int(groups["m"]))
        return DateMention(day, None, span, m.group(), "day") if day else None
    if form == "numeric_range":
        year = int(groups["y"])
        month2 = int(groups["m2"])
        month1 = int(groups["m1"]) if groups["m1"] else month2
        first = _make_date(year, month1, int(groups["d1"]))
        last = _make_date(year, month2, int(groups["d2"]))
        if not first or not last or first > last:
            return None
        return DateMention(first, last, span, m.group(), "day")

    month2 = grammar.month_number(groups["m2"])
    if month2 is None or not _month_word_is_plausible(groups["m2"]):
        return None
    year = int(groups["y"]) if groups.get("y") else years.near(m.start(), month2)
    if year is None:
        return None
    if "d1" not in groups and "d2" not in groups:  # month and year only
        first = _make_date(year, month2, 1)
        return DateMention(first, None, span, m.group(), "month") if first else None
    if groups.get("d2") is None:  # month_day without a range
        day = _make_date(year, month2, int(groups["d1"]))
        return DateMention(day, None, span, m.group(), "day") if day else None
    last = _make_date(year, month2, int(groups["d2"]))
    if last is None:
        return None
    if groups.get("d1") is None:
        return DateMention(last, None, span, m.group(), "day")
    if groups.get("pair") and int(groups["d2"]) - int(groups["d1"]) != 1:
        return None  # "3. og 10. marts": two dates; each is read on its own
    month1 = grammar.month_number(groups["m1"]) if groups.get("m1") else month2
    year1 = int(groups["y1"]) if groups.get("y1") else (year if month1 <= month2 else year - 1)
    first = _make_date(year1, month1, int(groups["d1"]))
    if first is None or first > last:
        return None
    return DateMention(first, last, span, m.group(), "day")


def _month_word_is_plausible(word: str) -> bool:
    # English "may" is a verb far more often than a month unless capitalised.
    return word.lower() != "may" or word[0] == "M"
