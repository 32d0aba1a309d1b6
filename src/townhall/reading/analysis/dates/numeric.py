"""Dates written in figures: "18.09.2012", "06.02.-08.02.2013", "3/5-2022", "2024-11-20", never a paragraph's number."""

from __future__ import annotations

import re

from townhall.reading.analysis.dates.grammar import _RANGE_SEP
from townhall.reading.analysis.dates.months import ANY_WEEKDAY


# the weekday and "den" before a numeric date belong to the mention
_NUMERIC_LEAD = re.compile(
    rf"(?:(?:{ANY_WEEKDAY}),?\s+)?(?:(?:den|d\.)\s+)?\Z", re.IGNORECASE
)
# 18.09.2012 / 18.9.12 / 31-10-2012 / 31/10/2012, never part of 1.2.3.4 or a longer number
_NUMERIC = re.compile(
    r"(?<![\w.,/-])(?P<d>[0-3]?\d)(?P<sep>[./-])\s?(?P<m>[0-3]?\d)(?P=sep)\s?"
    r"(?P<y>(?:19|20)\d\d|\d\d)(?![\d/-]|\.\d|,\d)",
    re.IGNORECASE,
)
# 06.02.-08.02.2013 / 6.-8.2.2013 / 30.05. bis 01.06.2022
_NUMERIC_RANGE = re.compile(
    r"(?<![\w.,/-])(?P<d1>[0-3]?\d)\.(?:(?P<m1>[01]?\d)\.)?" + _RANGE_SEP
    + r"(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.]\d)",
    re.IGNORECASE,
)
# Danish everyday form: 3/5-2022, 3/5 2022
_DAY_SLASH_MONTH = re.compile(r"(?<![\w.,/-])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)[- ](?P<y>(?:19|20)\d\d)(?![\d/-])")
_ISO = re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")
_PARAGRAPH_MARK = re.compile(
    r"(?:§|Abs\.?|Nr\.?|Ziff\.?|Kap\.?|Pkt\.?|punkt|afsnit|section|Version|tabel|tabelle|table|figur|figure|"
    r"fig\.|abb\.|abbildung)\s*$",
    re.IGNORECASE,
)
_HEADING_NUMBER = re.compile(r"(?:^|\n)[ \t]*$")


def _numeric_is_plausible(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start() - 12):m.start()]
    if _PARAGRAPH_MARK.search(before):
        return False
    if m.group("sep") != "." and len(m.group("y")) == 2:
        return False  # 12-10-12 or 1/2/12 are more often numbers than dates
    if len(m.group("y")) == 2 and _HEADING_NUMBER.search(before) and re.match(r"\s+[^\W\d]", text[m.end():]):
        return False  # "2.1.12 Finanzen": a heading number, not a date
    return True
