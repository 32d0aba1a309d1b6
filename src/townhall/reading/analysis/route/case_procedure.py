"""A Danish case procedure ("Sagsprocedure: A, B og C"): its bodies dated by the case history or the meeting."""

from __future__ import annotations

from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.forms import FormField, fields_of
from townhall.reading.analysis.route.body_names import _without_role
from townhall.reading.analysis.route.lists import _bodies_with_dates, _field_steps
from townhall.reading.analysis.route.step import Step, normalised, _same_body
from townhall.reading.card import ConsultationStep


def _procedure(fields: list[FormField]) -> FormField | None:
    return next((field for field in fields_of(fields, "route") if normalised(field.label) in ("sagsprocedure", "sagsgang", "sagens gang", "behandles i", "behandles af")), None)


def _procedure_steps(procedure: FormField, history: list[Step], meeting: Step | None) -> list[Step]:
    """Give each body of a case procedure ("A, B og C") its date from the history or the meeting.

    A procedure that dates its bodies itself ("Behandles af: Økonomiudvalget (11. marts 2026), Byrådet (25. marts
    2026)") is a route list of its own.
    """
    dated = _field_steps(procedure)
    if dated and all(step.step.date for step in dated):
        return dated
    bodies = [body for body, _ in _bodies_with_dates(procedure.value)]
    if not bodies:
        return [*history, *([meeting] if meeting else [])]
    known = [*history, *([meeting] if meeting else [])]
    bodies = [name for body in bodies for name in _named_within(body, known)]
    out: list[Step] = []
    for body in bodies:
        # "Sagsgang: Børne- og Skoleudvalget (orientering)": the body's part in brackets is no part of its name.
        body, role = _without_role(body)
        match = next((step for step in known if _same_body(step.step.organization, body)), None)
        if match is not None:
            step = ConsultationStep(body, match.step.date, match.step.role or role)
            out.append(Step(step, match.address, f"{match.how} and case procedure"))
        else:
            out.append(Step(ConsultationStep(body, None, role), procedure.address, "case procedure"))
    return out


def _named_within(text: str, known: list[Step]) -> list[str]:
    """Split a procedure's text by the bodies the case history names in it, in the order written.

    "A, B and C" joined by words the list splitter does not know still yields A and B when the
    history names them; what is left between them (C) stays a body of its own when it holds a
    body's word.
    """
    lowered = text.casefold()
    spans = []
    for step in known:
        name = step.step.organization
        at = lowered.find(name.casefold())
        if name and at >= 0 and not any(a <= at < b for a, b, _ in spans):
            spans.append((at, at + len(name), name))
    if not spans or (len(spans) == 1 and spans[0][1] - spans[0][0] == len(text.strip())):
        return [_without_joining_words(text)]
    spans.sort()
    names: list[str] = []
    position = 0
    for start, end, name in [*spans, (len(text), len(text), "")]:
        # the joining words ("og", "und", "et") and separators between two names are no body
        between = _without_joining_words(text[position:start].strip(" ,;.-–"))
        if between and BODY_WORD.search(between):
            names.append(between)
        if name:
            names.append(text[start:end])
        position = end
    return names


def _without_joining_words(text: str) -> str:
    """Drop the words in lower case that join a list before a body's name ("endelig Byrådet")."""
    words = text.split()
    while words and not (words[0][:1].isupper() or BODY_WORD.search(words[0])):
        words.pop(0)
    return " ".join(words) if words else text
