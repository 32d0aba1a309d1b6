"""Find the dates written in council papers and tell what each one is for.

The grammar covers the ways Danish, German and English councils write dates: numeric forms
("31-10-2012", "18.09.2012", "18.9.12", "2012-10-31"), day and month name ("19. august 2010",
"22nd of May", "February 22, 2010"), ranges ("6.-8. februar 2013", "30. Mai bis 1. Juni 2022"),
months alone ("december 2010") and dates torn into tab-separated fragments by PDF conversion.
Other analysis modules build on :func:`find_dates` instead of keeping their own date patterns.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from townhall.reading.analysis.forms import label_key

MONTHS: dict[str, dict[str, int]] = {
    "da": {
        "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    "de": {
        "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3, "april": 4,
        "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10,
        "november": 11, "dezember": 12,
    },
    "en": {
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    },
}

# Abbreviations are only read as months next to a day number or when written with a dot, so
# that words such as Danish "jul" (Christmas) or English "mar" are not taken for months.
MONTH_ABBREVIATIONS: dict[str, dict[str, int]] = {
    "da": {
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "okt": 10, "nov": 11, "dec": 12,
    },
    "de": {
        "jan": 1, "feb": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
    },
    "en": {
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    },
}

WEEKDAYS = {
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}


@dataclass(frozen=True)
class DateMention:
    """A date (or a range of days) as written at ``span`` in a text."""

    start: date
    end: date | None
    span: tuple[int, int]
    text: str
    precision: str  # "day" | "month"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


#: Every weekday of the three languages as a pattern's alternation, the longest first.
ANY_WEEKDAY = _alternation(w for ws in WEEKDAYS.values() for w in ws)


_L = r"[^\W\d_]"  # a letter
_WINDOW_BEFORE = 60
_WINDOW_AFTER = 40
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


# Cheap scans find the few stretches of text where a date can stand; the full patterns run
# only there. Every numeric date has two digits around a separator, and every month name and
# abbreviation in the tables starts with one of the prefixes of _MONTH_HINT.
_WORD_START = re.compile(r"(?<!\w)\w")
_LEAD_WORDS = ("den", "d.", "the", *(w for ws in WEEKDAYS.values() for w in ws))
_NUMBER_HINT = re.compile(r"\d[./-]\s?\d")  # "3/5 2022" is caught by its "3/5"
_MONTH_HINT = re.compile(r"\b(?:j(?:an|än|un|ul)|feb|m(?:a[rijye]|är|rz)|apr|aug|sep|o[ck]t|nov|de[cz])\w*")
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
_YEAR = re.compile(r"(?<![\d.-])(?:19|20)\d\d(?![\d-])")
# two full dates joined into a range: 01.03.2021 - 05.03.2021, vom 1. März bis 5. März 2021
_JOIN = re.compile(r"\s*(?:-|–|—)\s*$")
_JOIN_WORDED = re.compile(r"\s*(?:bis(?:\s+zum)?|til(?:\s+og\s+med)?|to|until)\s*$", re.IGNORECASE)
# A field's colon opens a range as "vom" does: "Auslegungsfrist: 13.10.2025 bis 14.11.2025" is one period.
_RANGE_OPENER = re.compile(r"(?:vom|von|ab|fra|from|between|(?<=\w):)\s*$", re.IGNORECASE)
_FRAGMENT_DATE = re.compile(r"(?<![\d.])([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d)")


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


def find_dates(text: str, language: str | None = None) -> list[DateMention]:
    """Return every date written in ``text``, in text order, ranges as one mention.

    Slash dates are read month first where ``text``, or the document it is part of
    (:func:`slash_order_of`), writes them so.
    """
    month_first = _MONTH_FIRST.get() or ("/" in text and _writes_month_first(text))
    return list(_find_dates(text, language if language in MONTHS else None, month_first))


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


_ANY_MONTH = {word: number for words in MONTHS.values() for word, number in words.items()}
_MONTH_BEFORE_YEAR = re.compile(r"\b(" + _alternation(_ANY_MONTH) + r")\.?,?\s+$", re.IGNORECASE)


# Years that a written date carries in figures: "2024-11-20T16:30" (a meeting system's time stamp), "12.11.2024".
_YEAR_OF_ISO_DAY = re.compile(r"(?<![\d.-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-[0-3]\d(?!\d)")
_YEAR_OF_DOTTED_DAY = re.compile(r"(?<![\d.])[0-3]?\d\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d)")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n[ \t]*\n")


class _Years:
    """The four-digit years of a text, found only when a date without a year needs one."""

    def __init__(self, text: str):
        self.text = text
        self._found: list[tuple[int, int, int | None]] | None = None

    def near(self, position: int, month: int | None = None) -> int | None:
        """Return the year a date without one (at *position*) takes from the text.

        A year written in the same sentence counts first ("puljen i 2025 … den 19. november"); else the
        year of the nearest whole date before (a paper's date or its meeting's time stamp, "2024-11-20"), not
        a bare year a paragraph away ("midler fra puljen i 2024 og 2025"); else the nearest year before,
        else the first one.

        When that year closes a written date ("10 January 2025") and *month* lies more than half a
        year from its month, the date meant is the nearer one across the turn of the year: "20
        December" in a letter of 10 January 2025 is 20 December 2024.
        """
        if self._found is None:
            found = [(m.start(), int(m.group()), self._month_before(m.start())) for m in _YEAR.finditer(self.text)]
            found += [
                (m.start(), int(m.group("y")), int(m.group("m")))
                for pattern in (_YEAR_OF_ISO_DAY, _YEAR_OF_DOTTED_DAY) for m in pattern.finditer(self.text)
                if 1 <= int(m.group("m")) <= 12
            ]
            self._found = sorted(found)
        before = [(pos, y, ref) for pos, y, ref in self._found if pos < position]
        reach = max(0, position - 160)
        sentence_start = max((m.end() for m in _SENTENCE_BREAK.finditer(self.text, reach, position)), default=reach)
        in_sentence = [entry for entry in before if entry[0] >= sentence_start]
        dated = [entry for entry in before if entry[2] is not None]
        chosen = (in_sentence or dated or before or self._found or [None])[-1 if (in_sentence or dated or before) else 0]
        if chosen is None:
            return None
        _, year, reference = chosen
        if month is not None and reference is not None:
            if month - reference > 6:
                return year - 1
            if reference - month > 6:
                return year + 1
        return year

    def _month_before(self, position: int) -> int | None:
        word = _MONTH_BEFORE_YEAR.search(self.text, max(0, position - 16), position)
        return _ANY_MONTH.get(word.group(1).lower().rstrip(".")) if word else None


def _numeric_is_plausible(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start() - 12):m.start()]
    if _PARAGRAPH_MARK.search(before):
        return False
    if m.group("sep") != "." and len(m.group("y")) == 2:
        return False  # 12-10-12 or 1/2/12 are more often numbers than dates
    if len(m.group("y")) == 2 and _HEADING_NUMBER.search(before) and re.match(r"\s+[^\W\d]", text[m.end():]):
        return False  # "2.1.12 Finanzen": a heading number, not a date
    return True


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


def _fragment_dates(text: str, known: list[DateMention]) -> list[DateMention]:
    """Find dates that PDF conversion tore into tab-separated pieces ("1\t1.\t09\t.2\t012")."""
    found = []
    position = 0
    for line in text.split("\n"):
        line_start = position
        position += len(line) + 1
        if line.count("\t") < 3:
            continue
        offsets = [i for i, ch in enumerate(line) if ch != "\t"]
        joined = "".join(line[i] for i in offsets)
        for m in _FRAGMENT_DATE.finditer(joined):
            first, last = offsets[m.start()], offsets[m.end() - 1] + 1
            if "\t" not in line[first:last]:
                continue  # written whole: the ordinary patterns already saw it
            span = (line_start + first, line_start + last)
            if any(k.span[0] < span[1] and span[0] < k.span[1] for k in known):
                continue
            day = _make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if day:
                found.append(DateMention(day, None, span, text[span[0]:span[1]], "day"))
    return found


def _join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Merge two whole dates written as a range ("01.03.2021 - 05.03.2021") into one mention."""
    result: list[DateMention] = []
    for mention in mentions:
        if result and result[-1].end is None and mention.end is None and mention.precision == "day":
            previous = result[-1]
            between = text[previous.span[1]:mention.span[0]]
            opener = _RANGE_OPENER.search(text[max(0, previous.span[0] - 8):previous.span[0]])
            joined = _JOIN.fullmatch(between) or (opener and _JOIN_WORDED.fullmatch(between))
            if joined and previous.precision == "day" and previous.start < mention.start:
                span = (previous.span[0], mention.span[1])
                result[-1] = DateMention(previous.start, mention.start, span, text[span[0]:span[1]], "day")
                continue
        result.append(mention)
    return result


# ---------------------------------------------------------------------------------------------
# What a date is for

# A label that opens the date's line, or stands alone on the line before it ("Dato:", "Datum\n")
# "Dated this 29th day of April", "Dated at Port Ashgrove, this 17th day of June": a notice's formal date line.
# "Date of response": a reply to a petition or a question is dated by its answer.
_DOCUMENT_LABEL = re.compile(
    r"[ \t]*(?:\*\*)?(?:dato|datum|date|dated(?:[ \t]+at[ \t]+[^,:\n]{1,40},?)?(?:[ \t]+this)?|erstellungsdatum|"
    r"ausfertigungsdatum|ausgabedatum|datum der erstellung|date of (?:issue|report|response|reply|answer)|report date|date published|publication date|published|"
    r"udskrevet|udarbejdet|dateret|stand|erstellt am|erstellt|date issued|issued)[ \t]*[:.]?[ \t]*(?:\*\*)?[ \t]*",
    re.IGNORECASE,
)
_MEETING_LABEL = re.compile(
    r"(?:sitzungstermin|sitzungsdatum|datum der sitzung|sitzung am|mødedato|mødedag|møde den|"
    r"meeting date|date of meeting|sitzung vom|beratung am|decision date)[ \t]*:?[ \t]*\n?[ \t]*$",
    re.IGNORECASE,
)
# "Köln, den 11.09.2012", "Frankfurt am Main, 3. Mai 2021": capitalised place words, small joining words only
_PLACE_DATE = re.compile(
    r"(?:^|\n|\t)[ \t]*(?:\*\*)?[A-ZÆØÅÄÖÜ][^\W\d_]+"
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


# "eingereicht von A und B am 28. Januar 2025", "submitted by Cllr X on 4 March 2025", "indsendt af X den …":
# the day a motion or question was handed in is its date.
_HANDED_IN_ON = re.compile(
    r"\b(?:eingereicht|eingegangen|eingebracht|gestellt|submitted|received|tabled|lodged|indsendt|indleveret|modtaget|stillet)"
    r"\b(?:(?!Sitzung|[Mm]eeting|møde)[^.\n]){0,100}(?:\n(?:(?!Sitzung|[Mm]eeting|møde)[^.\n]){0,60})?\b(?:am|on|den|d\.)[ \t]*$",
    re.IGNORECASE,
)
_HANDED_IN_WORDS = 12
_SENTENCE_START = re.compile(
    r"(?:\n[ \t]*\n|[.!?](?<=[^\W\d_]{2}[.!?])[ \t]+(?=[A-ZÆØÅÄÖÜ])"
    r"|[.!?](?<=(?:19|20)\d\d[.!?])[ \t]+(?=[A-ZÆØÅÄÖÜ])"
    r"|\n[ \t]*[-•*][ \t])"
)

# "senest kl. 12.00 den ...", "by 5pm on ...", "no later than 12:00 p.m. on ...", "bis 12 Uhr am ...",
# "closes at 11.59pm on ...", "endet um 24 Uhr am ..."
_CLOCK = r"(?:(?:at|um)[ \t]+)?(?:kl\.\s*\d{1,2}(?:[.:]\d\d)?|\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|uhr)|\d{1,2}[.:]\d\d)[ \t]+"
_STRONG_DEADLINE = re.compile(
    r"(?:spätestens|no later than|not later than|(?<!be)frist(?:en|er|ende|ablauf)?(?!\w)|fristverl(?:ängerung|\.)|deadline\w*|"
    r"anmeldeschluss|einsendeschluss|abgabeschluss|bewerbungsschluss|meldeschluss|abgabetermin|"
    r"svarfrist|høringsfrist\w*|tilmeldingsfrist\w*|ansøgningsfrist\w*|closing date|"
    # what is to be sent closes, or must come in by a day: "Submissions close at 5pm on …", "… on or before …"
    r"(?:submissions|comments|responses|representations|objections)\s+(?:close|are\s+due)|on\s+or\s+before|"
    # a round of applications or a registration that closes, the last day to act: "round two, which closes on …",
    # "The last day to register to vote … is …", "sidste dag for tilmelding er …", "letzter Tag für Anmeldungen ist …"
    r"(?:applications?|round\s+\w+|registrations?|nominations?|entries|bookings)[^.\n]{0,30}?\bcloses?\b|"
    r"(?:the\s+)?last\s+day\s+(?:to|for)|sidste\s+dag\s+(?:for|til)|letzte[rn]?\s+Tag\s+(?:für|zur|zum)|"
    # the end of a hearing is the deadline for its responses
    # "The consultation opens on 9 March and closes on …": the opening day may stand between them
    r"(?:høring\w*|consultation(?: period)?|anhörung\w*|beteiligung\w*|auslegung\w*)\s+"
    r"(?:(?:opens|starts|begins|åbner|starter|beginnt)\s+[^!?\n]{0,40}?\s(?:and|og|und)\s+)?"
    r"(?:slutter|udløber|afsluttes|løber\s+(?:frem\s+)?til|endet|läuft\s+bis|closes|ends|will\s+close|runs\s+until))"
    r"(?:[^.\n]{0,90}?(?:\s(?:er|ist|is|are|will be|wäre|endet|udløber|expires)|:))?"
    r"[ \t]*(?:\n[ \t]*)?(?:" + _CLOCK + r")?(?:(?:am|den|d\.|der|zum|the|on|til|bis(?:\s+zum)?|inden|på)[ \t]+)*$",
    re.IGNORECASE,
)
# A time limit put back: "med forlængelse til den …", "verlängert bis zum …", "extended to …"
EXTENDED_TO = re.compile(
    r"(?<!\w)(?:fristforlængelse|forlængelse|forlænget|fristverlängerung|verlängert|verlängerung|extended|extension)"
    r"(?:[ \t]+[^\W\d]+){0,2}?[ \t]+(?:til|bis(?:[ \t]+(?:zum|einschließlich))?|to|until)[ \t]+(?:(?:den|d\.|am|the)[ \t]+)?$",
    re.IGNORECASE,
)
# What such a limit is for: a hearing, a consultation, responses or a time limit as such
_RESPONSE_PERIOD = re.compile(
    r"høring|frist|indsigelse|bemærkning|anhörung|beteiligung|stellungnahme|einwendung|consultation|"
    r"representation|objection|response|deadline",
    re.IGNORECASE,
)
# A period open for responses, written as a range: "Høringsperioden løber fra den 4. marts til den 29. april",
# "Offenlage vom 09.03. bis 10.04.2026", "The consultation period runs from … to …": its last day is the deadline.
_RESPONSE_WINDOW = re.compile(
    r"(?<!\w)(?:høring\w*|offentlig\s+fremlæggelse|indsigelsesperiode\w*|offenlage|auslegung\w*|anhörung\w*|"
    r"beteiligung\w*|einwendungsfrist|consultation(?:\s+period)?|representation\s+period|objection\s+period)"
    r"(?:[ \t]+[^\W\d]+){0,3}?[ \t]+(?:fra|vom|von|from|between|i\s+perioden(?:\s+fra)?|im\s+zeitraum(?:\s+vom)?|"
    r"in\s+der\s+zeit\s+vom)[ \t]+(?:(?:den|d\.|the|dem)[ \t]+)?$",
    re.IGNORECASE,
)
_WEAK_DEADLINE = re.compile(
    r"(?<!\w)(?:senest|bis(?:\s+(?:zum|einschließlich|spätestens))?|by|before|inden|until)"
    r"[ \t]+(?:" + _CLOCK + r")?(?:(?:am|den|d\.|the|zum|on)[ \t]+)?$",
    re.IGNORECASE,
)
ACT_WORDS = re.compile(
    r"tilmeld|høringssvar|svar|ansøg|indsend|send|modtaget|bemærkning|kommentar|indstil|"
    r"anmeld|anmeldung|rückmeld|stellungnahme|einreich|einzureichen|abgeb|abzugeben|mitteil|"
    r"zusend|zuzusenden|bewerb|beantrag|melden|vorzulegen|vorlegen|eingegangen|eingehen|eingereicht|antwort|"
    # "können bis zum … dazu Stellung nehmen": the verb of a statement, as "Stellungnahme" is its noun
    r"stellung\s+(?:zu\s+)?nehmen|"
    r"register|registration|submit|submission|send|reply|replies|respond|response|comment|"
    r"apply|application|book|confirm|return|received|rsvp|feedback|objection|representation|"
    # a decision may be called in, objected to or appealed until a day: "may be called in by 5.00 pm on …"
    r"call(?:ed)?[ -]in|einwend|einspruch|widerspruch|indsigelse|appeal|"
    r"(?<!\w)(?:skal|bedes|muss|müssen|must|should|bitte|please|venligst)(?!\w)",
    re.IGNORECASE,
)
_PAST_TENSE = re.compile(
    r"(?<!\w)(?:lag|lagen|wurde|wurden|war|waren|hatte|hatten|ging|gingen|blev|var|havde|løb|modtog|"
    r"fand|fanden|was|were|had|closed|ended|(?<!be\s)(?<!being\s)(?<!are\s)(?<!is\s)received)(?!\w)",
    re.IGNORECASE,
)
_MODAL = re.compile(
    r"(?<!\w)(?:skal|bedes|kan|venligst|muss|müssen|kann|können|soll|sollen|sollte|bitte|"
    r"must|should|please|can)(?!\w)",
    re.IGNORECASE,
)


def _reports_the_past(sentence: str) -> bool:
    """Tell whether a sentence reports the past ("lagen bis zum ... vor") rather than asking for action."""
    return bool(_PAST_TENSE.search(sentence)) and not _MODAL.search(sentence)


_MEETING_CUE = re.compile(
    # a room named for sittings ("Sitzungssaal II", "mødelokale") is a place, not a meeting
    r"sitzung(?!s(?:saal|zimmer|raum))|møde(?:t|r)?\b|forelægges|forelagt|behandles|meeting|ausschuss|udvalg|vorgelegt|"
    r"beratung|considered by|committee|cabinet|council on|beslutning i",
    re.IGNORECASE,
)
_EVENT_CUE = re.compile(
    r"konferen|conference|workshop|seminar|tagung|fachtag|veranstaltung|statt(?:finden|gefunden)?\b|"
    r"findet|afholdes|afholder|afholdt|takes place|will be held|was held|kongres|congress|symposi|"
    r"festival|messe|forum|hearing|høring(?:smøde)?|borgermøde|informationsmøde|summit|topmøde",
    re.IGNORECASE,
)


def _has_document_label(text: str, position: int) -> bool:
    """Tell whether the date at ``position`` carries a document-date label on its line or the line above."""
    line_start = text.rfind("\n", 0, position) + 1
    prefix = text[line_start:position]
    if not prefix.strip(" \t*"):
        previous_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        prefix = text[previous_start:max(previous_start, line_start - 1)]
    # In a header printed in columns the label is the last cell before the date ("To: Board<tab>Date: ...");
    # a plain-text or PDF text layer sets the columns apart by a run of spaces.
    if _DOCUMENT_LABEL.fullmatch(COLUMN_GAP.split(prefix.rstrip(" \t"))[-1]):
        return True
    # Where the text joined the columns with one space ("Amt 40 – Schulverwaltung Datum: 12.01.2026"), a
    # date label with its colon right before a date that closes the line is the right column's field.
    line_end = text.find("\n", position)
    rest = text[position:line_end if line_end != -1 else len(text)]
    return bool(_RIGHT_COLUMN_LABEL.search(prefix)) and len(rest.strip()) <= 12 and not any(c.isalpha() for c in rest)


#: Columns of a header printed side by side, as a text layer keeps them: a tab or a run of spaces.
COLUMN_GAP = re.compile(r"\t|[ ]{3,}")
_RIGHT_COLUMN_LABEL = re.compile(r"\s(?:Datum|Dato|Date)[ \t]*:[ \t]*$")


_LABEL_ABOVE = re.compile(r"\n[ \t]*(?P<label>[^\n:]{2,40}:)[ \t]*\n(?:[ \t]*\n)?[ \t]*\Z")


def label_above(text: str, position: int) -> str | None:
    """Return the label a web page or form prints alone over the value at ``position`` ("Bearbeitungs-Frist:")."""
    match = _LABEL_ABOVE.search(text[max(0, position - 60):position])
    return match.group("label").strip() if match else None


def sentence_before(text: str, position: int, reach: int = 160) -> str:
    """Return the part of the sentence (or table line) that ends at ``position``."""
    window = text[max(0, position - reach):position]
    starts = list(_SENTENCE_START.finditer(window))
    return window[starts[-1].end():] if starts else window


def sentence_after(text: str, position: int, reach: int = 120) -> str:
    """Return the rest of the sentence that goes on from ``position``."""
    window = text[position:position + reach]
    end = re.search(r"(?<![\d\s])[.!?](?:\s|$)|\n[ \t]*\n", window)
    return window[:end.start()] if end else window


@lru_cache(maxsize=512)
def classify_role(text: str, mention: DateMention) -> str:
    """Return what the date at ``mention`` is for: document, meeting, deadline, event or other."""
    start, end = mention.span
    line_before = text[max(0, start - 60):start]
    if _MEETING_LABEL.search(line_before):
        return "meeting"
    if _has_document_label(text, start) or _PLACE_DATE.search(text[max(0, start - 60):start]):
        return "document"
    before = sentence_before(text, start)
    after = sentence_after(text, end)
    sentence = before + mention.text + after
    if _STRONG_DEADLINE.search(before):
        return "deadline"
    label = label_above(text, start)
    if label and _STRONG_DEADLINE.search(label):
        return "deadline"
    if mention.end is not None and _RESPONSE_WINDOW.search(before) and not _reports_the_past(sentence):
        return "deadline"  # the last day of a hearing or a plan's time laid out for comments
    if EXTENDED_TO.search(before) and _RESPONSE_PERIOD.search(sentence):
        return "deadline"  # "høring i perioden … med forlængelse til den …": the extended end is the deadline
    # (what a clause before the semicolon reports, "Der Entwurf wurde … übersandt;", says nothing of the day after it)
    clause = before.rsplit(";", 1)[-1] + mention.text + after.split(";", 1)[0]
    if _WEAK_DEADLINE.search(before) and ACT_WORDS.search(sentence) and not _reports_the_past(clause):
        return "deadline"
    near_before = before[-70:]
    if _MEETING_CUE.search(near_before) or _MEETING_CUE.search(after[:40]):
        if not _EVENT_CUE.search(near_before[-40:]):
            return "meeting"
    if _EVENT_CUE.search(sentence):
        return "event"
    return "other"


# ---------------------------------------------------------------------------------------------
# The date of the document itself

_PAPER_HEADER = re.compile(r"vorlage|drucksache|ds[.\s-]*nr|drs\.|beschlussvorlage|mitteilung|antrag", re.IGNORECASE)
_TABLE_CONTEXT = re.compile(
    r"gremium|beratungsfolge|sitzung|sitzungstermin|beratung|meeting|mødedato|mødedag|møde i|"
    r"behandling|decision",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"[*_#>|]+")
# "Report to: Executive Board" is the addressee; a bare "Date:" under it dates the report itself.
_MEETING_HEADER_LINE = re.compile(
    r"^\s*(?:meeting|committee|møde|sitzung|gremium)\s*:", re.IGNORECASE | re.MULTILINE
)
_BODY_LINE_WORDS = 20
_HEADING_WORDS = 10
_SIGNATURE_WORDS = 5


# A time row beside a date row ("DATE: Wednesday, July 8" / "TIME: 7:00 PM" / "PLACE: …") makes both the
# schedule of a hearing, an event or a meeting: that "Date:" is not the day the paper was written.
TIME_LABEL = re.compile(r"(?:time|times|zeit|uhrzeit|beginn|tid|tidspunkt|klokkeslæt)", re.IGNORECASE)
_TIME_ROW = re.compile(rf"^[ \t]*(?:\*\*)?{TIME_LABEL.pattern}[ \t]*(?:\*\*)?:", re.IGNORECASE)


def in_schedule(text: str, position: int) -> bool:
    """Tell whether the line at ``position`` has a time row ("Time: 7:00 PM") right above or below it."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    above = text[above_start:max(above_start, line_start - 1)] if line_start else ""
    below = "" if line_end == -1 else text[line_end + 1:].split("\n", 1)[0]
    return bool(_TIME_ROW.match(above) or _TIME_ROW.match(below))


def document_date(text: str, language: str | None = None) -> date | None:
    """Return the date the document was written or issued, or None when the text does not say."""
    mentions = find_dates(text, language)
    if not mentions:
        return None
    line_of = _line_lookup(text)
    for mention in mentions:
        if _has_document_label(text, mention.span[0]) and not in_schedule(text, mention.span[0]):
            if not _under_meeting_header(text, mention) and mention.end is None:
                return mention.start
    for mention in mentions:
        if mention.end is None and _GIVEN_THIS_DAY.search(text[max(0, mention.span[0] - 120):mention.span[0]]):
            # "Given under our hands this 30th day of March, 2026", "DATED at … this 12th day of June, 2026"
            return mention.start
    head_end = _header_end(text)
    for mention in mentions:
        if mention.end is None and mention.span[0] < head_end + 300 and _HANDED_IN_ON.search(text[max(0, mention.span[0] - 180):mention.span[0]]):
            # A short line of the head ("am 28. Januar 2025", "submitted by Cllr X on 4 March 2025"), not a
            # sentence of the report that tells when something was received.
            if len(line_of(mention.span[0]).split()) <= _HANDED_IN_WORDS:
                return mention.start
    for mention in mentions:
        if mention.end is None and mention.span[0] < head_end and _dated_under_genre(text, mention, line_of):
            return mention.start
    for mention in mentions:
        if mention.end is None and (
            _PLACE_DATE.search(text[max(0, mention.span[0] - 60):mention.span[0]])
            or _place_date_beside_number(text, mention.span[0])
        ):
            if not text[mention.span[1]:].split("\n", 1)[0].strip(" \t*."):
                return mention.start
    for mention in mentions:
        if mention.end is None and _over_signature(text, mention, line_of):
            return mention.start
    header_end = _header_end(text)
    previous_end = 0
    for mention in mentions:
        since, previous_end = previous_end, mention.span[1]
        if mention.span[0] >= header_end or mention.end is not None:
            continue
        line = line_of(mention.span[0])
        if _PAPER_HEADER.search(line.split(mention.text)[0]) and not _TABLE_CONTEXT.search(line):
            return mention.start
        if _alone_on_line(line, mention) and not _in_table(text, mention, since) and not _below_body_name(text, mention):
            if classify_role(text, mention) in ("document", "other"):
                return mention.start
    return _closing_date(text, mentions, line_of)


# The formula that closes a warrant, a notice or a by-law with the day it was issued: "Given under our hands this …".
_GIVEN_THIS_DAY = re.compile(
    r"\b(?:Given\s+under\s+(?:our|my)\s+hands?(?:\s+and\s+seals?)?|Dated|Signed|Done)\b[^.\n]{0,80}?\bthis\s+$",
    re.IGNORECASE,
)


# "Schriftliche Anfrage / der Bezirksverordneten … / vom 02.03.2026": a line of its own that gives the paper's day
# under the genre that names it (Anfrage, Antrag, Beantwortung, Stellungnahme), not under a sitting.
_OF_DAY_LINE = re.compile(r"^[ \t]*vom[ \t]*$", re.IGNORECASE)
_GENRE_OF_DAY = re.compile(r"anfrage|antrag|beantwortung|stellungnahme|vorlage|mitteilung|drucksache", re.IGNORECASE)
_GENRE_LINES_ABOVE = 3


def _dated_under_genre(text: str, mention: DateMention, line_of) -> bool:
    line = line_of(mention.span[0])
    line_start = text.rfind("\n", 0, mention.span[0]) + 1
    if not _OF_DAY_LINE.match(text[line_start:mention.span[0]]) or text[mention.span[1]:].split("\n", 1)[0].strip(" \t*."):
        return False
    above = [row for row in text[:line_start].split("\n") if row.strip()][-_GENRE_LINES_ABOVE:]
    return not _TABLE_CONTEXT.search(line) and any(
        _GENRE_OF_DAY.search(row) and not _TABLE_CONTEXT.search(row) for row in above
    )


# "gez. Corinna Mürbeth", "i. A. Meier", "Signed: …": a signature, perhaps under its body's name in capitals.
_SIGNED = re.compile(r"^(?:gez\.|i\.\s?A\.|i\.\s?V\.|signed\b|sign\.|sgd\.)", re.IGNORECASE)
_CAPITALS = re.compile(r"^[^\W\d_a-zæøåäöüß][^\da-zæøåäöüß]{2,60}$")


def _over_signature(text: str, mention: DateMention, line_of) -> bool:
    """Tell whether the date closes a short line right over a signature ("Kohlberg, 2. März 2026" / "gez. …").

    However the line before the date is written (a place, "den", "Dated"), a date set over the signature is the
    day the paper was signed.
    """
    line = line_of(mention.span[0])
    if text[mention.span[1]:].split("\n", 1)[0].strip(" \t*.") or len(line.split()) > _SIGNATURE_WORDS + 1:
        return False
    if _TABLE_CONTEXT.search(line) or _MEETING_CUE.search(line):
        return False
    below = [row.strip() for row in text[mention.span[1]:].split("\n")[1:] if row.strip()][:2]
    if not below:
        return False
    return bool(_SIGNED.match(below[0]) or len(below) > 1 and _CAPITALS.match(below[0]) and _SIGNED.match(below[1]))


def _closing_date(text: str, mentions: list[DateMention], line_of) -> date | None:
    """Return the date printed alone as a paper's last line, under its signature (an agenda's issue date)."""
    last = mentions[-1]
    if last.end is not None or text[last.span[1]:].strip(" \t\n.*"):
        return None
    since = mentions[-2].span[1] if len(mentions) > 1 else 0
    if not _alone_on_line(line_of(last.span[0]), last) or _in_table(text, last, since):
        return None
    # Under a signature block (a name, a role, a telephone number), not under running prose.
    above = [line for line in text[:last.span[0]].split("\n")[:-1] if line.strip()][-2:]
    if len(above) < 2 or any(len(line.split()) > _SIGNATURE_WORDS for line in above):
        return None
    return last.start if classify_role(text, last) in ("document", "other") else None


def _line_lookup(text: str):
    def line_of(position: int) -> str:
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        return text[start:] if end == -1 else text[start:end]
    return line_of


def _header_end(text: str) -> int:
    """Return where the body starts: the first line that reads like running prose."""
    position = 0
    lines_seen = 0
    for line in text.split("\n"):
        if len(line.split()) >= _BODY_LINE_WORDS:
            return position
        if line.strip():
            lines_seen += 1
            if lines_seen > 30:
                return position
        position += len(line) + 1
    return position


def _alone_on_line(line: str, mention: DateMention) -> bool:
    rest = _MARKUP.sub(" ", line.replace(mention.text, " ", 1))
    return not rest.strip(" \t.,:")


def _in_table(text: str, mention: DateMention, since: int = 0) -> bool:
    """Tell whether a meeting or route heading stands over the date, with no other date between.

    "COUNCIL MEETING / Wednesday, 30 September" dates the meeting; a date printed lines below the
    meeting's own date ("Meeting on / 13 March / at 10 am / Democratic Services / 5 March") dates the paper.
    """
    before_lines = [l for l in text[since:mention.span[0]].split("\n")[:-1] if l.strip()][-6:]
    # A heading or a table's row, not a sentence that happens to say "meeting".
    return any(_TABLE_CONTEXT.search(l) and len(l.split()) <= _HEADING_WORDS for l in before_lines)


# A line that only names a deliberating body: the date under it is that body's meeting.
_BODY_NAME_LINE = re.compile(
    r"^[^:\n]{0,80}(?:udvalget|udvalg|ausschuss|ausschusses|committee|council|cabinet|board|panel|"
    r"(?<=[a-zäöüß])rat|\bRat|beirat|vertretung|versammlung|repræsentationen|byråd|byrådet|"
    r"kommunalbestyrelsen|kommunalbestyrelse)\s*$",
    re.IGNORECASE,
)


# "Til Økonomiudvalget", "Orientering til Økonomiudvalget": a letter's addressee, not a meeting heading.
_ADDRESSEE_LEAD = re.compile(
    r"(?:(?:orientering|meddelelse|notat|indstilling|redegørelse|report|briefing note|memo)\s+)?"
    r"(?:til|to|an|an den|an die|an das)\b",
    re.IGNORECASE,
)


def _below_body_name(text: str, mention: DateMention) -> bool:
    before_lines = [line for line in text[:mention.span[0]].split("\n")[:-1] if line.strip()]
    if not before_lines:
        return False
    line = before_lines[-1].strip(" *")
    return bool(_BODY_NAME_LINE.match(line)) and not _ADDRESSEE_LEAD.match(line)


def _under_meeting_header(text: str, mention: DateMention) -> bool:
    before = text[max(0, mention.span[0] - 160):mention.span[0]]
    return bool(_MEETING_HEADER_LINE.search(before))


for _language in (None, *MONTHS):
    _grammar(_language)  # compile every grammar at import, not during the first paper
