"""A summons to the members of a body, for its meeting on the day its head names."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.body_names import nominative
from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.route.days import _first_date
from townhall.reading.analysis.route.step import Step
from townhall.reading.card import ConsultationStep
from townhall.reading.layout import LineAddress


# A summons is sent to the members of the body that meets, for a meeting on a day its head names (ModernGov's
# front sheet "Summons to and Agenda for a Meeting on …" / "To: All Members of the Cabinet", "An die Mitglieder des
# Bauausschusses", "Til medlemmerne af Økonomiudvalget").
_MEMBERS_OF = re.compile(
    r"^(?:To|An|Til)\b\s*:?\s*(?:all\s+(?:the\s+)?)?(?:Members\s+of\s+(?:the\s+)?|die\s+Mitglieder\s+(?:des|der)\s+"
    r"|medlemmerne\s+af\s+)(?P<body>[^\d,;:()]{3,80}?)\s*$",
    re.IGNORECASE,
)
_MEETING_ON = re.compile(r"\b(?:meeting\s+(?:to\s+be\s+held\s+)?on|Sitzung\s+am|mødet?\s+(?:den|d\.))(?:\s|$)", re.IGNORECASE)


def _summons(head: list[LineAddress]) -> Step | None:
    """Return the meeting a summons calls: the body whose members it is sent to, on the day after "Meeting on"."""
    texts = [" ".join(address.text.replace("\t", " ").split()) for address in head]
    members = next(
        ((found, address) for text, address in zip(texts, head) if (found := _MEMBERS_OF.match(text)) and BODY_WORD.search(found.group("body"))),
        None,
    )
    if members is None:
        return None
    for index, text in enumerate(texts):
        lead = _MEETING_ON.search(text)
        if lead is None:
            continue
        # the day follows the words, on their line or the next ("Summons to and Agenda for a / Meeting on / Thursday, …")
        when = _first_date(" ".join(texts[index : index + 2])[lead.end() : lead.end() + 40])
        if when is not None:
            return Step(ConsultationStep(nominative(members[0].group("body")), when), members[1], "summons")
    return None
