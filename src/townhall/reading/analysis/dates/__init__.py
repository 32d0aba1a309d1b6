"""Find the dates written in council papers and tell what each one is for.

The grammar covers the ways Danish, German and English councils write dates: numeric forms
("31-10-2012", "18.09.2012", "18.9.12", "2012-10-31"), day and month name ("19. august 2010",
"22nd of May", "February 22, 2010"), ranges ("6.-8. februar 2013", "30. Mai bis 1. Juni 2022"),
months alone ("december 2010") and dates torn into tab-separated fragments by PDF conversion.
Other analysis modules build on :func:`find_dates` instead of keeping their own date patterns.

The names of months and weekdays are in :mod:`.months`, the patterns in words in :mod:`.grammar`,
dates in figures in :mod:`.numeric`, a missing year in :mod:`.years`, the slash order in
:mod:`.slash_order`; what a date is for in :mod:`.roles`, the paper's own date in :mod:`.document_date`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from townhall.reading.analysis.dates.fragments import _fragment_dates
from townhall.reading.analysis.dates.grammar import _grammar
from townhall.reading.analysis.dates.mention import DateMention, _mention
from townhall.reading.analysis.dates.months import MONTHS, WEEKDAYS
from townhall.reading.analysis.dates.numeric import (
    _DAY_SLASH_MONTH,
    _ISO,
    _NUMERIC,
    _NUMERIC_LEAD,
    _NUMERIC_RANGE,
    _numeric_is_plausible,
)
from townhall.reading.analysis.dates.ranges import _join_ranges
from townhall.reading.analysis.dates.slash_order import _MONTH_FIRST, _writes_month_first
from townhall.reading.analysis.dates.years import _Years


_WINDOW_BEFORE = 60
_WINDOW_AFTER = 40


# Cheap scans find the few stretches of text where a date can stand; the full patterns run
# only there. Every numeric date has two digits around a separator, and every month name and
# abbreviation in the tables starts with one of the prefixes of _MONTH_HINT.
_WORD_START = re.compile(r"(?<!\w)\w")
_LEAD_WORDS = ("den", "d.", "the", *(w for ws in WEEKDAYS.values() for w in ws))
_NUMBER_HINT = re.compile(r"\d[./-]\s?\d")  # "3/5 2022" is caught by its "3/5"
_MONTH_HINT = re.compile(r"\b(?:j(?:an|än|un|ul)|feb|m(?:a[rijye]|är|rz)|apr|aug|sep|o[ck]t|nov|de[cz])\w*")


def find_dates(text: str, language: str | None = None) -> list[DateMention]:
    """Return every date written in ``text``, in text order, ranges as one mention.

    Slash dates are read month first where ``text``, or the document it is part of
    (:func:`slash_order_of`), writes them so.
    """
    month_first = _MONTH_FIRST.get() or ("/" in text and _writes_month_first(text))
    return list(_find_dates(text, language if language in MONTHS else None, month_first))


@lru_cache(maxsize=64)
def _find_dates(text: str, language: str | None, month_first: bool = False) -> tuple[DateMention, ...]:
    # Several field extractors ask for the dates of the same text; the cache reads it once.
    grammar = _grammar(language)
    found: list[tuple[int, int, int, tuple[str, re.Match]]] = []  # (start, -length, order, match)
    tried: set[int] = set()
    lowered = text.lower()
    for hit in _MONTH_HINT.finditer(lowered):
        if hit.group() not in grammar.month_words:
            continue  # "decision", "market": a month prefix, not a month
        # a written-out date starts at a number, a weekday, "den"/"the" or the month name itself
        end = min(len(text), hit.end() + _WINDOW_AFTER)
        for token in _WORD_START.finditer(text, max(0, hit.start() - _WINDOW_BEFORE), hit.start() + 1):
            position = token.start()
            if position in tried:
                continue
            if not (text[position].isdigit() or position == hit.start() or lowered.startswith(_LEAD_WORDS, position)):
                continue
            tried.add(position)
            for _, pattern in grammar.patterns:
                m = pattern.match(text, position, end)
                if m:
                    found.append((m.start(), -(m.end() - m.start()), len(found), ("named", m)))
    for window_start, window_end in _windows(text, _NUMBER_HINT, text):
        for m in _NUMERIC.finditer(text, window_start, window_end):
            if _numeric_is_plausible(text, m):
                found.append((m.start(), -(m.end() - m.start()), len(found), ("numeric", m)))
        for m in _NUMERIC_RANGE.finditer(text, window_start, window_end):
            found.append((m.start(), -(m.end() - m.start()), len(found), ("numeric_range", m)))
        for m in _ISO.finditer(text, window_start, window_end):
            found.append((m.start(), -(m.end() - m.start()), len(found), ("iso", m)))
        for m in _DAY_SLASH_MONTH.finditer(text, window_start, window_end):
            found.append((m.start(), -(m.end() - m.start()), len(found), ("iso", m)))
    found.sort()

    years = _Years(text)
    mentions: list[DateMention] = []
    taken_until = -1
    for start, _, _, (form, m) in found:
        if start < taken_until:
            continue
        mention = _mention(form, m, grammar, years, month_first)
        if mention is not None and form == "numeric":
            lead = _NUMERIC_LEAD.search(text, max(0, start - 30), start)
            if lead and lead.start() < start:
                span = (lead.start(), mention.span[1])
                mention = DateMention(mention.start, None, span, text[span[0]:span[1]], "day")
        if mention is not None:
            mentions.append(mention)
            taken_until = m.end()
    mentions.extend(_fragment_dates(text, mentions))
    mentions.sort(key=lambda d: d.span)
    return tuple(_join_ranges(text, mentions))


def _windows(text: str, hint: re.Pattern, haystack: str) -> list[tuple[int, int]]:
    """Return the merged stretches of text around each hit of ``hint``: only there can a date stand."""
    windows: list[tuple[int, int]] = []
    for m in hint.finditer(haystack):
        start, end = max(0, m.start() - _WINDOW_BEFORE), min(len(text), m.end() + _WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows
