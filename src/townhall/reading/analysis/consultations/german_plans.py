"""German sentences that plan the paper's sittings ahead: "Der Bezirkstag möge in seiner Sitzung am … beschließen"."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.body_names import _DE_BODY, nominative
from townhall.reading.analysis.consultations.spans import _day_ahead, _lines_of
from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.card import ConsultationStep


# "sagen sendes videre til byrådets møde den 24. juni 2025": the body whose meeting the case goes on to, and its day.
# "Der Bezirkstag möge in seiner Sitzung am 19. März 2026 beschließen", "Der Gemeinderat wird in seiner nächsten
# Sitzung am … entscheiden": the body that takes the paper at a sitting ahead.
_DE_WILL = re.compile(
    r"\b(?:Der|Die|Das)\s+(?P<body>[A-ZÄÖÜ][\wäöüß-]+(?:\s+für\s+[A-ZÄÖÜ][\wäöüß-]+(?:(?:,\s*|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]+)*)?)"
    r"\s+(?:möge|wird|soll)\s+(?:[^.\n]{0,40}?\s)?in\s+(?:seiner|ihrer)\s+(?:nächsten\s+|öffentlichen\s+)?Sitzung\s+(?:am|vom)\s+"
)
# The step named by what it does, then where and when: "Die Beschlussfassung im Gemeinderat ist für den 11. Juni 2026
# vorgesehen", "Vorberatung im Bauausschuss am 19. Mai 2026"; or where and when, then what it is to do there: "den Antrag im
# Bau- und Verkehrsausschuss am 18. Juni 2026 vorzuberaten".
_DE_PART_IN = re.compile(
    r"\b(?:Vorberatung|Beratung|Beschlussfassung|Entscheidung|Behandlung|Kenntnisnahme)\s+(?:im|in\s+der|durch\s+den|durch\s+die)\s+"
    r"(?P<body>" + _DE_BODY.pattern + r")\s+(?:(?:ist|wird|soll)\s+(?:voraussichtlich\s+)?)?(?:am|für\s+den|vom)\s+"
)
_DE_IN_BODY_ON = re.compile(
    r"\b(?:im|in\s+der)\s+(?P<body>" + _DE_BODY.pattern + r")\s+am\s+(?P<day>[^,;()\n]{6,40}?)\s+"
    r"(?:vorzuberaten|zu\s+beraten|zu\s+behandeln|zu\s+beschließen|zu\s+beschliessen|vorberaten|beraten|behandelt)\b"
)
# A body that takes the paper on a day, in the present tense of what is planned: "Die Sachkommission Bildung und
# Soziales berät die Vorlage am 16. Juni 2026 vor", "Das Stadtparlament behandelt sie voraussichtlich am 2. Juli 2026".
_DE_DEALS_ON = re.compile(
    r"\b(?:Der|Die|Das)\s+(?P<body>[A-ZÄÖÜ][\wäöüß-]*?(?:ausschuss|rat|beirat|kommission|kreistag|landtag|parlament|vertretung"
    r"|versammlung)(?:\s+(?:für\s+)?[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s*|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*)*)?)\s+"
    r"(?:berät|behandelt)\s+(?:die|den|das|sie|ihn|es)(?:\s+(?:Vorlage|Antrag|Geschäft|Bericht|Entwurf))?\s+"
    r"(?:voraussichtlich\s+)?(?:am|an\s+(?:ihrer|seiner)\s+Sitzung\s+vom)\s+"
)


def german_planned_sittings(text: str) -> list[tuple[ConsultationStep, str]]:
    """Return the sittings ahead that German sentences name for a body, each with its line.

    "Der Bezirkstag möge in seiner Sitzung am 19. März 2026 beschließen", "Die Beschlussfassung im Gemeinderat ist für
    den 11. Juni 2026 vorgesehen", "den Antrag im Bauausschuss am 18. Juni 2026 vorzuberaten".
    """
    found = []
    flat = re.sub(r"(?<=\S)\n(?=\S)", " ", text)  # a sentence wrapped by the margin; the lengths stay
    for will in _DE_WILL.finditer(text):
        body = will.group("body")
        day = BODY_WORD.search(body) and _day_ahead(text, will.end(), "de", reach=30, lead=0)
        if day:
            found.append((ConsultationStep(body, day, None), _lines_of(text, will.start(), will.end())))
    for pattern in (_DE_PART_IN, _DE_DEALS_ON):
        for match in pattern.finditer(flat):
            day = _day_ahead(flat, match.end(), "de", reach=40, lead=0)
            if day:
                body = nominative(" ".join(match.group("body").split()))
                found.append((ConsultationStep(body, day, None), _lines_of(text, match.start(), match.end())))
    for match in _DE_IN_BODY_ON.finditer(flat):
        day = _day_ahead(match.group("day"), 0, "de", reach=40, lead=0)
        if day:
            body = nominative(" ".join(match.group("body").split()))
            found.append((ConsultationStep(body, day, None), _lines_of(text, match.start(), match.end())))
    return found
