"""Tidy the names of the bodies a paper is addressed to or routed through.

Whatever rule found a body, a reader writes its name alone: never with the date of its meeting
("Cabinet – 4th March 2025") or the genre of the record it heads ("Referat for Udvalget for
Kultur"). The date moves to the route step that lacks one; the genre word is dropped.
"""

from __future__ import annotations

import dataclasses
import re

from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.dates import find_dates
from townhall.reading.card import ConsultationStep

# The separators a meeting's date follows a body's name with: "Cabinet – 30 January 2025",
# "CYPE Cabinet Committee - 21 November 2024", "Byrådet, 12.03.2025", "Stadtrat am 4. März 2025".
_BEFORE_DATE = re.compile(
    # (or the sitting named first: "Gemeinderat der Marktgemeinde X zur Sitzung am …", "Byrådet til mødet den …")
    r"(?:\s*[-–—,:/|]\s*|\s+(?:zur|für\s+die|in\s+der)\s+Sitzung\s+(?:am|vom)\s+|\s+til\s+mødet\s+den\s+"
    r"|\s+(?:for|at)\s+(?:the|its)\s+meeting\s+(?:on|of)\s+|\s+(?:den|am|vom|on|of)\s+|\s+)"
    r"(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:(?:den|the)\s+)?)?$",
    re.IGNORECASE,
)
# The genre of the record a body's meeting produces, printed before the body: "Referat for …",
# "Dagsorden til …", "Niederschrift des …", "Minutes of the …".
_GENRE_BEFORE = re.compile(
    r"^(?:referat|dagsorden|beslutningsprotokol|protokol|mødeplan|niederschrift|protokoll|tagesordnung|einladung"
    r"|minutes|agenda|summons)\s+(?:(?:for|til|fra|af|des|der|zur|of|for|to)\s+(?:the\s+|den\s+|die\s+|dem\s+)?)",
    re.IGNORECASE,
)
# A body's reading or meeting named after it in the genitive: "Byrådets 2. behandling af budgettet", "Udvalgets møde".
_READING_OF_BODY = re.compile(
    r"^(?P<body>(?:[A-ZÆØÅ][\wæøå]*-? (?:og |& )?)*[A-ZÆØÅ][\wæøå-]*(?:udvalget|rådet|bestyrelsen|repræsentationen))s"
    r" (?:\d\. )?(?:behandling|møde)(?: af [a-zæøå-]+(?: [a-zæøå-]+){0,3}?)?(?=$| den | d\. |,)"
)
_MIN_NAME = 3
# A body's sitting named by a compound of its name: "Kreistagssitzung", "Gemeinderatssitzung" are the Kreistag's, the
# Gemeinderat's.
#: Words that name a kind of body but no body: "Ausschusssitzung" does not say which committee sits.
BARE_BODY_WORDS = frozenset({"ausschuss", "kommission", "versammlung", "vertretung", "rat", "tag"})
#: The compound, its body's name in the group "body".
COMPOUND_SITTING = r"(?P<body>[A-ZÄÖÜ][\wäöüß-]*?(?:rat|tag|ausschuss|kommission|versammlung|vertretung))s?sitzung"
_SITTING_COMPOUND = re.compile(rf"^{COMPOUND_SITTING}$")
# The part of the sitting printed after a body's heading: "Strategy and Finance Committee – Public Excluded",
# "Cabinet (Part II)", "Byrådet – lukket møde", "Bauausschuss – nichtöffentlich".
_PART_AFTER = re.compile(
    r"\s*(?:[-–—]\s*|\()(?:public(?: excluded)?|part (?:i|ii|1|2|one|two)|exempt|confidential|open|closed(?: session)?"
    r"|(?:nicht ?)?öffentlich(?:e sitzung)?|åbent?(?: møde)?|lukket(?: møde)?)\)?$",
    re.IGNORECASE,
)
# The members a report greets before their body: "Chair and Directors, Electoral Area Services Committee", "Mayor and
# Members of Council", "Chair and Members of the Planning Committee".
_MEMBERS_BEFORE = re.compile(
    r"^(?:(?:(?:Chair(?:person|man|woman)?|Mayor|Reeve|Warden|President)\s+and\s+)?"
    r"(?:Members|Directors|Councillors|Trustees|Commissioners))(?:\s*,\s*|\s+of\s+(?:the\s+)?)(?=[A-Z])"
)
# The kind of sitting printed before the body: "Ordinary Council (meeting)" is the Council's.
_SITTING_KIND_BEFORE = re.compile(r"^(?i:ordinary|extraordinary)\s+(?=[A-Z])")


def body_and_date(name: str, language: str | None = None):
    """Return *name* without a trailing meeting date or leading genre word, and the date it carried."""
    name = " ".join(name.split())
    part = _PART_AFTER.search(name)
    if part and BODY_WORD.search(name[: part.start()]):
        name = name[: part.start()]
    members = _MEMBERS_BEFORE.match(name)
    if members and BODY_WORD.search(name[members.end():]):
        name = name[members.end():]
    reading = _READING_OF_BODY.match(name)
    if reading:
        name = reading.group("body") + name[reading.end():]
    genre = _GENRE_BEFORE.match(name)
    compound = _SITTING_COMPOUND.match(name.split(" ")[0])
    if compound and BODY_WORD.search(compound.group("body")) and compound.group("body").casefold() not in BARE_BODY_WORDS:
        name = compound.group("body") + name[len(name.split(" ")[0]):]
    if genre and len(name) - genre.end() >= _MIN_NAME and name[genre.end()].isupper():
        name = name[genre.end():]
    sitting = _SITTING_KIND_BEFORE.match(name)
    if sitting and len(name) - sitting.end() >= _MIN_NAME:
        name = name[sitting.end():]
    mentions = find_dates(name, language)
    if not mentions:
        return name, None
    last = mentions[-1]
    if last.end is not None or name[last.span[1]:].strip(" .,)") or last.precision != "day":
        return name, None
    head = _BEFORE_DATE.sub("", name[: last.span[0]])
    head = head.rstrip(" -–—,:/|(")
    if len(head) < _MIN_NAME or not any(ch.isalpha() for ch in head) or find_dates(head, language):
        return name, None
    return head, last.start


# An officer a request is handed to, named with the council he serves: "Head of Democratic Services, Kelsborough
# Borough Council", "Monitoring Officer, Harwick District Council"; he receives it, but holds no meeting on it.
_OFFICER_OF_COUNCIL = re.compile(
    r"^(?P<office>(?:Head|Director|Chief Executive|Monitoring Officer|Proper Officer|(?:Town|City|County|Borough) Clerk"
    r"|Clerk|Secretary)\b[^,]{0,60}?),\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:Council|Authority)$"
)


def officer_of_council(name: str) -> str | None:
    """Return the office of an officer named with the council he serves, or None."""
    found = _OFFICER_OF_COUNCIL.match(" ".join(name.split()))
    return found.group("office") if found else None


def tidy_addressees(names, language: str | None = None) -> list[str]:
    """Return the addressees' names alone, each once."""
    tidied = []
    for name in names:
        body, _ = body_and_date(officer_of_council(name) or name, language)
        if body not in tidied:
            tidied.append(body)
    return tidied


# The words that open an enactment's recitals, before the body a recital names: "AND WHEREAS Council considered …".
_RECITAL_LEAD = re.compile(r"^(?:AND\s+)?(?:WHEREAS|Whereas)\s+(?:the\s+)?(?=[A-Z])")
# A committee named with its council in the possessive: "Town Council's Planning Committee" is its Planning Committee.
_COUNCILS = re.compile(r"^(?:The\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Council|Board)['’]s\s+(?=[A-Z][\w-]*\s.*(?:Committee|Panel|Board)$)")


def tidy_route(steps, language: str | None = None) -> tuple[ConsultationStep, ...]:
    """Return the route's steps with each body's name alone and the date it carried moved to its step."""
    tidied = []
    for step in steps:
        if _RECITAL_LEAD.match(step.organization) or _COUNCILS.match(step.organization):
            step = dataclasses.replace(step, organization=_COUNCILS.sub("", _RECITAL_LEAD.sub("", step.organization)))
        body, when = body_and_date(step.organization, language)
        if body == step.organization:
            tidied.append(step)
            continue
        tidied.append(dataclasses.replace(step, organization=body, date=step.date or when))
    # (a name tidied to one a dated step has already leaves no undated step of its own)
    dated = {step.organization for step in tidied if step.date is not None}
    return tuple(step for step in tidied if step.date is not None or step.organization not in dated)


def body_meeting_line(text: str, language: str | None = None):
    """Return the body and date of a line that names only a body and its meeting's date, or None.

    "Ældre- og Sundhedsudvalget, mandag den 16. juni 2025", "Planning Committee – 3 June 2025".
    """
    text = " ".join(text.replace("\t", " ").split())
    if len(text) > 120:
        return None
    body, when = body_and_date(text, language)
    if when is None or not BODY_WORD.search(body) or len(body.split()) > 8:
        return None
    return body, when
