"""Whether a text writes its slash dates month first ("2/18/2026") or day first, for a whole document."""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from townhall.reading.analysis.dates.months import MONTHS


# The order of the document being read: a row or a cell read alone ("2/10/2026 City Council") keeps it.
_MONTH_FIRST: ContextVar[bool] = ContextVar("month_first", default=False)


@contextmanager
def slash_order_of(text: str):
    """Read every date inside the block in the slash order that *text* (the whole document) writes."""
    token = _MONTH_FIRST.set("/" in text and _writes_month_first(text))
    try:
        yield
    finally:
        _MONTH_FIRST.reset(token)


_SLASH_DATE = re.compile(r"(?<![\w./-])([0-3]?\d)/([0-3]?\d)/(?:19|20)\d\d(?![\d/-])")


_ENGLISH_MONTH = "|".join(MONTHS["en"])
# "April 6, 2026" and "6 April 2026": the order in which an English text writes its dates in words.
_MONTH_DAY_YEAR = re.compile(rf"\b(?:{_ENGLISH_MONTH})\s+[0-3]?\d(?:st|nd|rd|th)?,\s*(?:19|20)\d\d\b", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_ENGLISH_MONTH})\s*,?\s+(?:19|20)\d\d\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _writes_month_first(text: str) -> bool:
    """Tell whether the text writes its slash dates month first ("2/18/2026" beside "2/10/2026").

    A text keeps one order: where some slash date can only be month-first and none only day-first,
    every slash date of it is read month-first. Where its slash dates could be either ("04/06/2026"),
    the order of its dates in words decides: a text that writes "April 6, 2026" and never "6 April 2026"
    writes its slash dates month first too.
    """
    month_first = day_first = False
    for m in _SLASH_DATE.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        month_first = month_first or (second > 12 and 1 <= first <= 12)
        day_first = day_first or (first > 12 and 1 <= second <= 12)
    if not month_first and not day_first:
        return bool(_MONTH_DAY_YEAR.search(text)) and not _DAY_MONTH_YEAR.search(text)
    return month_first and not day_first
