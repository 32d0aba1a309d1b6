"""Later meetings of other bodies a paper's head names as where the paper goes next."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.route.body_names import without_sitting_kind
from townhall.reading.analysis.route.days import _first_date
from townhall.reading.analysis.route.meetings import _ENGLISH_MEETING
from townhall.reading.analysis.route.step import Step, _same_body
from townhall.reading.card import ConsultationStep
from townhall.reading.layout import Document


# What says the paper goes on to a meeting: "will be put before", "is to be considered at", "wird … vorgelegt".
_GOES_ON = re.compile(
    r"\b(?:will|shall|is to|are to|to be|is due to)\b[^.\n]{0,40}$|\b(?:for (?:approval|decision|ratification|adoption))\b"
    r"|\b(?:wird|werden|soll|sollen)\b[^.\n]{0,40}$|\b(?:skal|vil)\b[^.\n]{0,40}$",
    re.IGNORECASE,
)


def _later_meetings(document: Document, meeting: Step) -> list[Step]:
    """Return later meetings of other bodies the head names as where the paper goes next."""
    out: list[Step] = []
    head = list(document.addresses[:40])
    if meeting.address not in head or meeting.step.date is None:
        return out
    for address in head[head.index(meeting.address) + 1 :]:
        text = " ".join(address.text.replace("\t", " ").split())
        for found in _ENGLISH_MEETING.finditer(text):
            body = (found.groupdict().get("body") or found.groupdict().get("body2") or "").strip(" ,")
            body = re.split(r"\s+(?:on|at)\b", body)[0].strip(" ,")
            when = _first_date(text[found.end() : found.end() + 40])
            if not BODY_WORD.search(body) or when is None or when <= meeting.step.date:
                continue
            if _same_body(body, meeting.step.organization) or not _GOES_ON.search(text[: found.start()][-80:] + " " + text[found.end():][:60]):
                continue
            out.append(Step(ConsultationStep(without_sitting_kind(body), when), address, "later meeting named in the header"))
    return out
