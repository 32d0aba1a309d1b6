"""A form's name over who sends it to whom ("Botschaft" / "des Gemeinderates an die Gemeindeversammlung"), and the sitting it is for."""

from __future__ import annotations

import re

from townhall.reading.analysis.units.lines import _previous_non_empty
from townhall.reading.analysis.units.names import _BODY_WORD


_NEUTER_UNITS = ("referat", "amt", "büro", "dezernat", "zentrum", "sekretariat", "team", "kulturamt")


# A form's name over who sends it to whom: "Botschaft" / "des Gemeinderates an die Gemeindeversammlung vom 26. Juni
# 2025", "Bericht und Antrag des Stadtrates an den Einwohnerrat", "Indstilling fra Direktionen til Byrådet",
# "Report of the Chief Executive to the Council": the sender wrote it, the body it goes to is its addressee.
_FROM_TO = re.compile(
    r"^(?:(?P<genre>[A-ZÆØÅÄÖÜ][\wæøåäöüß ]{2,40}?)\s+)?"
    r"(?:(?P<article>des|der) (?P<de_from>[A-ZÄÖÜ][\wäöüß-]+(?: [\wäöüß-]+){0,3}?) an (?:den|die|das) (?P<de_to>[A-ZÄÖÜ][\wäöüß-]+(?: [\wäöüß-]+){0,4}?)"
    r"|fra (?P<da_from>[A-ZÆØÅ][\wæøå-]+(?: [\wæøå-]+){0,3}?) til (?P<da_to>[A-ZÆØÅ][\wæøå-]+(?: [\wæøå-]+){0,4}?)"
    r"|of the (?P<en_from>[A-Z][\w'’-]+(?: [\w'’-]+){0,4}?) to the (?P<en_to>[A-Z][\w-]+(?: [\w-]+){0,4}?))"
    r"(?: (?:vom|am|den|on|of) (?P<when>\d.+))?$"
)


def sender_and_body(text: str) -> tuple[str, str, str | None] | None:
    """Return who sends a paper to which body, and that body's meeting's date as written, from its genre heading."""
    lines = [line.strip() for line in text.split("\n")[:20]]
    for index, line in enumerate(lines):
        match = _FROM_TO.match(line)
        if match is None:
            continue
        genre = match.group("genre")
        if genre is None and not (index and _GENRE_LINE.match(_previous_non_empty(lines, index))):
            continue
        if genre is not None and not _GENRE_LINE.match(genre):
            continue
        if match.group("de_from"):
            sender = _nominative_body(_nominative(match.group("article"), match.group("de_from")))
            body = match.group("de_to")
        else:
            sender = match.group("da_from") or match.group("en_from")
            body = match.group("da_to") or match.group("en_to")
        if not (_BODY_WORD.search(body) or body.endswith("versammlung")):
            continue  # "Gemeindeversammlung": the assembly of the citizens is a body too
        return sender, body, match.group("when")
    return None
_GENRE_LINE = re.compile(
    r"^(?:\w*vorlage|vorlage|amtsvortrag|amtsbericht|\w*bericht|antrag|weisung|botschaft|mitteilung|indstilling|orientering"
    r"|redegørelse|report|memo|notat)\b[^:]{0,60}$",
    re.IGNORECASE,
)


def _nominative_body(name: str) -> str:
    # "des Ausschusses für Umwelt" names the "Ausschuss für Umwelt".
    return re.sub(r"^Ausschusses\b", "Ausschuss", name)


def _nominative(article: str, phrase: str) -> str:
    """Turn a genitive unit name into the nominative ("des Interkulturellen Referats")."""
    words = phrase.split()
    noun = words[-1]
    adjectives = words[:-1]
    if article == "des":
        stem = noun[:-2] if noun.endswith("es") and len(noun) > 5 and noun[:-2].lower().endswith(("amt", "amtes")) else noun
        if stem.endswith("s") and not stem.endswith("ss"):
            stem = stem[:-1]
        if stem.endswith("e") and noun.endswith("es"):
            stem = stem[:-1]
        noun = stem
        ending = "es" if noun.lower().endswith(_NEUTER_UNITS) else "er"
    else:
        ending = "e"
    adjectives = [a[:-2] + ending if a.endswith("en") else a for a in adjectives]
    return " ".join([*adjectives, noun])


# "für die Sitzung am 8. Mai 2025" under "an den Gemeinderat": the addressed body's meeting.
_FOR_THE_SITTING = re.compile(
    r"^(?:für die|zur|in der) (?:nächsten? |kommenden? )?Sitzung (?:am|vom)\s+(?P<when>.+)$"
    r"|^(?:til|på) (?:mødet|møde) (?:den|d\.)\s+(?P<when_da>.+)$"
    r"|^for the meeting (?:on|of)\s+(?P<when_en>.+)$",
    re.IGNORECASE,
)


def sitting_line(text: str) -> tuple[str, str] | None:
    """Return the line in the paper's head that names the sitting it is for, and the date's text, or None."""
    for line in [line.strip() for line in text.split("\n")[:30]]:
        match = _FOR_THE_SITTING.match(line)
        if match:
            return line, next(group for group in match.groups() if group)
    sent = sender_and_body(text)
    if sent and sent[2]:
        # "des Gemeinderates an die Gemeindeversammlung vom 26. Juni 2025": the addressed body's meeting.
        return next(line for line in text.split("\n") if sent[2] in line).strip(), sent[2]
    return None


# A board's numbered meeting under a report's addressee: "Meeting #5/26 – June 19, 2026", "Meeting No. 4 - 3 May 2026".
_NUMBERED_MEETING = re.compile(r"^Meeting\s+(?:#|No\.?)\s*\d[\w/.-]*\s*[-–—:,]\s*(?P<when>.+)$", re.IGNORECASE)


def numbered_meeting_line(text: str) -> tuple[str, str] | None:
    """Return the line in the paper's head that names a numbered meeting and its day, and the day's text, or None."""
    for line in [line.strip() for line in text.split("\n")[:30]]:
        match = _NUMBERED_MEETING.match(line)
        if match:
            return line, match.group("when")
    return None
