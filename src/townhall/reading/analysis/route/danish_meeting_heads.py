"""A Danish head naming the meeting of a body in words: "Dagsorden for møde i X", "Bestyrelsesmøde …"."""

from __future__ import annotations

import re

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
            body = _danish_definite(compound.group("stem"))
        else:
            continue
        for line in lines[position : position + _DANISH_MEETING_REACH]:
            when = _first_date(line.text)
            if when is not None:
                return Step(ConsultationStep(body[:1].upper() + body[1:], when), address, "meeting line")
        return None
    return None


def _danish_definite(word: str) -> str:
    """Return a Danish body's word in its definite form: "bestyrelse" -> "bestyrelsen", "udvalg" -> "udvalget"."""
    word = word.casefold()
    if word.endswith("e"):
        return word + "n"
    if word.endswith(("råd", "udvalg", "nævn")):
        return word + "et"
    return word + "en"
