"""Read the route of a paper through committees and councils from its text (Beratungsfolge, videre proces).

Each way a text tells the route has its module: route tables (:mod:`.tables`), form headers
(:mod:`.form_headers`), headings and schedule lines (:mod:`.headings`, :mod:`.schedule_lines`), and the
sentences of each language (:mod:`.danish_prose`, :mod:`.german_prose`, :mod:`.german_sittings`,
:mod:`.german_plans`, :mod:`.english_prose`, :mod:`.meeting_sentences`, :mod:`.consultation_sections`,
:mod:`.passed_on`, :mod:`.danish_earlier_meetings`, :mod:`.later_readings`). The words that tell a body and
its role are in :mod:`.words`, the names of bodies in :mod:`.body_names`. This module puts the steps in
route order.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from townhall.reading.analysis.consultations.bare_bodies import named_in_full
from townhall.reading.analysis.consultations.danish_prose import _danish_prose_steps
from townhall.reading.analysis.consultations.english_prose import _english_prose_steps
from townhall.reading.analysis.consultations.form_headers import _form_steps
from townhall.reading.analysis.consultations.german_plans import german_planned_sittings
from townhall.reading.analysis.consultations.german_prose import _german_prose_steps
from townhall.reading.analysis.consultations.german_sittings import _german_sitting_steps
from townhall.reading.analysis.consultations.headings import _heading_steps
from townhall.reading.analysis.consultations.later_readings import later_readings
from townhall.reading.analysis.consultations.passed_on import passed_on_meetings
from townhall.reading.analysis.consultations.tables import _table_steps
from townhall.reading.card import ConsultationStep


def extract_consultations(text: str, language: str | None = None) -> list[ConsultationStep]:
    """Return the bodies a paper goes through with meeting dates and roles where given.

    Steps come in route order: by meeting date, undated steps last in the order the text names them.
    """
    return list(_consultations(text, language if language in ("da", "de", "en") else None))


@lru_cache(maxsize=16)
def _consultations(text: str, language: str | None) -> tuple[ConsultationStep, ...]:
    # Event extraction asks for the route too (its meetings are not events); read it once.
    steps: list[ConsultationStep] = []
    steps.extend(_table_steps(text, language))
    steps.extend(_form_steps(text, language))
    steps.extend(_heading_steps(text, language))
    if language in (None, "da"):
        steps.extend(_danish_prose_steps(text))
    if language in (None, "de"):
        steps.extend(_german_prose_steps(text))
        steps.extend(_german_sitting_steps(text))
        steps.extend(step for step, _ in german_planned_sittings(text))
    if language in (None, "en"):
        steps.extend(_english_prose_steps(text))
        # beside the route read otherwise, a body that saw the paper earlier and passed it on is the step before
        named = {step.organization.casefold() for step in steps}
        steps.extend(step for step, _ in passed_on_meetings(text) if steps and step.organization.casefold() not in named)
        bodies = {step.organization for step in steps}
        last = max((step.date for step in steps if step.date), default=None)
        if len(bodies) == 1 and last is not None:
            # the one body that considered a by-law passes it at a later reading: "… and finally passed this …"
            body = bodies.pop()
            steps.extend(ConsultationStep(body, day, None) for day, _ in later_readings(text) if day > last)
    steps = named_in_full(steps, text)
    return tuple(sorted(_unique(steps), key=lambda step: (step.date is None, step.date or date.min)))


def _unique(steps: list[ConsultationStep]) -> list[ConsultationStep]:
    """Drop repeated steps, and undated ones that a dated step for the same body already covers."""
    result: list[ConsultationStep] = []
    for step in steps:
        key = _body_key(step.organization)
        duplicate = False
        for k, kept in enumerate(result):
            if _body_key(kept.organization) != key:
                continue
            if kept.date == step.date or step.date is None:
                duplicate = True
                if kept.role is None and step.role:
                    result[k] = ConsultationStep(kept.organization, kept.date, step.role)
                break
            if kept.date is None:
                result[k] = ConsultationStep(step.organization, step.date, step.role or kept.role)
                duplicate = True
                break
        if not duplicate:
            result.append(step)
    return result


def _body_key(name: str) -> str:
    return re.sub(r"\W+", " ", name.casefold()).strip()
