"""The first body of a route table or list under its heading ("Beratungsfolge", "Gremium")."""

from __future__ import annotations

import re

from townhall.reading.analysis.units.names import _BODY_WORD


_GREMIUM_HEADER = re.compile(r"^(?:Beratungs)?gremium$|^Beratungsfolge$|^Ausschuss$|^Committee$|^Udvalg$", re.IGNORECASE)
_ROUTE_HEADING = re.compile(r"^\s*(?:Beratungsfolge|Beratungsweg|Behandlungsfolge)\s*:?\s*$", re.IGNORECASE)
_ROW_DATE = re.compile(r"\s\d{1,2}\.\d{1,2}\.\d{2,4}\b|\s\d{4}-\d{2}-\d{2}\b")
_DATE_CELL = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}$|^\d{4}-\d{2}-\d{2}$")
_ROLE_WORDS = re.compile(
    r"\s*\b(?:Vorberatung|Entscheidung|Kenntnisnahme|Beschlussfassung|Anhörung|Beratung|zur Kenntnis|"
    r"Ö|N|öffentlich|nichtöffentlich)\b\s*$",
    re.IGNORECASE,
)


def _first_gremium(lines: list[str]) -> str | None:
    for index, line in enumerate(lines):
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < 2:
            continue
        column = next((i for i, cell in enumerate(cells) if _GREMIUM_HEADER.match(cell)), None)
        if column is None:
            continue
        for row in lines[index + 1 : index + 4]:
            row_cells = [cell.strip() for cell in row.split("\t")]
            if len(row_cells) < 2:
                continue
            value = row_cells[column] if column < len(row_cells) else ""
            if not value or _DATE_CELL.match(value):
                value = next((c for c in row_cells if c and not _DATE_CELL.match(c) and len(c) > 3), "")
            value = _ROLE_WORDS.sub("", value).strip()
            if value and not _DATE_CELL.match(value):
                return value
        return None
    return None


def _first_route_row(lines: list[str]) -> str | None:
    """Return the body on the first row under a bare "Beratungsfolge:" heading (ALLRIS layout)."""
    for index, line in enumerate(lines):
        if not _ROUTE_HEADING.match(line):
            continue
        for row in lines[index + 1 : index + 4]:
            if not row:
                continue
            # A row printed on one line without tabs ("Ausschuss für X 22.05.2025 Kenntnisnahme Ö"): the body
            # is what stands before the row's date.
            cells = [_ROW_DATE.split(c, 1)[0].strip() for c in row.split("\t") if c.strip()]
            body = next((c for c in cells if c and _BODY_WORD.search(c) and not _DATE_CELL.match(c)), None)
            if body and not _GREMIUM_HEADER.match(body):
                return _ROLE_WORDS.sub("", body).strip() or None
            if cells and not any(_GREMIUM_HEADER.match(c) or c.lower().startswith(("datum", "sitzung")) for c in cells):
                return None
        return None
    return None
