"""A Danish case history ("Sagens forløb": "05/09/2024  Økonomiudvalget") and decision headings ("Beslutning i X den …")."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.words import BODY_WORD, ROLE
from townhall.reading.analysis.route.body_names import _without_part
from townhall.reading.analysis.route.days import _one_date
from townhall.reading.analysis.route.rows import route_row
from townhall.reading.analysis.route.step import Step
from townhall.reading.card import ConsultationStep
from townhall.reading.layout import Document


# A case history's line: "05/09/2024  Økonomiudvalget", "2025-02-04 Byrådet", "18.02.2025: Økonomiudvalget",
# "Tirsdag 4. februar 2025 Teknik- og Miljøudvalget", "Tuesday 4 February 2025 – Cabinet".
_DAY_BODY = re.compile(
    r"^(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|monday|tuesday|wednesday|thursday|friday|saturday)\.?,?\s+(?:den\s+)?)?"
    r"(?P<day>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+[^\W\d_]{3,9}\.?\s+\d{4})"
    r"\s*[:,–—-]?\s+(?P<body>\S.*)$",
    re.IGNORECASE,
)
_CELL_GAP = re.compile(r"\t|\s{2,}")
# A letter's date over its salutation ("5 May 2026" / "Dear Councillor,"): the greeting names no body that met.
_GREETING = re.compile(r"^(?:Dear|Kære|Sehr geehrte[rs]?|Liebe[rs]?|Hej|Hallo)\b", re.IGNORECASE)
# A meeting's date over one item of its agenda ("28 JULY 2026" / "12.3 AUDIT AND RISK COMMITTEE - MINUTES …"): the item
# is numbered, a body that met is not.
_ITEM_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})*\.?\s")
_DANISH_DECISION = re.compile(r"^(?:Beslutning|Indstilling|Behandling)(?:\s+i)?\s+(?P<body>.+?)\s+den\s+(?P<rest>.+)$", re.IGNORECASE)


# Bodies a council web page lists by the name of their sitting: "BA 05 - Vollgremium", "Plenum", "Plenarsitzung".
_COMMITTEE = re.compile(r"gremium\b|versammlung\b|\bplenum\b|plenar(?:sitzung|versammlung)?\b", re.IGNORECASE)


def _history_steps(document: Document, earlier: set[tuple[int, int]]) -> list[Step]:
    """Read "05/09/2024  Økonomiudvalget" lines and "Beslutning i X den …" headings (not at ``earlier``)."""
    out: list[Step] = []
    addresses = document.addresses
    for position, address in enumerate(addresses):
        text = " ".join(address.text.split())
        if len(text) > 120 or (address.page, address.line) in earlier:
            continue
        when = _one_date(text) if len(text) <= 12 else None
        if when is not None and position + 1 < len(addresses):
            # A date standing alone over the body that met that day (a web page's list of results).
            below = addresses[position + 1]
            body = " ".join(below.text.split())
            if (
                below.page == address.page and len(body) <= 80 and (BODY_WORD.search(body) or _COMMITTEE.search(body))
                and not _GREETING.match(body) and not _ITEM_NUMBER.match(body)
            ):
                out.append(Step(ConsultationStep(body, when), below, "case history"))
                continue
        # A row's cells stand apart by tabs or by a column's gap: "26.3.2026   Grosser Gemeinderat   Abschreibung".
        cells = [cell for cell in _CELL_GAP.split(address.text.strip()) if cell.strip()]
        day = _DAY_BODY.match(" ".join(cells[:2])) if len(cells) > 1 else _DAY_BODY.match(text)
        # A body's name is short; a sentence that opens with a date ("4. februar 2025 besluttede byrådet …") is none.
        if day and BODY_WORD.search(day.group("body")) and len(day.group("body").split()) <= 8 and not day.group("body").endswith("."):
            when = _one_date(day.group("day"))
            body, role = _without_part(day.group("body"))
            # the cells after the body hold its part in the route, if one names it ("Vorberatung"), or its result
            role = role or next((cell.strip() for cell in cells[2:] if ROLE.match(cell.strip())), None)
            if when is not None and body:
                out.append(Step(ConsultationStep(body, when, role), address, "case history"))
                continue
        decision = _DANISH_DECISION.match(text)
        if decision and BODY_WORD.search(decision.group("body")):
            when = _one_date(decision.group("rest").split(",")[0])
            if when is not None:
                out.append(Step(ConsultationStep(decision.group("body").strip(), when), address, "decision heading"))
                continue
        row = route_row(text)
        if row is not None:
            out.append(Step(row, address, "route row"))
    return out
