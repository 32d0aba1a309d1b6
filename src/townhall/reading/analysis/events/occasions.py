"""Occasions no event word names: a quoted title that takes place, a verb of taking place with its day and hour or place, a heading of sessions over their days."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.dates.mention import DateMention
from townhall.reading.analysis.dates.roles import classify_role
from townhall.reading.analysis.events.draft import _Draft
from townhall.reading.analysis.events.names import _NOT_A_PLACE, _PLACE
from townhall.reading.analysis.events.sentences import _TRAILING_WEEKDAY, _sentence_around, _sentences_with_verbs


# An occasion known by its quoted title and a verb of taking place, whatever noun it is called by: "am Samstag,
# 16. Juli 2022 findet in der Anlage das Stadtteil-/fest „50 Jahre – 50 Tische“ statt", "“Ride the Ridge” will take
# place on 5 September 2026".
_QUOTED_TITLE = re.compile(r"„([^“”\n]{3,80})[“”]|“([^”\n]{3,80})”|\"([^\"\n]{3,80})\"")
_TAKES_PLACE = re.compile(
    r"\bfindet\b[^.!?]{0,160}?\bstatt\b|\bfinder\s+sted\b|\bafholdes\b|\bwill\s+take\s+place\b|\btakes\s+place\b",
    re.IGNORECASE,
)


def _titled_occasions(text: str, mentions: list[DateMention], used, route_dates):
    """Yield an occasion the sentence names only by a quoted title, on the one day the sentence gives."""
    for quoted in _QUOTED_TITLE.finditer(text):
        title = next(group for group in quoted.groups() if group).strip()
        start, end = _sentence_around(text, quoted.start())
        sentence = text[start:end]
        if not _TAKES_PLACE.search(sentence) or BODY_WORD.search(title) or _MEETING_NOUN.search(sentence):
            continue
        days = [
            m for m in mentions
            if start <= m.span[0] < end and m.span not in used and m.start not in route_dates
            and classify_role(text, m) not in ("deadline", "document")
        ]
        if len(days) == 1:
            day = days[0]
            yield _Draft(title, True, None, day.start, day.end or day.start, quoted.start())


# A body's sitting takes place too: "Die Sitzung „Haushalt 2027“ findet am … statt" names no event.
_MEETING_NOUN = re.compile(r"\b(?:Sitzung|møde(?:t)?|meeting)\b", re.IGNORECASE)


# An occasion no event word names, told by a verb of taking place with its day and its hour or its place: "A community
# information night on the plan will be held on June 2, 2026 at 6:00 p.m. in the … library", "Der Seniorentag findet am
# Donnerstag, 17. September 2026, von 10 bis 16 Uhr in der Stadthalle statt", "Zuvor fand am 2. März 2026 im Landhaus
# eine öffentliche Anhörung von Sachverständigen statt". A visit a body makes on a day at an hour is one too: "Der
# Beirat besichtigt den neuen Pflegestützpunkt … am Mittwoch, 3. Juni 2026, um 10 Uhr".
_HELD_EN = re.compile(
    r"^(?:(?:An?|The|This|Our)\s+)(?P<name>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)(?:\s+(?:on|about|for|of)\s+[^,;]{1,40}?)?"
    r"\s+(?:will\s+be\s+held|was\s+held|is\s+(?:being\s+)?held|will\s+take\s+place|takes\s+place|took\s+place)\b"
)
_HELD_DE_SUBJECT = re.compile(r"(?<![\w-])(?:(?:Der|Die|Das)\s+)(?P<name>[A-ZÄÖÜ][\wäöüß-]+)\s+(?:findet|fand)\b[^!?]{0,200}?\bstatt\b")
_HELD_DE_AFTER = re.compile(
    r"\b(?:findet|fand)\b[^!?]{0,200}?\b(?:eine?n?|der|die|das)\s+(?P<name>(?:[a-zäöü]+e[nrs]?\s+)?[A-ZÄÖÜ][\wäöüß-]+"
    r"(?:\s+(?:von|für|zum|zur|der|des)\s+[A-ZÄÖÜ][\wäöüß-]+)?)\s+statt\b"
)
_VISIT = re.compile(
    r"\b(?:besichtigt|besichtigen|will\s+visit|visits|besigtiger|besøger|besøge)\s+(?P<name>(?:den|die|das|the|[\wæøå]+ne)?\s*(?:[\wäöüßæøå-]+\s+){0,3}?"
    r"[A-ZÄÖÜÆØÅ][\wäöüßæøå-]+)"
)
_VISIT_NAMES = {
    "besichtigt": "Besichtigung", "besichtigen": "Besichtigung", "besigtiger": "Besigtigelse", "besøger": "Besøg",
    "besøge": "Besøg",
}
_HOUR = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:Uhr|a\.?m\.?|p\.?m\.?)|\bkl\.\s*\d{1,2}|\b\d{1,2}[.:]\d\d\b", re.IGNORECASE)


def _occasions_taking_place(text: str, mentions: list[DateMention], used, route_dates):
    """Yield an occasion a sentence tells of by a verb of taking place, on its one day, with its hour or its place."""
    for start, end in _sentences_with_verbs(text):
        sentence = " ".join(text[start:end].split())
        if _MEETING_NOUN.search(sentence):
            continue  # a body's own sitting, told like any occasion, is a step of its route
        found = _HELD_EN.match(sentence) or _HELD_DE_SUBJECT.search(sentence) or _HELD_DE_AFTER.search(sentence)
        if found is not None and BODY_WORD.search(found.group("name")):
            continue
        visit = None if found else _VISIT.search(sentence)
        if (found is None and visit is None) or not _HOUR.search(sentence):
            continue  # without its hour, "Die Sperrung findet am … in der Hauptstraße statt" tells of no occasion
        days = [
            m for m in mentions
            if start <= m.span[0] < end and m.span not in used and m.start not in route_dates
            and classify_role(text, m) not in ("deadline", "document")
        ]
        place = next((m for m in _PLACE.finditer(sentence) if not _NOT_A_PLACE.match(m.group("place"))), None)
        if len(days) != 1:
            continue
        if found is not None:
            name = found.group("name")
        else:
            visited = re.sub(r"^(?:(?:den|die|das|the)\s+)?(?:[a-zäöüæøå][\wäöüßæøå-]*\s+)?", "", visit.group("name"))
            name = f"{_VISIT_NAMES.get(visit.group().split()[0].casefold(), 'Site visit')}: {visited}"
        day = days[0]
        where = place.group("place") if place else None
        yield _Draft(name[:1].upper() + name[1:], True, where, day.start, day.end or day.start, start)


# A heading that names occasions in the plural, over one row for each: "Drop-in sessions" / "Wednesday 11 March 2026, 4pm
# to 6pm, Kōwhai Community Hall", "Informationsabende" / "Dienstag, 9. Juni 2026, 19 Uhr, Bürgerhaus".
_SESSIONS_HEADING = re.compile(
    r"^[ \t]*(?P<name>(?:[\w-]+[ \t]+){0,2}(?:sessions|events|workshops|open days|information evenings|public meetings"
    r"|informationsabende|veranstaltungen|borgermøder|informationsmøder|arrangementer))[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _sessions_under_heading(text: str, mentions: list[DateMention], used):
    """Yield one occasion for each row under a heading of occasions: its day opens it, its hour follows, then its place.

    A text layer may run the rows into one line ("…, Rimu Road Saturday 14 March 2026, 10am to 12 noon, …"): each day
    opens a row of its own.
    """
    for heading in _SESSIONS_HEADING.finditer(text):
        name = heading.group("name").strip()
        if BODY_WORD.search(name):
            continue  # "Council sessions", "Committee workshops": a body's own sittings are steps, not events
        block_end = text.find("\n\n", heading.end())
        block_end = len(text) if block_end == -1 else block_end
        position = heading.end() + 1
        for line in text[position:block_end].split("\n"):
            start = position
            position += len(line) + 1
            days = [m for m in mentions if start <= m.span[0] < start + len(line) and m.span not in used]
            lead = len(line) - len(line.lstrip())
            if not days or days[0].span[0] - start > lead + 12:
                continue  # an introduction over the rows ("Talk to our team at one of these sessions:")
            for index, day in enumerate(days):
                row_end = days[index + 1].span[0] if index + 1 < len(days) else start + len(line)
                row = text[day.span[1]:row_end]
                if not _HOUR.search(row):
                    continue
                parts = [part.strip() for part in _TRAILING_WEEKDAY.sub("", row).split(",")]
                place = ", ".join(part for part in parts[2:] if part) or None
                yield _Draft(name[:1].upper() + name[1:], True, place, day.start, day.end or day.start, day.span[0])
