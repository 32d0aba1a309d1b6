"""Lines that hold only a body and its meeting's date: "- Økonomiudvalget 3. maj 2022"."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.body_names import _SESSION_OF, _is_body_name, _nominative
from townhall.reading.analysis.consultations.tables import _CHECK_MARK_END, _ROLE_WORD
from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.dates.mention import DateMention
from townhall.reading.card import ConsultationStep


_MAX_SCHEDULE_LINE = 100
_BULLET = re.compile(r"^[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+")
_SCHEDULE_FILLER = re.compile(r"(?:\s+|^)(?:den|d\.|am|on|the|kl\.|um|at)(?=\s|$)", re.IGNORECASE)


_MUNICIPALITY_COUNCIL = re.compile(r"(?:City|County|Borough|District|Town|Parish|Metropolitan)\s+Council\b")


_TIME = re.compile(r"\d{1,2}[.:]\d\d\s*(?:am|pm|uhr)?|\d{1,2}\s*(?:am|pm)|kl\.\s*\d{1,2}(?:[.:]\d\d)?", re.IGNORECASE)


def _schedule_line_steps(text: str, language: str | None) -> list[ConsultationStep]:
    """Read lines that hold only a body and its meeting date: "- Økonomiudvalget 3. maj 2022"."""
    by_line: dict[int, list[DateMention]] = {}
    for mention in find_dates(text, language):
        line_start = text.rfind("\n", 0, mention.span[0]) + 1
        by_line.setdefault(line_start, []).append(mention)
    steps = []
    for line_start, mentions in by_line.items():
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end == -1 else line_end
        mention = mentions[0]
        if len(mentions) != 1 or mention.end is not None or mention.precision != "day":
            continue
        if line_end - line_start > _MAX_SCHEDULE_LINE:
            continue
        rest = text[line_start:mention.span[0]] + " " + text[mention.span[1]:line_end]
        rest = re.sub(r"\(\s*\)", "", _TIME.sub("", _BULLET.sub("", rest))).strip(" *")
        body = _CHECK_MARK_END.sub("", _SCHEDULE_FILLER.sub("", rest).strip(" ,.:;–-\t*"))
        body = re.sub(r"\s+", " ", _SESSION_OF.sub("", body))
        role = _ROLE_WORD.search(" " + body)
        if role:
            body = (" " + body)[:role.start()].strip()
        if _is_body_name(body) and not _MUNICIPALITY_COUNCIL.search(body):
            steps.append(ConsultationStep(_nominative(body), mention.start, None))
    return steps
