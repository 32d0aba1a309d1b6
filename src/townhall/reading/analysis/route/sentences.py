"""Route steps the sentences of a paper tell of, beside the route read from its layout."""

from __future__ import annotations

from dataclasses import replace

from townhall.reading.analysis.consultations.danish_earlier_meetings import danish_earlier_meetings
from townhall.reading.analysis.consultations.german_plans import german_planned_sittings
from townhall.reading.analysis.consultations.later_readings import later_readings
from townhall.reading.analysis.consultations.meeting_sentences import sentence_meetings
from townhall.reading.analysis.consultations.passed_on import passed_on_meetings
from townhall.reading.analysis.route.record_heads import PAPER_FOR_SITTING
from townhall.reading.analysis.route.step import Step
from townhall.reading.card import ConsultationStep
from townhall.reading.layout import Document


def with_sentence_meetings(document: Document, text: str, steps: list[Step]) -> list[Step]:
    """Add to a route read from the layout the meetings its sentences tell of (:func:`sentence_meetings`).

    A report addressed to one meeting ("Report to: Cabinet") may tell in a sentence which other body saw it
    before or takes it after: "The Place Scrutiny Committee considered the draft proposals at its meeting on …".
    Beside a route read otherwise, only a later meeting of another body is a further step ("sagen sendes videre
    til byrådets møde den …" under "Beslutning i Økonomiudvalget den …").
    """
    if not steps:
        return steps
    addressed_only = all(step.how.startswith("form field") or step.how == PAPER_FOR_SITTING for step in steps)
    named = {step.step.organization.casefold() for step in steps}
    last = max((step.step.date for step in steps if step.step.date), default=None)
    told = []
    # A German sentence that plans the paper's sittings ("den Antrag im Bauausschuss am 18. Juni 2026 vorzuberaten und
    # in der Sitzung des Stadtrates am 2. Juli 2026 zu beschließen") names steps of its route, earlier ones too.
    planned = {(step.organization, step.date) for step, _ in german_planned_sittings(text)}
    for step, line in sentence_meetings(text):
        step = _named_in_full(step, steps)
        later = bool(last and step.date and step.date > last) or (step.organization, step.date) in planned
        # A body the route names already is told again only when the form addresses it and it meets again later:
        # "… and is asked to adopt the plan at its regular meeting on …".
        if step.organization.casefold() in named and not (addressed_only and later):
            continue
        if not (addressed_only or later):
            continue
        told.append(Step(step, document.find(line), "meeting told in a sentence"))
    bodies = {step.step.organization for step in steps}
    if len(bodies) == 1:
        # "Second reading and adoption are scheduled for …": the body that has the first reading holds the next
        body = bodies.pop()
        told += [
            Step(ConsultationStep(body, day), document.find(line), "later reading of the ordinance")
            for day, line in later_readings(text)
            if last and day > last and not any(step.step.date == day for step in told)
        ]
    named |= {step.step.organization.casefold() for step in told}
    # A body that saw the paper at an earlier meeting and passed it on is the step before: "the Planning Commission
    # reviewed the plan at its meeting on … and recommended its approval to the City Council".
    passed = [
        Step(step, document.find(line), "meeting that passed the paper on")
        for step, line in passed_on_meetings(text)
        if step.organization.casefold() not in named
    ]
    first = min((step.step.date for step in steps if step.step.date), default=None)
    passed += [
        Step(step, document.find(line), "earlier meeting told in a Danish sentence")
        for step, line in danish_earlier_meetings(text)
        if step.organization.casefold() not in named and first and step.date < first
    ]
    return [*passed, *steps, *told]


def _named_in_full(step: ConsultationStep, steps: list[Step]) -> ConsultationStep:
    """Name a body a sentence calls by its head word alone ("the Board") as the route names it ("Board of Education")."""
    if " " in step.organization.strip():
        return step
    head = step.organization.casefold()
    fuller = {s.step.organization for s in steps if head in s.step.organization.casefold().split()}
    return replace(step, organization=fuller.pop()) if len(fuller) == 1 else step
