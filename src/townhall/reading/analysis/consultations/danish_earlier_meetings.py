"""Danish sentences naming a body that dealt with the paper before, on its day: "blev drøftet i X den …"."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.spans import _day_ahead, _lines_of
from townhall.reading.card import ConsultationStep


# A Danish sentence naming a body that dealt with the paper before, on its day: "som blev drøftet i ejerudvalget den
# 27. maj 2026", "Styregruppen for rammeaftalen drøftede udkastet den 21. maj 2026", "Kommunaldirektørkredsen anbefalede
# det på sit møde den 3. juni 2026".
_DA_DEALT_BODY = (
    r"(?P<body>[\wæøåÆØÅ-]*?(?:udvalg(?:et)?|gruppe(?:n)?|kreds(?:en)?|råd(?:et)?|bestyrelse(?:n)?|kommission(?:en)?"
    r"|forum(?:met)?|nævn(?:et)?|forsamling(?:en)?)(?:\s+for\s+(?:det\s+|den\s+)?[\wæøå-]+)?)"
)
_DA_DEALT_WITH = re.compile(
    r"\b(?:blev|er|var|har\s+været)\s+(?:drøftet|behandlet|forelagt)\s+(?:i|på\s+et\s+møde\s+i)\s+" + _DA_DEALT_BODY
    + r"|(?:^|(?<=[.,;:]\s)|(?<=\bog\s))(?-i:(?=[A-ZÆØÅ]))" + _DA_DEALT_BODY.replace("?P<body>", "?P<subject>")
    + r"\s+(?:drøftede|behandlede|anbefalede|godkendte|tiltrådte)\s+(?:udkastet|sagen|forslaget|planen|aftalen|det|den)",
    re.IGNORECASE | re.MULTILINE,
)
_DA_DEALT_ON = re.compile(r"\s+(?:på\s+(?:sit|et|deres)\s+møde\s+)?(?:den|d\.)\s+")


def danish_earlier_meetings(text: str) -> list[tuple[ConsultationStep, str]]:
    """Return the bodies Danish sentences say dealt with the paper on a day before, each with its line."""
    found = []
    for dealt in _DA_DEALT_WITH.finditer(text):
        on = _DA_DEALT_ON.match(text, dealt.end())
        day = on and _day_ahead(text, on.end(), "da", reach=30, lead=0)
        if day:
            body = dealt.group("body") or dealt.group("subject")
            name = " ".join(body.split())
            step = ConsultationStep(name[:1].upper() + name[1:], day, None)
            found.append((step, _lines_of(text, dealt.start(), dealt.end())))
    return found
