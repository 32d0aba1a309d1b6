"""The values of a card as a reader writes them down, for the layout tests' expected cards."""

from __future__ import annotations

from datetime import date


def read_field(card, field):
    """Return ``field`` of ``card`` as plain values: ISO dates, sorted lists, (organization, date) steps, route rows."""
    if field in ("case", "paper", "document", "agenda_item"):
        return getattr(card.references, field)
    if field == "consultations":
        return sorted((step.organization, step.date and step.date.isoformat()) for step in card.consultations)
    if field == "rows":  # the route's steps in order, each with its role, item and public flag
        return [
            (step.organization, step.date and step.date.isoformat(), step.role, step.agenda_item, step.public)
            for step in card.consultations
        ]
    if field == "deadlines":
        return sorted(deadline.date.isoformat() for deadline in card.deadlines)
    if field == "events":
        return sorted(event.start.isoformat() for event in card.events)
    value = getattr(card, field)
    if isinstance(value, date):
        return value.isoformat()
    return sorted(value) if isinstance(value, tuple) else value


def fold(value):
    """Return ``value`` with its texts' spacing and case folded, lists sorted: a reader's written form."""
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    if isinstance(value, list):
        return sorted(fold(item) for item in value)
    if isinstance(value, tuple):
        return tuple(fold(item) for item in value)
    return value


class OneOf:
    """Values a reader could write down for one field, any of which is right."""

    def __init__(self, *values):
        self.values = values

    def __repr__(self):
        return f"OneOf{self.values!r}"


def accepted(expected) -> list:
    """Return the folded values a reader would accept for ``expected`` (a value, or ``OneOf`` values)."""
    answers = expected.values if isinstance(expected, OneOf) else (expected,)
    return [fold(answer) for answer in answers]
