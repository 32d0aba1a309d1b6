"""Route tables: one row per body, with its meeting date, status, agenda item and role, by header or by content."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.words import BODY_WORD, ROLE
from townhall.reading.analysis.route.body_names import _without_part
from townhall.reading.analysis.route.days import _one_date
from townhall.reading.analysis.route.step import Step
from townhall.reading.card import ConsultationStep
from townhall.reading.layout import Document, LineAddress, Table


_BODY_HEADER = re.compile(
    r"^(?:beratungsfolge|beratungsweg|gremium|gremien|beratungsgremium|ausschuss|organ|committee|body|meeting|"
    r"udvalg|behandles i|behandling|decision maker|decision-maker|mødeforum|forum|action by|acting body|beratung im|beratung in|beraten im)$",
    re.IGNORECASE,
)
_DATE_HEADER = re.compile(
    r"^(?:.*datum|.*termin|datum der sitzung|sitzung am|sitzung vom|date|dato|mødedato|sitzung|sitzungstag|meeting date|date of meeting|møde)$",
    re.IGNORECASE,
)
_ROLE_HEADER = re.compile(
    r"^(?:zuständigkeit|rolle|role|beratungsart|art der beratung|behandlungsart|beratungszweck|formål|handling|action)$", re.IGNORECASE
)
_STATUS_HEADER = re.compile(r"^(?:status|öffentlichkeit|ö/n|ö / n|sitzungsart|public|åben/lukket)$", re.IGNORECASE)
_ITEM_HEADER = re.compile(r"^(?:top|top-nr\.?|top nr\.?|tagesordnungspunkt|punkt|pkt\.?|item|item no\.?|dagsordenspunkt)$", re.IGNORECASE)
_PUBLIC_CELL = re.compile(r"^(?:öffentlich|ö|public|open|åben|åbent)$", re.IGNORECASE)
_CLOSED_CELL = re.compile(r"^(?:nicht ?öffentlich|nichtöffentlich|n|nö|private|exempt|confidential|lukket)$", re.IGNORECASE)
_ITEM_CELL = re.compile(r"^(?:TOP\s*)?(?:[ÖN]\s?)?\d{1,3}(?:\.\d{1,2})*\.?$", re.IGNORECASE)
_NOISE_CELL = re.compile(r"^(?:[-–_.x☒☐✓✔\s]*|\d{1,3})$", re.IGNORECASE)


def _grids(document: Document):
    """Yield each table as rows of cell texts with the line of each row."""
    by_table: dict[int, list[LineAddress]] = {}
    for address in document.addresses:
        if isinstance(address.item, Table):
            by_table.setdefault(id(address.item), []).append(address)
    for address in document.addresses:
        if isinstance(address.item, Table) and address.row == 0:
            rows = [[cell.text.strip() for cell in row] for row in address.item.rows]
            yield rows, by_table[id(address.item)]
    # Tab-separated lines of a text block (a PDF without ruling lines, a plain-text table).
    run: list[tuple[list[str], LineAddress]] = []
    for address in [*document.addresses, None]:
        if address is not None and not isinstance(address.item, Table) and "\t" in address.text:
            if run and (address.page != run[-1][1].page or address.line - run[-1][1].line > 1):
                if len(run) >= 2:
                    yield [cells for cells, _ in run], [a for _, a in run]
                run = []
            run.append(([cell.strip() for cell in address.text.split("\t")], address))
            continue
        if len(run) >= 2:
            yield [cells for cells, _ in run], [a for _, a in run]
        run = []


def _table_steps(document: Document, earlier: set[tuple[int, int]]) -> list[Step]:
    """Read route tables; rows at ``earlier`` (:func:`_earlier_decision_lines`) are no part of the route."""
    out: list[Step] = []
    for rows, addresses in _grids(document):
        if (addresses[0].page, addresses[0].line) in earlier:
            continue
        columns = _header_columns(rows[0])
        body_rows = rows[1:] if columns else rows
        body_addresses = addresses[1:] if columns else addresses
        if columns and len(body_rows) >= 2:
            # A column whose header is in words the lexicon does not know ("Geplant für", "When") is told
            # by what its cells hold: a column of dates is the meeting dates, of Ö/N the status.
            for name, index in (_content_columns(body_rows, complete=False) or {}).items():
                if name not in columns and index not in columns.values():
                    columns[name] = index
        if not columns:
            columns = _content_columns(rows)
            if not columns:
                continue
        for cells, address in zip(body_rows, body_addresses):
            step = _row_step(cells, columns)
            if step is not None:
                out.append(Step(step, address, "route table"))
    return out


def _header_columns(header: list[str]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        bare = cell.strip(" :*")
        if _BODY_HEADER.match(bare) and "body" not in columns:
            columns["body"] = index
        elif _DATE_HEADER.match(bare) and "date" not in columns:
            columns["date"] = index
        elif _ROLE_HEADER.match(bare):
            columns["role"] = index
        elif _STATUS_HEADER.match(bare):
            # ALLRIS prints "Sitzungsart" (öffentlich) beside "Status" (vertagt, erledigt): keep both,
            # the row's flag is read from whichever holds one.
            columns["status" if "status" not in columns else "other status"] = index
        elif _ITEM_HEADER.match(bare):
            columns["item"] = index
    if "body" in columns and ("date" in columns or "role" in columns or "status" in columns):
        return columns
    return None


def _content_columns(rows: list[list[str]], complete: bool = True) -> dict[str, int] | None:
    """Tell the columns of a table without a header from what its cells hold.

    With *complete* only a table with a column of bodies and one of dates is a route table.
    """
    width = max(len(row) for row in rows)
    if width < 2:
        return None
    counts = {"body": [0] * width, "date": [0] * width, "role": [0] * width, "status": [0] * width}
    for row in rows:
        for index, cell in enumerate(row):
            if _one_date(cell):
                counts["date"][index] += 1
            elif ROLE.match(cell):
                counts["role"][index] += 1
            elif _PUBLIC_CELL.match(cell) or _CLOSED_CELL.match(cell):
                counts["status"][index] += 1
            elif BODY_WORD.search(cell) and len(cell.split()) <= 12:
                counts["body"][index] += 1
    columns: dict[str, int] = {}
    for name, per_column in counts.items():
        best = max(range(width), key=lambda index: per_column[index])
        if per_column[best] >= max(2, 0.6 * len(rows)):
            columns[name] = best
    if not complete or ("body" in columns and "date" in columns and columns["body"] != columns["date"]):
        return columns
    return None


def _row_step(cells: list[str], columns: dict[str, int]) -> ConsultationStep | None:
    def cell(name: str) -> str:
        index = columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    body = " ".join(cell("body").split()).strip(" *:")
    if not body or _NOISE_CELL.match(body) or _ITEM_CELL.match(body) or len(body.split()) > 14:
        return None
    if not BODY_WORD.search(body) and not body[:1].isupper():
        return None
    when = _one_date(cell("date"))
    role = cell("role") or None
    if role is None:
        body, role = _without_part(body)
    public = None
    for name in ("status", "other status"):
        status = cell(name)
        public = True if _PUBLIC_CELL.match(status) else False if _CLOSED_CELL.match(status) else None
        if public is not None:
            break
    item = cell("item") or None
    if item is not None and not _ITEM_CELL.match(item):
        item = None
    flagged = _FLAGGED_ITEM.match(item) if item else None
    if flagged:
        # SD.NET and ALLRIS print the item with its part of the sitting: "Ö 7" public, "N 4" closed
        item = flagged.group("number")
        if public is None:
            public = flagged.group("flag").upper() == "Ö"
    if when is None and not (role and ROLE.match(role)) and not BODY_WORD.search(body):
        return None  # a header the lexicon does not know ("Mødeforum | Handling") is no step
    return ConsultationStep(body, when, role, agenda_item=item.strip(" .") if item else None, public=public)


_FLAGGED_ITEM = re.compile(r"^(?:TOP\s*)?(?P<flag>[ÖN])\s?(?P<number>\d{1,3}(?:\.\d{1,2})*)\.?$", re.IGNORECASE)
