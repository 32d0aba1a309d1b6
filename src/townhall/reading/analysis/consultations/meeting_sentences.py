"""The meetings sentences say a body held or will hold on the paper: "The Cabinet will consider … at its meeting on …"."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.body_names import _EN_BODY, _body_name
from townhall.reading.analysis.consultations.consultation_sections import (
    consultation_section_meetings,
    seen_by_meetings,
)
from townhall.reading.analysis.consultations.danish_prose import danish_told_meetings
from townhall.reading.analysis.consultations.german_plans import german_planned_sittings
from townhall.reading.analysis.consultations.spans import _DAY_FOLLOWS, _day_ahead, _lines_of
from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.card import ConsultationStep


# "The Cabinet will consider the responses at its meeting on 4 December 2025"
# and, before the report, "The Place Scrutiny Committee considered the draft proposals at its meeting on 14 January 2026"
_EN_HELD = (
    r"(?:(?:was|were|has been)\s+consulted|considered|discussed|scrutini[sz]ed|reviewed|received)\b[^.\n]{0,80}?\bat\s+(?:its|their)\s+meeting\s+(?:held\s+)?on"
)
_EN_WILL = re.compile(
    # (after what it does first: "The Board will hold the hearing at this meeting and is asked to adopt the plan at …")
    r"\s+(?:(?:[^.\n]|\n(?![ \t]*\n)){0,60}?\s(?:and|then)\s+)?"
    r"(?:(?:will|is to|is due to|is expected to|are to|is asked to|are asked to)\s+(?:be asked to\s+)?"
    r"(?:consider|decide|determine|discuss|receive|adopt|approve|hear"
    # "The Council will make its decision at its meeting on …", "Council will hold a public meeting on …"
    r"|make\s+(?:its|their|a|the)\s+(?:final\s+)?decision|hold\s+(?:a|the)\s+(?:public|special|statutory)\s+meeting)\b"
    # a sentence wrapped by the margin goes on on the next line, never over a paragraph
    r"(?:[^.\n]|\n(?![ \t]*\n)){0,80}?\b(?:on|meeting on)"
    rf"|{_EN_HELD})"
    r"\s+" + _DAY_FOLLOWS
)


def sentence_meetings(text: str) -> list[tuple[ConsultationStep, str]]:
    """Return the meetings English sentences say a body held or will hold on the paper, each with its line.

    "The Cabinet will consider the responses at its meeting on 4 December 2025", "The Place Scrutiny
    Committee considered the draft proposals at its meeting on 14 January 2026".
    """
    found = []
    for body in _EN_BODY.finditer(text):
        will = _EN_WILL.match(text, body.end())
        day = will and _day_ahead(text, will.end(), "en", reach=40, lead=12)
        if day:
            # a heading over the sentence ("Consultation") is no part of the name the sentence opens with
            name = _body_name(body)
            found.append((ConsultationStep(name, day, None), _lines_of(text, body.end(), body.end())))
    for lead in _EN_SENT_ON.finditer(text):
        body = _EN_BODY.match(text, lead.end())
        purpose = body and _EN_FOR_DECISION_ON.match(text, body.end())
        day = purpose and _day_ahead(text, purpose.end(), "en", reach=40, lead=12)
        if day:
            found.append((ConsultationStep(body.group().strip(), day, None), _lines_of(text, body.start(), body.end())))
    for lead in _EN_PUT_BEFORE.finditer(text):
        body = _EN_BODY.match(text, lead.end())
        on = body and _EN_PUT_ON.match(text, body.end())
        day = on and _day_ahead(text, on.end(), "en", reach=40, lead=0)
        if day:
            found.append((ConsultationStep(_body_name(body), day, None), _lines_of(text, body.start(), body.end())))
    known = {(step.organization, step.date) for step, _ in found}
    found.extend(item for item in consultation_section_meetings(text) if (item[0].organization, item[0].date) not in known)
    known = {(step.organization, step.date) for step, _ in found}
    found.extend(item for item in seen_by_meetings(text) if (item[0].organization, item[0].date) not in known)
    found.extend(german_planned_sittings(text))
    for sent in _DA_SENT_ON.finditer(text):
        body = sent.group("body")
        day = BODY_WORD.search(body) and _day_ahead(text, sent.end(), "da", reach=30, lead=0)
        if day:
            found.append((ConsultationStep(body[:1].upper() + body[1:], day, None), _lines_of(text, sent.start(), sent.end())))
    known = {(step.organization, step.date) for step, _ in found}
    found.extend(
        (step, _lines_of(text, at, at + len(step.organization)))
        for step, at in danish_told_meetings(text) if (step.organization, step.date) not in known
    )
    return found


_DA_SENT_ON = re.compile(
    r"\b(?:sendes|oversendes|videresendes|fremsendes)(?:\s+videre)?\s+til\s+(?P<body>[a-zæøå-]{4,}?)s\s+møde\s+(?:den|d\.)\s+",
    re.IGNORECASE,
)


# "That the Committee recommends the plan to Full Council for adoption on 17 July 2025": the body the paper is sent
# on to, and the day it decides.
_EN_SENT_ON = re.compile(
    r"\b(?:recommends?|recommended|refers?|referred|submits?|submitted|forwards?|forwarded)\b[^.\n]{0,80}?\bto\s+(?:the\s+)?(?=[A-Z])"
)
# A paper put before a body's meeting, or put before it already: "The item will serve before Council on 30 July 2026",
# "The draft plan was tabled at the Portfolio Committee on 26 May 2026".
_EN_PUT_BEFORE = re.compile(
    r"\b(?:will\s+(?:serve|come|go)\s+before|(?:will\s+be|is\s+to\s+be|was|were|has\s+been)\s+"
    r"(?:tabled|placed|presented|submitted|considered)\s+(?:at|before|to)"
    # what is yet to come before a body: "Progress will be reported to the Audit Committee on …", "Submitters … will be
    # heard by the Hearings Panel on …"
    r"|(?:will|are\s+to|is\s+to)\s+be\s+(?:reported\s+(?:back\s+)?to|heard\s+by|brought\s+(?:back\s+)?(?:to|before)))\s+(?:the\s+)?(?=[A-Z])"
)
_EN_PUT_ON = re.compile(r"\s+(?:(?:meeting\s+)?(?:on|of)|at\s+(?:its|their)\s+(?:next\s+)?meeting\s+(?:held\s+)?on)\s+")
_EN_FOR_DECISION_ON = re.compile(
    r"\s+(?:for\s+(?:adoption|approval|decision|determination|ratification|final approval)\s+"
    r"(?:on|at (?:its|their) meeting (?:held )?on)"
    # or to its meeting straight away: "it will be forwarded to the Regional Board at its meeting of March 19, 2026"
    r"|at (?:its|their) (?:next |regular )?meeting (?:held )?(?:on|of))\s+" + _DAY_FOLLOWS
)
