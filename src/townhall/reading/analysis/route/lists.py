"""Route lists under a label ("Beratungsfolge:", "Behandles i:", "Past Pathway of report:"): bodies, each with its date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from townhall.reading.analysis.consultations.words import BODY_WORD, ROLE
from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.forms import FormField, fields_of
from townhall.reading.analysis.route.body_names import _without_part
from townhall.reading.analysis.route.days import _one_date
from townhall.reading.analysis.route.rows import route_row
from townhall.reading.analysis.route.step import Step, normalised
from townhall.reading.card import ConsultationStep


# ", " and " og " join bodies, except after a suspended compound ("Klima-, Teknik- og Miljøudvalget").
_LIST_JOIN = re.compile(r"\s*(?:(?<!-),\s+|(?<!-)\s+(?:og|und|and|samt|sowie|derefter|herefter|then)\s+)\s*")
_PATHWAY_SPLIT = re.compile(r"\s*(?:;|→|->|\bthen\b)\s*")
_TRAILING_DATE = re.compile(r"\s*[-–—,(]\s*(?:(?:on|am|den|d\.)\s+)?(?P<date>[^-–—,()]*\d{4})\)?\s*$")


_NOT_BODY_WORDS = re.compile(r"\b(?:decision|beslutning|entscheidung)\s*$", re.IGNORECASE)


def _list_steps(fields: list[FormField]) -> list[Step]:
    out: list[Step] = []
    for field in fields_of(fields, "route"):
        if normalised(field.label) == "sagsprocedure":
            continue  # bodies without dates: matched with the case history below
        out.extend(_field_steps(field))
    return out


# A sitting's part and the item's number after its day: "24.06.2026, öffentlich, TOP 6", "10.06.2026, nichtöffentlich".
_SITTING_PART = re.compile(
    r"(?:^|,)\s*(?:(?P<closed>nicht ?öffentlich|nichtöffentlich|lukket|closed|exempt)|öffentlich|åben|åbent|public|open)\s*(?=,|$)",
    re.IGNORECASE,
)
_SITTING_ITEM = re.compile(r"(?:^|,)\s*(?:TOP|Punkt|Pkt\.|Item)\s*(?:Nr\.?\s*)?(?P<item>\d{1,3}(?:\.\d{1,2})?)\s*(?=,|$)", re.IGNORECASE)


def sitting_details(value: str) -> tuple[bool | None, str | None]:
    """Return the part of the sitting and the item's number a sitting's field gives after its day, where it does."""
    part = _SITTING_PART.search(value)
    item = _SITTING_ITEM.search(value)
    return (None if part is None else not part.group("closed")), (item.group("item") if item else None)


def _field_steps(field: FormField) -> list[Step]:
    """Read the steps of one route list's value: its bodies, each with its date where one is given.

    A list labelled by the part its body plays ("Vorberatung: Verbandsausschuss am 10.06.2026, nichtöffentlich") gives
    its one step that role, and the sitting's part and item the value names.
    """
    steps = _field_steps_as_written(field)
    if len(steps) == 1 and not steps[0].step.role and ROLE.fullmatch(field.label.strip(" :")):
        public, item = sitting_details(field.value)
        step = steps[0].step
        steps = [Step(replace(step, role=field.label.strip(" :"), public=public, agenda_item=step.agenda_item or item),
                      steps[0].address, steps[0].how)]
    return steps


def _field_steps_as_written(field: FormField) -> list[Step]:
    out: list[Step] = []
    for part in _dated_parts(field.value):
        row = route_row(part) if len(find_dates(part)) == 1 else None
        if row is not None:
            out.append(Step(row, field.address, f"route list {field.label!r}"))
            continue
        for body, when in _bodies_with_dates(part):
            if _NOT_BODY_WORDS.search(body) and not BODY_WORD.search(_NOT_BODY_WORDS.sub("", body)):
                continue
            body, role = _without_part(_NOT_BODY_WORDS.sub("", body).strip(" -–"))
            if body:
                out.append(Step(ConsultationStep(body, when, role), field.address, f"route list {field.label!r}"))
    return out


# "X den 8. september 2025, Y den 22. september 2025 og Z den …": a comma or "and" after a year ends a step
_AFTER_YEAR = re.compile(r"(?<=\d{4})\)?\s*(?:,|;|\bog\b|\bund\b|\band\b|\bthen\b)\s+", re.IGNORECASE)


# A list whose lines were joined into one value: "A – 12 May 2026 Cabinet Meeting – 2 June 2026"
_YEAR_THEN_NAME = re.compile(r"(?<=\d{4})\s+(?=[A-ZÆØÅÄÖÜ])")


def _dated_parts(value: str) -> list[str]:
    """Split a route list into its steps: at arrows and semicolons, and after each step's date.

    Where one piece holds more than one date, a capitalised word right after a date's year opens the next step.
    """
    pieces = [piece for part in _PATHWAY_SPLIT.split(value) for piece in _AFTER_YEAR.split(part) if piece.strip()]
    return [part for piece in pieces for part in (_YEAR_THEN_NAME.split(piece) if len(find_dates(piece)) > 1 else [piece])]


def _bodies_with_dates(text: str) -> list[tuple[str, date | None]]:
    """Split "CYPE Cabinet Committee - 21 November 2024" or "A, B og C" into bodies with dates."""
    text = " ".join(text.split()).strip(" .")
    trailing = _TRAILING_DATE.search(text)
    if trailing:
        when = _one_date(trailing.group("date"))
        if when is not None:
            body = text[: trailing.start()].strip(" -–,")
            return [(body, when)] if body else []
    bodies = [part.strip(" .") for part in _LIST_JOIN.split(text) if part.strip(" .")]
    if all(BODY_WORD.search(body) for body in bodies) and len(bodies) <= 8:
        return [(body, None) for body in bodies]
    return []
