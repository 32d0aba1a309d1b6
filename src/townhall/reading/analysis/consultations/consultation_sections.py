"""A report's consultation section or field, and passive sentences, naming the bodies that saw the paper and their days."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.bodies_in_turn import _bodies_in_turn
from townhall.reading.analysis.consultations.body_names import _EN_BODY, _body_name
from townhall.reading.analysis.consultations.spans import _DAY_FOLLOWS, _day_ahead, _lines_of
from townhall.reading.card import ConsultationStep


# A passive sentence names the bodies that saw the paper, each with its day: "The draft strategy was considered by the
# Strategic Planning Group on 14 May 2026 and by the Audit and Performance Committee on 2 June 2026".
_EN_SEEN_BY = re.compile(r"\b(?:considered|discussed|scrutini[sz]ed|reviewed|endorsed)\s+by\s+(?:the\s+)?(?=[A-Z])")
# A report's consultation field names the bodies consulted and their days: "Consultation undertaken: Scrutiny Committee
# (Learning) on 7 May 2026; headteachers; town and community councils".
_EN_CONSULTED_FIELD = re.compile(
    r"^[ \t]*(?:consultations?(?:\s+(?:undertaken|carried\s+out))?|previously\s+considered\s+by|previous\s+consideration)"
    r"[ \t]*:[ \t]*(?P<value>[^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)


def seen_by_meetings(text: str) -> list[tuple[ConsultationStep, str]]:
    """Return the bodies a passive sentence or a consultation field says saw the paper on a day, with their lines."""
    found = []
    for seen in _EN_SEEN_BY.finditer(text):
        segment = " ".join(text[seen.end():seen.end() + 240].split())
        found += [(step, _lines_of(text, seen.start(), seen.end())) for step in _bodies_in_turn(segment) if step.date]
    for field in _EN_CONSULTED_FIELD.finditer(text):
        for part in re.split(r"\s*;\s*", field.group("value").strip()):
            body = _EN_BODY.match(part)
            on = body and re.match(r"\s+on\s+", part[body.end():])
            when = on and _day_ahead(part, body.end() + on.end(), "en", reach=40, lead=0)
            if when:
                found.append((ConsultationStep(_body_name(body), when, None), _lines_of(text, field.start(), field.end())))
    return found


# A report's consultation section ("Consultation", "Cabinet Committee recommendations and other consultation:",
# "Scrutiny", "Previous consideration") tells which bodies saw the paper: "The Children's and Young People Cabinet
# Committee endorsed the plan on 21 November 2024". A body that "had agreed" something is telling of the past.
_EN_CONSULTATION_HEADING = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?(?:[A-Z][^.\n]{0,60}?\s)?(?:consultations?|scrutiny|previous consideration|pre-decision scrutiny)"
    r"(?:\s+(?:undertaken|carried out|and engagement))?\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_EN_SAW = re.compile(
    r"\s+(?:endorsed|considered|supported|agreed|approved|discussed|scrutini[sz]ed|reviewed|recommended|noted)\b"
    r"[^.\n]{0,80}?\bon\s+" + _DAY_FOLLOWS
)
_SECTION_REACH = 600


def consultation_section_meetings(text: str) -> list[tuple[ConsultationStep, str]]:
    """Return the meetings a report's consultation section says bodies held on the paper, each with its line."""
    found = []
    for heading in _EN_CONSULTATION_HEADING.finditer(text):
        section = text[heading.end():heading.end() + _SECTION_REACH]
        for body in _EN_BODY.finditer(section):
            saw = _EN_SAW.match(section, body.end())
            day = saw and _day_ahead(section, saw.end(), "en", reach=40, lead=12)
            if day:
                name = _body_name(body)
                found.append((ConsultationStep(name, day, None), _lines_of(section, body.start(), saw.end())))
    return found
