"""The date patterns written in words, compiled for one language (or for all three)."""

from __future__ import annotations

import re

from townhall.reading.analysis.dates.months import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, _alternation


_L = r"[^\W\d_]"  # a letter


_RANGE_SEP = r"\s*(?:-|–|—|bis(?:\s+(?:zum|einschließlich))?|til(?:\s+og\s+med)?|to|until|till)\s*"
_DAY_SUFFIX = r"(?:\.|st|nd|rd|th)?"


class _Grammar:
    """The compiled date patterns for one language (or for all three)."""

    def __init__(self, languages: tuple[str, ...]):
        self.months: dict[str, int] = {}
        self.abbreviations: dict[str, int] = {}
        weekdays: list[str] = []
        for lang in languages:
            self.months.update(MONTHS[lang])
            self.abbreviations.update(MONTH_ABBREVIATIONS[lang])
            weekdays.extend(WEEKDAYS[lang])
        full = _alternation(self.months)
        abbr = _alternation(self.abbreviations)
        month = rf"(?:(?:{full})(?!{_L})|(?:{abbr})(?!{_L})\.?)"
        month_named = rf"(?:(?:{full})(?!{_L})|(?:{abbr})\.)"
        weekday = rf"(?:(?:{_alternation(weekdays)})(?:,|\s+den|\s+d\.|\s+the)?\s+)?"
        lead = rf"{weekday}(?:(?:den|d\.|the)\s+)?"
        year = r"(?:,?\s*(?P<y>(?:19|20)\d\d)(?!\d))?"
        flags = re.IGNORECASE
        self.patterns: list[tuple[str, re.Pattern]] = [
            # 30. Mai bis 1. Juni 2022 / 30 December 2021 - 2 January 2022
            ("range_months", re.compile(
                rf"(?<![\w.]){lead}(?P<d1>[0-3]?\d){_DAY_SUFFIX}\s*(?:of\s+)?(?P<m1>{month})"
                rf"(?:\s*(?P<y1>(?:19|20)\d\d))?{_RANGE_SEP}(?P<d2>[0-3]?\d){_DAY_SUFFIX}\s*(?:of\s+)?"
                rf"(?P<m2>{month}){year}", flags)),
            # 6.-8. Februar 2013 / 6 to 8 February 2013
            ("range_days", re.compile(
                rf"(?<![\w.]){lead}(?P<d1>[0-3]?\d){_DAY_SUFFIX}{_RANGE_SEP}(?P<d2>[0-3]?\d){_DAY_SUFFIX}"
                rf"\s*(?:of\s+)?(?P<m2>{month}){year}", flags)),
            # den 14. og 15. marts 2013 / 14 and 15 March: two days running are one event's days
            ("pair_days", re.compile(
                rf"(?<![\w.]){lead}(?P<d1>[0-3]?\d){_DAY_SUFFIX}\s+(?P<pair>og|und|and)\s+(?P<d2>[0-3]?\d){_DAY_SUFFIX}"
                rf"\s*(?:of\s+)?(?P<m2>{month}){year}", flags)),
            # 19. august 2010 / 22nd of May / den 12. februar 2010 / the 29th day of April 2026 (a notice's formal date)
            ("day_month", re.compile(
                rf"(?<![\w.]){lead}(?P<d2>[0-3]?\d){_DAY_SUFFIX}\s*(?:(?:day\s+)?of\s+)?(?P<m2>{month}){year}", flags)),
            # February 22, 2010 / March 6-8, 2013
            ("month_day", re.compile(
                rf"(?<![\w.]){weekday}(?P<m2>{month})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
                rf"(?:\s*[-–]\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?(?![\d.]\d)(?!\s*{_L}{{3}})"
                rf"(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?", flags)),
            # Mai 2012 / december 2010 / Okt. 2021
            ("month_year", re.compile(
                rf"(?<![\w.])(?P<m2>{month_named})\s*(?P<y>(?:19|20)\d\d)(?!\d)", flags)),
        ]
        if "en" not in languages:
            self.patterns = [p for p in self.patterns if p[0] != "month_day"]

        self.month_words = frozenset(self.months) | frozenset(self.abbreviations)

    def month_number(self, word: str) -> int | None:
        word = word.lower().rstrip(".")
        return self.months.get(word) or self.abbreviations.get(word)


_GRAMMARS: dict[tuple[str, ...], _Grammar] = {}


def _grammar(language: str | None) -> _Grammar:
    # Danish and German papers quote English event titles and dates; English month names stay readable
    key = tuple(dict.fromkeys((language, "en"))) if language in MONTHS else tuple(MONTHS)
    if key not in _GRAMMARS:
        _GRAMMARS[key] = _Grammar(key)
    return _GRAMMARS[key]


for _language in (None, *MONTHS):
    _grammar(_language)  # compile every grammar at import, not during the first paper
