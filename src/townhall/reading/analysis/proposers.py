"""Who puts a paper forward: an office of the administration proposing to a body, or a party group or members."""

from __future__ import annotations

import re

_GROUP = re.compile(
    r"\bFraktion\b|\bFraktionen\b|\bGruppe\b|\bgroup\b|\bparty\b|\bpartiet\b|\bgruppe\b|\bStadtratsfraktion\b"
    r"|\bAusschussgemeinschaft\b|\bWählergemeinschaft\b|\bWählergruppe\b|\bBürgerliste\b",
    re.IGNORECASE,
)


# "Antrag an den Stadtsenat" under an office of the administration is the administration's proposal to
# that body (an Austrian Amtsantrag, a Magistrat's Antrag); a group's or members' Antrag is their motion.
_ANTRAG_TO_BODY = re.compile(r"^(?:Amts)?antrag\s+an\s+(?:den|die|das)\s+\S", re.IGNORECASE)
_ADMINISTRATION_LINE = re.compile(
    r"^\s*(?:Magistrat|Magistratsabteilung|Abteilung|Amt|Stadtamt|Gemeindeamt|Bezirksamt|Referat|Dezernat|Fachbereich"
    r"|Stadtverwaltung|Gemeindeverwaltung|Kreisverwaltung|Landratsamt|(?:Der|Die) (?:Ober)?[Bb]ürgermeister(?:in)?)\b",
    re.MULTILINE,
)
_MEMBERS_PUT = re.compile(r"\b(?:eingereicht|eingebracht|gestellt) von\b|\bAntragsteller\w*\b|\bunterzeichnet\w*\b", re.IGNORECASE)


def proposed_by_administration(text: str, heading: str) -> bool:
    """Tell whether an "Antrag an den …" heading is an office's proposal to a body, not members' motion."""
    heading = " ".join(heading.split())
    if not _ANTRAG_TO_BODY.match(heading):
        return False
    at = text.find(heading)
    above = text[: at if at > 0 else 0]
    head = text[:2500]
    return bool(_ADMINISTRATION_LINE.search(above)) and not _GROUP.search(head) and not _MEMBERS_PUT.search(head)


def put_forward_by_members(fields) -> object | None:
    """Return the form field that names a party group or members as the paper's submitter, if any.

    A paper that members or a group put forward is a motion, whatever its form calls it
    (a Fraktionsvorlage is printed as a "Vorlage").
    """
    for field in fields:
        if field.key in ("author_unit", "proposer") and field.label.casefold().rstrip(":") in (
            "einreicher", "einbringer", "antragsteller", "antragstellerin", "antragstellende", "proposer", "forslagsstiller",
            "stillet af", "submitted by",
        ):
            if _GROUP.search(field.value):
                return field
    return None
