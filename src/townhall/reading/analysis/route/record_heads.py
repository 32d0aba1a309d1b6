"""A record's head naming its meeting: genre, body and day on one line or stacked, a body over its sitting, a paper for a sitting."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.dates.months import ANY_WEEKDAY
from townhall.reading.analysis.forms import label_key
from townhall.reading.analysis.route.days import _first_date
from townhall.reading.analysis.route.head_lines import _PLACE_AND_DATE, _SITTING_LINE, _names_body, _title_case
from townhall.reading.analysis.route.step import Step
from townhall.reading.analysis.route.summons import _MEETING_ON
from townhall.reading.card import ConsultationStep
from townhall.reading.layout import LineAddress


# The record's genre word opening a line or a part of it: "Dagsorden", "Einladung", "Referat – ordinært møde …".
_GENRE_WORD = re.compile(
    r"^(?:Dagsorden|Referat|Beslutningsprotokol|Mødereferat|Tagesordnung|Einladung|Niederschrift|Protokoll|Agenda|Minutes"
    r"|Summons"
    # a US form asking the body for its decision: "Request for Board Action", "Request for Council Action"
    r"|Request for (?:Board|Council|Commission) Action)\b",
    re.IGNORECASE,
)
_GENRE_LABEL = re.compile(r"^\S+\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:")
_WEEKDAY = re.compile(rf"^(?:{ANY_WEEKDAY})\b", re.IGNORECASE)
_HEAD_PARTS = re.compile(r"\s+[–—-]\s+|\t+|\s+\|\s+")
_RECORD_HEAD_LINES = 8


def _record_head(head: list[LineAddress]) -> Step | None:
    """Return the meeting a record's head names by its genre, its body and its day, in whatever arrangement.

    Every council system heads an agenda, a minutes or one item of them with the three: on one line ("Økonomiudvalget
    – Referat – 12.05.2026 – Mødelokale 2", "Tagesordnung | Bauausschuss | 04.05.2026") or stacked ("Dagsorden" over
    "Børneudvalget" over "2. maj 2026 kl. 16:00", "Bauausschuss" over "Einladung zur Sitzung am 12.05.2026").
    """
    lines = [address for address in head if address.text.strip()][:_RECORD_HEAD_LINES]
    for position, address in enumerate(lines):
        parts = [part.strip() for part in _HEAD_PARTS.split(address.text.strip()) if part.strip()]
        # "Agenda Date: July 14, 2026" is a form's field, not the record's genre
        genre_at = next(
            (index for index, part in enumerate(parts) if _GENRE_WORD.match(part) and not _GENRE_LABEL.match(part)), None
        )
        if genre_at is None:
            continue
        if len(parts) >= 3:
            # one line: the body is the one part that names a body, the day the first date after the genre
            bodies = [part for index, part in enumerate(parts) if index != genre_at and _names_body(part, digits=True)]
            when = _first_date(" ".join(parts[genre_at:]))
            if len(bodies) == 1 and when is not None:
                return Step(ConsultationStep(bodies[0], when), address, "meeting line")
            continue
        if len(" ".join(parts).split()) > 8:
            continue
        # stacked: the body's line just over or under the genre's, the day on those lines or the two below
        for other_at in (position - 1, position + 1):
            if not 0 <= other_at < len(lines):
                continue
            other = lines[other_at]
            body = " ".join(other.text.replace("\t", " ").split())
            if not _names_body(body):
                continue
            below = lines[max(position, other_at) + 1 :][:2]
            for line in [address, other, *below]:
                if _PLACE_AND_DATE.match(line.text.strip()) and not _WEEKDAY.match(line.text.strip()):
                    continue  # "Talheim, 02.04.2024": the day the paper was written, not the meeting's ("Mittwoch, 17.06.2026" is)
                when = _first_date(line.text)
                if when is not None:
                    return Step(ConsultationStep(_title_case(body), when), other, "record head")
            return None
    return None


def _body_over_sitting(head: list[LineAddress]) -> Step | None:
    """Return the meeting a paper's first line names by its body over its sitting and day, whatever the paper's genre.

    One item of a meeting, printed alone, keeps the meeting's head: "Integrationsrådet" over "Møde den 12. maj 2026
    kl. 17.00", "Bauausschuss" over "Sitzung am 04.05.2026", "Planning Committee" over "Meeting on 3 March 2026".
    """
    lines = [address for address in head if address.text.strip()][:2]
    if len(lines) < 2:
        return None
    body = " ".join(lines[0].text.replace("\t", " ").split())
    sitting = lines[1].text.strip()
    if not _names_body(body) or not _SITTING_LINE.search(sitting) or not _MEETING_ON.search(sitting):
        return None
    when = _first_date(sitting)
    return Step(ConsultationStep(_title_case(body), when), lines[0], "meeting line") if when is not None else None


#: How the meeting a paper's head says it is for was read ("For discussion on 9 June 2026" under the body's name).
PAPER_FOR_SITTING = "the sitting the paper's head says it is for"
# What a paper's head says the body is to do with it at its meeting: "For discussion on 9 June 2026", "For information
# at the meeting on …".
_FOR_SITTING = re.compile(
    r"^For (?:discussion|decision|information|consideration|approval|noting)(?: at the meeting)? on\s+\S", re.IGNORECASE
)
_FOR_SITTING_REACH = 6


def _paper_for_sitting(head: list[LineAddress]) -> Step | None:
    """Return the meeting a paper is put to by its head: the body named in its first line, the day "For … on" gives.

    A district council's paper ("Harbourview District Council" / "Paper No. 41/2026" / "For discussion on 9 June 2026")
    goes to that council's meeting on that day.
    """
    lines = [address for address in head if address.text.strip()][:_FOR_SITTING_REACH]
    if not lines:
        return None
    body = " ".join(lines[0].text.replace("\t", " ").split())
    if not BODY_WORD.search(body) or len(body.split()) > 6 or label_key(body) or any(char.isdigit() for char in body):
        return None
    for address in lines[1:]:
        text = " ".join(address.text.split())
        if _FOR_SITTING.match(text) and (when := _first_date(text)) is not None:
            return Step(ConsultationStep(_title_case(body), when), lines[0], PAPER_FOR_SITTING)
    return None
