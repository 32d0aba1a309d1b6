"""A Danish head naming the meeting of a body in words: "Dagsorden for møde i X", "Bestyrelsesmøde …"."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.body_names import danish_definite
from townhall.reading.analysis.route.days import _first_date
from townhall.reading.analysis.route.record_heads import _RECORD_HEAD_LINES
from townhall.reading.analysis.route.step import Step
from townhall.reading.card import ConsultationStep
from townhall.reading.layout import LineAddress


# A Danish head naming the meeting of a body: "Dagsorden for møde i Beredskabskommissionen", "Møde i KKR Sydjylland",
# or the meeting by a compound of the body's word: "Bestyrelsesmøde onsdag den 10. juni 2026", "Referat af
# skolebestyrelsesmøde".
_DANISH_MEETING_IN = re.compile(
    r"^(?:(?:Dagsorden|Referat|Beslutningsprotokol)\s+(?:for|fra|af|til)\s+)?(?:(?:det|ordinært|ekstraordinært)\s+)?"
    r"møde(?:t)?\s+i\s+(?P<body>[^\W\d_][^\d\t,:]{1,60}?)\s*$",
    re.IGNORECASE,
)
_DANISH_COMPOUND_MEETING = re.compile(
    r"^(?:(?:Dagsorden|Referat|Beslutningsprotokol)\s+(?:for|fra|af|til)\s+)?(?:(?:ordinært|ekstraordinært)\s+)?"
    r"(?P<stem>[^\W\d_]*?(?:bestyrelse|udvalg|råd|kommission|nævn|forsamling))s?møde(?:t)?\b",
    re.IGNORECASE,
)
_DANISH_MEETING_REACH = 3
# The body's name over its sitting's line, as an agenda system prints an item's head: "Børne- og Skoleudvalget" over
# "Ordinært møde mandag den 2. november 2026 kl. 15.00".
_SITTING_LINE = re.compile(r"^(?:(?:ordinært|ekstraordinært)\s+)?møde(?:t)?\b(?!\s+i\b)", re.IGNORECASE)
_BODY_NAME = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå]*-? (?:og |& )?)*[A-ZÆØÅ][\wæøå-]*(?:udvalget|rådet|bestyrelsen|nævnet|kommissionen)$"
    r"|^(?:Byrådet|Kommunalbestyrelsen|Borgerrepræsentationen|Regionsrådet)$"
)


def _danish_meeting_head(head: list[LineAddress]) -> Step | None:
    """Return the meeting a Danish head names in words, on the first day on its line or the lines under it."""
    lines = [address for address in head if address.text.strip()][:_RECORD_HEAD_LINES]
    for position, address in enumerate(lines):
        text = " ".join(address.text.split())
        named = _DANISH_MEETING_IN.match(text)
        if named:
            body = named.group("body").strip()
            if len(body.split()) > 5:
                continue
        elif compound := _DANISH_COMPOUND_MEETING.match(text):
            body = danish_definite(compound.group("stem"))
        elif position and _SITTING_LINE.match(text) and _BODY_NAME.match(" ".join(lines[position - 1].text.split())):
            body = " ".join(lines[position - 1].text.split())
        else:
            continue
        for line in lines[position : position + _DANISH_MEETING_REACH]:
            when = _first_date(line.text)
            if when is not None:
                return Step(ConsultationStep(body[:1].upper() + body[1:], when), address, "meeting line")
        return None
    return None


def sitting_body(lines: list[str]) -> str | None:
    """Return the body whose sitting an item's head names, its name over the sitting's line, or None."""
    filled = [" ".join(line.split()) for line in lines if line.strip()][:_RECORD_HEAD_LINES]
    for above, line in zip(filled, filled[1:]):
        if _SITTING_LINE.match(line) and _BODY_NAME.match(above):
            return above
    return None
