"""The agenda item numbers of route steps: the paper's own item, the item a result line labels."""

from __future__ import annotations

import re
from dataclasses import replace

from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.route.step import Step, normalised, _same_body
from townhall.reading.card import ConsultationStep
from townhall.reading.layout import Document


def with_own_item(steps: tuple[ConsultationStep, ...], meeting: Step | None, item: str | None) -> tuple[ConsultationStep, ...]:
    """Give the paper's own agenda item number to the step of the meeting it is an item of.

    That is the meeting the head names ("Sitzung des Gemeinderates am 19. März 2026 / Tagesordnungspunkt 6",
    "Byrådet – Dagsorden" over "9. Helhedsplan …"), or the paper's one step ("Traktandum 3" of a proposal to the
    Gemeindeversammlung), where that step has no item of its own.
    """
    if item is None or not steps:
        return steps
    if meeting is not None:
        own = [
            index for index, step in enumerate(steps)
            if step.date == meeting.step.date and _same_body(step.organization, meeting.step.organization)
        ]
    else:
        own = [0] if len(steps) == 1 else []
    if len(own) != 1 or steps[own[0]].agenda_item is not None:
        return steps
    return tuple(replace(step, agenda_item=item) if index == own[0] else step for index, step in enumerate(steps))


# A result box or extract's head names body, sitting and item on one line:
# "Gremium: Bau- und Umweltausschuss   Sitzung am: 04.02.2026   TOP: 6".
_LABELLED_ITEM = re.compile(
    r"\b(?:TOP|Tagesordnungspunkt|Punkt|Pkt\.|Item(?:\s+No\.?)?|Dagsordenspunkt)\s*(?:Nr\.\s*)?:\s*(?P<item>\d{1,3}(?:\.\d{1,2})?)\b",
    re.IGNORECASE,
)


def _with_items_of_result_lines(document: Document, steps: list[Step]) -> list[Step]:
    """Give a step without an item number the one a line naming its body and date labels ("TOP: 6")."""
    if not any(step.step.agenda_item is None and step.step.date for step in steps):
        return steps
    out = list(steps)
    for address in document.addresses:
        labelled = _LABELLED_ITEM.search(address.text)
        if labelled is None:
            continue
        line = normalised(address.text)
        days = {mention.start for mention in find_dates(address.text) if mention.end is None}
        for index, step in enumerate(out):
            found = step.step
            if found.agenda_item is None and found.date in days and normalised(found.organization) in line:
                out[index] = Step(replace(found, agenda_item=labelled.group("item")), step.address, step.how)
    return out
