"""English bodies named in turn, each with its day: "the X on 3 November 2025 and by the Y on …"."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.body_names import _EN_BODY
from townhall.reading.analysis.dates import find_dates
from townhall.reading.card import ConsultationStep


# What stands between a body and its meeting's date: "on", "at its meeting on", "at the Annual Budget Meeting on"
_EN_TO_DATE = re.compile(
    r"\s*(?:on|,|(?:at\s+(?:its|their|the|a)\s+(?:[A-Z][\w-]*\s+){0,3})?meeting\s+(?:on|of)?)?\s*(?:the\s+)?", re.IGNORECASE
)
# "… on 3 November 2025 and by the Council at …": the next body on the same route
# ("… and to the meeting of Kilbarra County Council on …": the body whose meeting it is)
_EN_AND_BY = re.compile(r"\s*,?\s+(?:and|then)\s+(?:by|to)\s+(?:the\s+)?(?:(?:meeting|members)\s+of\s+(?:the\s+)?)?")


def _bodies_in_turn(segment: str) -> list[ConsultationStep]:
    """Read "the X on 3 November 2025 and by the Y on …" at the start of *segment*: each body with its day."""
    steps = []
    position = 0
    while True:
        body = _EN_BODY.match(segment, position)
        if not body:
            break
        dates = find_dates(segment[body.end():], "en")
        when = None
        if dates and _EN_TO_DATE.fullmatch(segment[body.end():body.end() + dates[0].span[0]]):
            when = dates[0].start
        steps.append(ConsultationStep(body.group().strip(), when, None))
        if when is None:
            break
        following = _EN_AND_BY.match(segment, body.end() + dates[0].span[1])
        if not following:
            break
        position = following.end()
    return steps
