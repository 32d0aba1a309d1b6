"""The meeting an agenda, minutes or agenda item belongs to, read from the head of the document."""

from __future__ import annotations

import re

from townhall.reading.analysis.bodies import BARE_BODY_WORDS, COMPOUND_SITTING
from townhall.reading.analysis.route.assembly_invitations import invited_assembly
from townhall.reading.analysis.consultations.body_names import nominative
from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.forms import label_key
from townhall.reading.analysis.route.body_names import without_sitting_kind
from townhall.reading.analysis.route.danish_meeting_heads import _danish_meeting_head
from townhall.reading.analysis.route.days import _first_date
from townhall.reading.analysis.route.head_lines import (
    _MUNICIPALITY,
    _SITTING_LINE,
    _capitalised,
    _date_near,
    _title_case,
)
from townhall.reading.analysis.route.record_heads import _body_over_sitting, _paper_for_sitting, _record_head
from townhall.reading.analysis.route.step import Step
from townhall.reading.analysis.route.summons import _summons
from townhall.reading.analysis.route.warrants import _warrant_head
from townhall.reading.card import ConsultationStep
from townhall.reading.layout import Document, LineAddress


# "Sitzung des Ortschaftsrates Auental", "Sitzung der Bezirksvertretung Mitte"
_GERMAN_MEETING = re.compile(
    r"\b(?:\d{1,2}\.\s*)?(?:öffentliche\s+|nichtöffentliche\s+|konstituierende\s+|ordentliche\s+|gemeinsame\s+)?"
    r"(?:Sitzung|(?<=Auszug aus dem )(?:Protokoll|Beschlussregister|Sitzungsregister|Beschlussbuch))\s+(?:des|der)\s+(?P<body>(?:[A-ZÄÖÜ][\wäöüß-]*)"
    # a committee named by its remit: "Sitzung des Ausschusses für Umwelt und Technik"
    r"(?:\s+für\s+[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s*|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*)*)?"
    r"(?:[ ,]+(?:und\s+)?[A-ZÄÖÜ][\wäöüß.-]*){0,6})"
)
# A sitting named by a compound of its body: "Einwohnerratssitzung vom 23. April 2026", "Kreistagssitzung am …".
_COMPOUND_SITTING = re.compile(rf"\b{COMPOUND_SITTING}\s+(?:vom|am)\s+(?=\S*\d)")
# A record's own head names its meeting too: "Extract from the minutes of the Licensing Committee held on …"
# (only where the line opens with it: an agenda's "Minutes of the meeting held on …" item is another meeting's).
_ENGLISH_MEETING = re.compile(
    r"(?:\b[Mm]eeting of (?:the )?|^(?:(?:Extract|Excerpt)s? from (?:the )?|Draft |Confirmed )?[Mm]inutes of (?:the )?(?:[Mm]eeting of (?:the )?)?)(?P<body>[A-Z][\w&'-]*(?:\s(?:(?:and|of|for|&)\s)?[A-Z][\w&'-]*){0,6})|(?P<body2>(?!(?:A|An|The|This|That|Each|Every|Next|Last)\s)(?:[A-Z][\w&'-]*\s){1,5})[Mm]eeting\b"
)
# "Kultur- og Fritidsudvalget – Dagsorden – 2024-11-20T16:30:00+01:00 – Mødelokale 1"
# The genre may also come first: "Referat – Børne- og Skoleudvalget – 2025-05-06", "Dagsorden for
# Kultur- og Fritidsudvalget den 14. maj 2025", "Agenda for Planning Committee, 9 April 2025".
_MEETING_LINE = re.compile(
    # (an item numbered on an agenda is no meeting's line: "12.3 AUDIT COMMITTEE - MINUTES OF MEETING HELD …")
    r"^(?:(?P<body>(?!\d{1,3}(?:\.\d{1,2})*\.?\s)[^–—\t]{3,80}?)\s+[–—-]\s+"
    r"(?:Dagsorden|Referat|Beslutningsprotokol|Tagesordnung|Niederschrift|Agenda|Minutes)\b"
    r"|(?:Dagsorden|Referat|Beslutningsprotokol|Tagesordnung|Niederschrift|Agenda|Minutes)\s+(?:[–—-]\s+|for\s+(?:the\s+)?)"
    r"(?P<body_after>[^–—\t,]{3,80}?)(?=\s+[–—-]\s|\s+(?:den|d\.|on|am)\s|,\s*\S*\d|\s+\d))",
    re.IGNORECASE,
)
# The end of a heading's line that goes on on the next: "… Meeting of the", or a meeting's day whose month follows.
_WRAPPED_HEADING_END = re.compile(r"\b(?:of|of the|des|der)$|(?<![\d.,/])\b\d{1,2}(?:st|nd|rd|th|\.)?$")


def meeting_line(text: str) -> re.Match | None:
    """Match a line naming the meeting a paper belongs to: "Byråd – Dagsorden – 2024-10-02 – Byrådssalen"."""
    return _MEETING_LINE.match(" ".join(text.replace("\t", " ").split()))


_WRAPPED_REACH = 8
_SITTING_OF_REMIT_WRAPPED = re.compile(r"\bSitzung\s+(?:des|der)\s+\S+\s+für$")


def meeting_of(document: Document, kind: str) -> Step | None:
    """Return the meeting the document belongs to: its body and date, from the head of the document.

    The head is the first forty lines, over a cover page if there is one.
    """
    head = list(document.addresses[:40])
    for address in head:
        text = " ".join(address.text.replace("\t", " ").split())
        line = _MEETING_LINE.match(text)
        if line:
            body = (line.group("body") or line.group("body_after")).strip()
            when = _first_date(text[line.end():]) or _first_date(text)
            if when is None and line.end() == len(text) and BODY_WORD.search(body):
                # "Byrådet – Dagsorden" over "Mødedato: 24. februar 2026": the meeting's day stands under its name
                when = _date_near(head, address)
            if when is not None and (line.group("body") or BODY_WORD.search(body)):
                return Step(ConsultationStep(body, when), address, "meeting line")
    for position, address in enumerate(head):
        text = " ".join(address.text.replace("\t", " ").split())
        if text.isupper():
            text = _capitalised(text)
        if position < _WRAPPED_REACH and _WRAPPED_HEADING_END.search(text) or _SITTING_OF_REMIT_WRAPPED.search(text):
            # A heading wrapped over lines: "… Meeting of the" / "Housing Committee" / "held on 15 May 2025";
            # a sentence wrapped in a committee's remit: "in der Sitzung des Ausschusses für" / "Schule und Sport am …";
            # a meeting's day wrapped from its month: "Ordinary Council Meeting Agenda 27" / "October 2026".
            following = [other.text for other in head[position + 1 : position + 3] if other.item is address.item]
            text = " ".join([text, *following])
        meeting = _GERMAN_MEETING.search(text) or _ENGLISH_MEETING.search(text) or _compound_sitting(text)
        if meeting:
            body = (meeting.groupdict().get("body") or meeting.groupdict().get("body2") or "").strip(" ,")
            body = re.split(r"\s+(?:am|vom|on|at|statt|findet)\b", body)[0].strip(" ,")
            if not BODY_WORD.search(body):
                continue
            # (the sitting's day follows its name: a day before it on the line may be another's, "bis zum 26.06.2026")
            when = _first_date(text[meeting.end():]) or _first_date(text) or _date_near(head, address, before=True)
            if when is not None:
                return Step(ConsultationStep(nominative(without_sitting_kind(body)), when), address, "meeting named in the header")
    headed = (
        _record_head(head) or _summons(head) or _body_over_sitting(head) or _paper_for_sitting(head)
        or _warrant_head(head) or _danish_meeting_head(head) or invited_assembly(head)
    )
    if headed is not None:
        return headed
    # A heading naming a body ("CABINET", "Quartiersbeirat Nordstadt") with the first date under it.
    if kind not in ("agenda", "minutes"):
        return None
    for position, address in enumerate(head):
        text = " ".join(address.text.replace("\t", " ").split())
        if len(text) > 80 or "\t" in address.text:
            continue
        # A scan knows no headings: the body's name is told by its sitting on the next line ("3. Sitzung, 15.10.2025")
        sitting = position + 1 < len(head) and _SITTING_LINE.search(head[position + 1].text) and _first_date(head[position + 1].text)
        if not sitting and not (address.item.role == "heading" if hasattr(address.item, "role") else False):
            continue
        if BODY_WORD.search(text) and not label_key(text) and len(text.split()) <= 6 and not _MUNICIPALITY.search(text):
            when = _date_near(head, address)
            if when is not None:
                how = "meeting heading" if not sitting else "body over its sitting"
                return Step(ConsultationStep(_title_case(text), when), address, how)
    return None


def _compound_sitting(text: str):
    """Return the match of a sitting named by a compound of its body's name, where that name is more than a bare word."""
    found = _COMPOUND_SITTING.search(text)
    if found and found.group("body").casefold() not in BARE_BODY_WORDS:
        return found
    return None


def meeting_title(step: Step | None) -> tuple[str, LineAddress] | None:
    """Return the title of an agenda or minutes: the *step* of the meeting it is for ("Sitzung des Ortschaftsrates Auental")."""
    if step is None or step.address is None or step.how in ("body over its sitting", "record head", "summons"):
        return None  # a body's name over its sitting is no heading: the record's genre above it titles it
    text = " ".join(step.address.text.replace("\t", " ").split())
    german = _GERMAN_MEETING.search(text)
    if german:
        phrase = re.split(r"\s+(?:am|vom|statt|findet)\b", german.group(0))[0].strip(" ,")
        return re.sub(r"^\d{1,2}\.\s*", "", phrase) if not phrase[:1].isdigit() else phrase, step.address
    return step.step.organization, step.address


_RECORD_GENRE = re.compile(
    r"^(?:Referat|Dagsorden|Beslutningsprotokol|Mødereferat|Niederschrift|Protokoll|Tagesordnung|Einladung"
    r"|Minutes|Agenda|Summons|Decision list)$",
    re.IGNORECASE,
)


def genre_and_body_title(document: Document) -> tuple[str, LineAddress] | None:
    """Return "Referat Økonomiudvalget" for a record headed by its genre alone over the body that met."""
    head = [address for address in document.addresses[:8] if address.text.strip()]
    for first, second in zip(head, head[1:4]):
        genre = " ".join(first.text.split())
        if not _RECORD_GENRE.match(genre):
            continue
        body = " ".join(second.text.replace("\t", " ").split())
        if (
            BODY_WORD.search(body) and len(body.split()) <= 8 and not any(ch.isdigit() for ch in body)
            and ":" not in body and not _MUNICIPALITY.search(body)
        ):
            return f"{genre} {body}", first
        return None
    return None
