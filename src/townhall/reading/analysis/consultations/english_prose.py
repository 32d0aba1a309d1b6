"""English sentences that give the route: "considered by the Cabinet on …", and the meetings sentences tell of."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.bodies_in_turn import _bodies_in_turn
from townhall.reading.analysis.consultations.meeting_sentences import sentence_meetings
from townhall.reading.analysis.consultations.spans import _all_positions
from townhall.reading.analysis.dates.context import sentence_after
from townhall.reading.card import ConsultationStep


_EN_TRIGGER = re.compile(
    r"(?:considered|discussed|determined|decided|reported|submitted|presented|referred)\s+(?:to|by|at)\s+"
    # ("to the members of the Ballycorran Municipal District": the body its members make up)
    r"(?:a\s+meeting\s+of\s+|(?:the\s+)?members\s+of\s+)?(?:the\s+)?",
)
_EN_TRIGGER_WORDS = ("considered", "discussed", "determined", "decided", "reported", "submitted", "presented",
                     "referred")


def _english_prose_steps(text: str) -> list[ConsultationStep]:
    steps = []
    starts = sorted(found for word in _EN_TRIGGER_WORDS for found in _all_positions(text, word))
    triggers = [m for m in (_EN_TRIGGER.match(text, position) for position in starts) if m]
    for trigger in triggers:
        steps.extend(_bodies_in_turn(sentence_after(text, trigger.end(), reach=200)))
    steps.extend(step for step, _ in sentence_meetings(text))
    return steps
