"""A town meeting's warrant: the meeting of its voters it calls, on the day its heading gives."""

from __future__ import annotations

import re

from townhall.reading.analysis.route.days import _first_date
from townhall.reading.analysis.route.head_lines import _capitalised
from townhall.reading.analysis.route.record_heads import _RECORD_HEAD_LINES
from townhall.reading.analysis.route.step import Step
from townhall.reading.card import ConsultationStep
from townhall.reading.layout import LineAddress


# A New England town's warrant names the meeting of its voters it calls: "ANNUAL TOWN MEETING WARRANT" over its day.
_WARRANT = re.compile(
    r"^(?:(?P<body>(?:(?:Annual|Special|Spring|Fall|Adjourned)\s+)?Town\s+Meeting)\s+Warrant"
    r"|Warrant\s+for\s+(?:the\s+)?(?P<body_for>(?:(?:Annual|Special|Spring|Fall)\s+)?Town\s+Meeting))\b",
    re.IGNORECASE,
)


def _warrant_head(head: list[LineAddress]) -> Step | None:
    """Return the town meeting a warrant calls, on the first day its heading's line or the two under it give."""
    lines = [address for address in head if address.text.strip()][:_RECORD_HEAD_LINES]
    for position, address in enumerate(lines):
        warrant = _WARRANT.match(" ".join(address.text.split()))
        if warrant is None:
            continue
        body = _capitalised(warrant.group("body") or warrant.group("body_for"))
        for line in lines[position : position + 3]:
            when = _first_date(line.text)
            if when is not None:
                return Step(ConsultationStep(" ".join(body.split()), when), address, "record head")
        return None
    return None
