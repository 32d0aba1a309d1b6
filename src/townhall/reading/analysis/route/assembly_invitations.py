"""An invitation to an assembly of a municipality's voters or members, for the day its head names.

Swiss and South German municipalities without a parliament call their voters to a Gemeindeversammlung (the
Einwohnergemeinde's, the Bürgergemeinde's, a Zweckverband's Delegiertenversammlung); the invitation names the assembly
in its heading and its day, hour and place on the line under it: "Einladung zur Gemeindeversammlung" / "Donnerstag,
26. November 2026, 20.00 Uhr, Mehrzweckhalle". The assembly is the body the invitation goes to, and its sitting the
one step of the paper's route.
"""

from __future__ import annotations

import re

from townhall.reading.analysis.route.days import _first_date
from townhall.reading.analysis.route.step import Step
from townhall.reading.card import ConsultationStep
from townhall.reading.layout import LineAddress

INVITED_ASSEMBLY = "assembly the invitation calls"
_INVITATION = re.compile(
    r"^(?:Einladung|Einberufung)\s+(?:zur|zu\s+der)\s+(?:(?:ordentlichen|ausserordentlichen|außerordentlichen)\s+)?"
    r"(?P<body>[A-ZÄÖÜ][\wäöüß-]*versammlung)\b",
)


def invited_assembly(head: list[LineAddress]) -> Step | None:
    """Return the assembly an invitation's heading calls, with the day on its line or the one under it."""
    for position, address in enumerate(head[:12]):
        text = " ".join(address.text.split())
        found = _INVITATION.match(text)
        if found is None:
            continue
        following = " ".join(head[position + 1].text.split()) if position + 1 < len(head) else ""
        when = _first_date(text[found.end():]) or _first_date(following)
        if when is not None:
            return Step(ConsultationStep(found.group("body"), when), address, INVITED_ASSEMBLY)
    return None
