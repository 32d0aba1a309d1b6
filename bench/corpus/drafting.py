"""The workbench for one generated paper: text blocks, the truth they state, dates and names."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from .vocabulary import (
    DANISH_MONTHS,
    DANISH_WEEKDAYS,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    GERMAN_MONTHS,
    GERMAN_WEEKDAYS,
    Area,
    Municipality,
)

FIRST_DAY = date(2008, 1, 7)
DAY_SPAN = (date(2026, 6, 30) - FIRST_DAY).days


def empty_truth(language: str, kind: str) -> dict:
    """Return a card skeleton in the JSON shape of the gold cards, every slot unknown."""
    return {
        "language": language,
        "kind": kind,
        "title": None,
        "municipality": None,
        "date": None,
        "public": None,
        "references": {"case": None, "document": None, "paper": None, "agenda_item": None},
        "author_unit": None,
        "case_handler": None,
        "signatories": [],
        "addressees": [],
        "consultations": [],
        "deadlines": [],
        "events": [],
        "attachments": [],
        "emails": [],
        "phones": [],
        "urls": [],
    }


@dataclass
class Draft:
    """A paper under construction: blocks of text in order and the card they amount to."""

    rng: random.Random
    language: str
    kind: str
    municipality: Municipality
    area: Area
    issued: date
    blocks: list[str] = field(default_factory=list)
    truth: dict = field(default_factory=dict)
    _unused: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.truth = empty_truth(self.language, self.kind)
        self.truth["municipality"] = self.municipality.name

    # Writing ---------------------------------------------------------------------------
    def add(self, *blocks: str) -> None:
        """Append blocks of text (each becomes a paragraph)."""
        self.blocks.extend(block for block in blocks if block)

    def text(self) -> str:
        """Return the paper as text: blocks separated by blank lines, with a final newline."""
        lead = "\n" * self.rng.choice((0, 0, 0, 1, 2, 4))
        return lead + "\n\n".join(self.blocks).rstrip() + "\n"

    # Choosing --------------------------------------------------------------------------
    def pick(self, options):
        """Return one of ``options``."""
        return options[self.rng.randrange(len(options))]

    def chance(self, probability: float) -> bool:
        """Return True with ``probability``."""
        return self.rng.random() < probability

    def fill(self, template: str) -> str:
        """Fill the ``{town}``, ``{year}``, ``{next}`` placeholders of an area phrase."""
        year = self.issued.year
        return template.format(town=self.municipality.town, year=year, next=year + 1, nextnext=year + 2)

    def later(self, low: int, high: int) -> date:
        """Return a day between ``low`` and ``high`` days after the paper's date, on a weekday."""
        day = self.issued + timedelta(days=self.rng.randint(low, high))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day

    def sentences(self, count: int) -> str:
        """Return ``count`` sentences of the area's prose as one paragraph, repeating as late as possible."""
        chosen = []
        for _ in range(count):
            if not self._unused:
                self._unused = list(self.area.sentences)
                self.rng.shuffle(self._unused)
            chosen.append(self.fill(self._unused.pop()))
        return " ".join(chosen)

    # Recording truth -------------------------------------------------------------------
    def record_consultation(self, organization: str, day: date | None) -> None:
        self.truth["consultations"].append({"organization": organization, "date": iso(day)})

    def record_deadline(self, day: date, purpose: str) -> None:
        self.truth["deadlines"].append({"date": iso(day), "purpose": purpose})

    def record_event(self, name: str, place: str | None, start: date | None, end: date | None) -> None:
        self.truth["events"].append({"name": name, "place": place, "start": iso(start), "end": iso(end)})


def random_day(rng: random.Random) -> date:
    """Return a working day between 2008 and mid-2026."""
    day = FIRST_DAY + timedelta(days=rng.randrange(DAY_SPAN))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def iso(day: date | None) -> str | None:
    """Return the ISO form of a date, or None."""
    return day.isoformat() if day else None


def danish_date(day: date, style: str = "long") -> str:
    """Write a date the way Danish councils do: "19. august 2010", "19-08-2010", "19.08.2010"."""
    if style == "dash":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    if style == "dots":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "weekday":
        return f"{DANISH_WEEKDAYS[day.weekday()]} den {day.day}. {DANISH_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day}. {DANISH_MONTHS[day.month - 1]} {day.year}"


def german_date(day: date, style: str = "dots") -> str:
    """Write a date the German way: "02.08.2012" or "2. August 2012"."""
    if style == "long":
        return f"{day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}"
    if style == "weekday":
        return f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def english_date(day: date, style: str = "long") -> str:
    """Write a British date: "19 August 2010", "19th August 2010", "Thursday 19 August 2010"."""
    month = ENGLISH_MONTHS[day.month - 1]
    if style == "ordinal":
        suffix = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        return f"{day.day}{suffix} {month} {day.year}"
    if style == "weekday":
        return f"{ENGLISH_WEEKDAYS[day.weekday()]} {day.day} {month} {day.year}"
    if style == "slashes":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {month} {day.year}"


def danish_range(start: date, end: date) -> str:
    """Write a span of days in Danish: "6.-8. februar 2013"."""
    if start == end:
        return danish_date(start)
    if start.month == end.month:
        return f"{start.day}.-{end.day}. {DANISH_MONTHS[end.month - 1]} {end.year}"
    return f"{start.day}. {DANISH_MONTHS[start.month - 1]} - {danish_date(end)}"


def german_range(start: date, end: date) -> str:
    """Write a span of days in German: "6. bis 8. Februar 2013"."""
    if start == end:
        return german_date(start, "long")
    if start.month == end.month:
        return f"{start.day}. bis {end.day}. {GERMAN_MONTHS[end.month - 1]} {end.year}"
    return f"{start.day}. {GERMAN_MONTHS[start.month - 1]} bis {german_date(end, 'long')}"


def english_range(start: date, end: date) -> str:
    """Write a span of days in English: "6-8 February 2013"."""
    if start == end:
        return english_date(start)
    if start.month == end.month:
        return f"{start.day}-{end.day} {ENGLISH_MONTHS[end.month - 1]} {end.year}"
    return f"{start.day} {ENGLISH_MONTHS[start.month - 1]} to {english_date(end)}"


def person(rng: random.Random, first_names, last_names) -> str:
    """Return an invented full name."""
    name = f"{first_names[rng.randrange(len(first_names))]} {last_names[rng.randrange(len(last_names))]}"
    if rng.random() < 0.15:
        middle = last_names[rng.randrange(len(last_names))]
        if middle not in name:
            first, last = name.rsplit(" ", 1)
            name = f"{first} {middle} {last}"
    return name


def initials_mailbox(rng: random.Random) -> str:
    """Return a Danish-style mailbox such as "PB26"."""
    letters = "ABCDEFGHJKLMNPRSTV"
    return f"{letters[rng.randrange(len(letters))]}{letters[rng.randrange(len(letters))]}{rng.randint(10, 99)}"


def mail_name(name: str) -> str:
    """Return "first.last" for an e-mail address, with umlauts and Danish letters spelled out."""
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa", "ı": "i", "ş": "s", "'": ""})
    parts = name.lower().translate(table).split()
    return f"{parts[0]}.{parts[-1]}"


def label(draft: Draft, name: str, value: str) -> str:
    """Write a label and its value in one of the layouts office templates use."""
    style = draft.rng.random()
    if style < 0.45:
        return f"{name}\n{value}"
    if style < 0.8:
        return f"{name}: {value}" if not name.endswith(":") else f"{name} {value}"
    return f"{name}\t{value}"
