"""Route tables in text: Beratungsfolge in its layouts, a header of cells over rows of body, date and role."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from townhall.reading.analysis.consultations.body_names import _SESSION_OF, _looks_like_body, _nominative
from townhall.reading.analysis.consultations.spans import _all_positions
from townhall.reading.analysis.consultations.words import ROLE
from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.dates.mention import DateMention
from townhall.reading.card import ConsultationStep


_IGNORED_CELL = re.compile(
    r"^(?:ö|n|nö|öff\.?|öffentlich|nicht ?öffentlich|nichtöffentlich|public|private|åben|lukket|"
    r"top\s*\S*|\d+(?:\.\d+)*\.?|[-_–.]+|status|abgeschlossen|erledigt|geplant|x|☒|☐|✓|✔|"
    r"(?:[\wäöü]+\s+){0,3}(?:beschlossen|genommen|vertagt|abgelehnt|zurückgestellt|zurückgezogen|empfohlen|"
    r"abgesetzt|verwiesen|godkendt|anbefalet|approved|agreed|noted|deferred))$",
    re.IGNORECASE,
)
_HEADER_NAMES = (
    r"gremium|gremien|datum der sitzung|datum|sitzungsdatum|sitzungstermin|sitzung|termin|"
    r"zuständigkeit|beratungsart|beratungsstand|beratung|rolle|status|top|ö/n|ö / n|öffentlichkeit|"
    r"committee|body|meeting date|meeting|date|role|decision|udvalg|mødedato|møde|behandling|organ|"
    r"beratungsfolge|beratungsweg|ergebnis|beschluss|result|outcome|art der behandlung|behandlungsart|art der beratung"
)
_HEADER_CELL = re.compile(rf"^(?:{_HEADER_NAMES})$", re.IGNORECASE)
# "Datum Gremium Zuständigkeit": header cells separated by single spaces
_SPACED_HEADER = re.compile(rf"^\s*(?:{_HEADER_NAMES})(?:\s+(?:{_HEADER_NAMES}))+\s*$", re.IGNORECASE)
_SPACED_HEADER_CELL = re.compile(rf"(?:{_HEADER_NAMES})(?=\s|$)", re.IGNORECASE)
# A table header line holds one of these; other lines are not looked at twice.
_HEADER_WORDS = ("gremi", "beratung", "committee", "body", "udvalg", "organ", "sitzung", "datum", "termin",
                 "date", "møde", "behandling", "zuständig", "rolle", "status", "top")
_BODY_HEADER = re.compile(
    r"^(?:gremium|gremien|committee|body|udvalg|organ|beratungsfolge|beratungsweg)$", re.IGNORECASE
)
_DATE_HEADER = re.compile(r"datum|termin|date|dato|sitzung$|møde$", re.IGNORECASE)
_ROUTE_LABEL = re.compile(
    r"^\s*(?:\*\*)?(?:beratungsfolge|beratungsweg|consultation route)(?:\s*\([^)\n]{0,40}\))?\s*:?\s*(?:\*\*)?\s*"
    r"(?P<rest>.*)$",
    re.IGNORECASE
)
_ROLE_WORD = re.compile(
    r"\s+(Vorberatung|Entscheidung|Kenntnisnahme|Beschlussfassung|Anhörung|Beratung|Empfehlung|"
    r"zur Kenntnis(?:nahme)?|zur Entscheidung|zur Beratung|zur Beschlussfassung)\b[\s,;]*",
)
_CHECK_MARK_END = re.compile(r"\s+(?:[xX]|☒|☐|✓|✔)$")
_SEPARATOR_ROW = re.compile(r"^[\s|:+=_–-]*$")
_CELL_SPLIT = re.compile(r"\t+|\s{2,}|\s*\|\s*")


def _cells(line: str) -> list[str]:
    return [c.strip(" *") for c in _CELL_SPLIT.split(line.strip()) if c.strip(" *")]


def _table_steps(text: str, language: str | None) -> list[ConsultationStep]:
    lines = text.split("\n")
    steps: list[ConsultationStep] = []
    for line in lines:
        label = _ROUTE_LABEL.match(line)
        if label and label.group("rest").strip():
            steps.extend(_one_line_route(label.group("rest"), language))
    candidates = _lines_holding(text, _HEADER_WORDS)
    i = 0
    while i < len(lines):
        if i not in candidates:
            i += 1
            continue
        header = _read_header(lines, i)
        if header is None:
            i += 1
            continue
        has_date_column, next_line = header
        rows, i = _read_rows(lines, next_line, language, has_date_column is True)
        for org, when, role in rows:
            if has_date_column is True and when is None:
                continue  # an empty form row: the table promises a date for every body
            steps.append(ConsultationStep(org, when, role))
    return steps


def _one_line_route(route: str, language: str | None) -> list[ConsultationStep]:
    """Read "Ausschuss für Umwelt Vorberatung Rat der Stadt Bonn Entscheidung" written on one line."""
    pieces = _ROLE_WORD.split(" " + route.strip())
    steps = []
    for k in range(0, len(pieces) - 1, 2):
        row = _parse_row(pieces[k].strip() + "\t" + pieces[k + 1], language)
        if row is None or not row["org"]:
            return []
        steps.append(ConsultationStep(row["org"], row["date"], row["role"]))
    if len(pieces) % 2 == 1 and pieces[-1].strip():
        row = _parse_row(pieces[-1].strip(), language)
        if row is None or not row["org"]:
            return steps
        steps.append(ConsultationStep(row["org"], row["date"], row["role"]))
    return steps


def _lines_holding(text: str, words: tuple[str, ...]) -> set[int]:
    """Return the numbers of the lines of ``text`` that hold one of ``words`` (in any case)."""
    lowered = text.lower()
    line_starts = [0, *accumulate(len(line) + 1 for line in text.split("\n"))]
    return {bisect_right(line_starts, position) - 1 for word in words for position in _all_positions(lowered, word)}


def _read_header(lines: list[str], i: int) -> tuple[bool | None, int] | None:
    """Return (whether a date column exists, first row line) when a table header starts at ``i``."""
    cells = _cells(lines[i])
    if lines[i].rstrip().endswith(":") and not _ROUTE_LABEL.match(lines[i]):
        return None
    if len(cells) == 1 and _SPACED_HEADER.match(lines[i]):
        cells = _SPACED_HEADER_CELL.findall(lines[i])
    if len(cells) >= 2 and all(_HEADER_CELL.match(c) for c in cells):
        if any(_BODY_HEADER.match(c) for c in cells):
            return any(_DATE_HEADER.search(c) for c in cells), i + 1
        return None
    label = _ROUTE_LABEL.match(lines[i])
    if label and label.group("rest").strip():
        return None
    if label:
        following = i + 1
        while following < len(lines) and not lines[following].strip():
            following += 1
        if following < len(lines):
            inner = _read_header(lines, following)
            if inner is not None:
                return inner
        return None, following
    if not cells:
        return None
    # one header cell per line
    if len(cells) == 1 and _HEADER_CELL.match(cells[0]):
        names = []
        j = i
        while j < len(lines) and len(names) < 5:
            row = _cells(lines[j])
            if not row:
                j += 1
                continue
            if len(row) == 1 and _HEADER_CELL.match(row[0]) and not lines[j].rstrip().endswith(":"):
                names.append(row[0])
                j += 1
                continue
            break
        if len(names) >= 2 and any(_BODY_HEADER.match(n) for n in names):
            return any(_DATE_HEADER.search(n) for n in names), j
    return None


def _read_rows(lines: list[str], i: int, language: str | None, dated_table: bool = False):
    """Read table rows from line ``i`` on; return the rows and the line where the table ends."""
    rows: list[tuple[str, object, str | None]] = []
    current: dict = {}

    def flush():
        if current.get("org"):
            rows.append((current["org"], current.get("date"), current.get("role")))
        current.clear()

    while i < len(lines):
        line = lines[i]
        if not line.strip() or _SEPARATOR_ROW.match(line):
            i += 1
            continue
        parsed = _parse_row(line, language, dated_table)
        if parsed is None:
            break
        for slot in ("org", "date", "role"):
            if parsed.get(slot) is not None and current.get(slot) is not None:
                flush()
                break
        for slot, value in parsed.items():
            if value is not None:
                current[slot] = value
        i += 1
    flush()
    return rows, i


def _parse_row(line: str, language: str | None, dated_table: bool = False) -> dict | None:
    """Split one table line into body, date and role; None when it is not a table line.

    In a table whose header promises a date column, a body cell may be any short name
    ("Dienstberatung des Oberbürgermeisters"): rows without a date are dropped later anyway.
    """
    cells = _cells(line)
    if len(cells) == 1:
        cells = _split_single_spaced(cells[0], language)
        if cells is None:
            return None
    row: dict = {"org": None, "date": None, "role": None}
    for cell in [piece for cell in cells for piece in _detach_date(cell, language)]:
        dates = find_dates(cell, language)
        if dates and _is_only_date(cell, dates[0]):
            if row["date"] is not None:
                return None
            row["date"] = dates[0].start
        elif ROLE.match(cell):
            row["role"] = cell
        elif _IGNORED_CELL.match(cell):
            continue
        elif _looks_like_body(cell) or (dated_table and _looks_like_name(cell)):
            if row["org"] is not None:
                return None
            # ALLRIS lists each sitting as "Sitzung des Ausschusses für ..." under its body
            row["org"] = _nominative(_SESSION_OF.sub("", cell)) if _SESSION_OF.match(cell) else cell
        else:
            return None
    if not any(row.values()):
        return None
    return row


def _detach_date(cell: str, language: str | None) -> list[str]:
    """Split a date written at the start or end of a cell from the rest of it."""
    dates = find_dates(cell, language)
    if len(dates) != 1:
        return [cell]
    start, end = dates[0].span
    if start == 0 and cell[end:].strip():
        return [cell[:end], cell[end:].strip(" ,")]
    if end == len(cell) and cell[:start].strip():
        return [cell[:start].strip(" ,"), cell[start:]]
    return [cell]


def _split_single_spaced(cell: str, language: str | None) -> list[str] | None:
    """Split "15.03.2021 Ausschuss für Stadtentwicklung Vorberatung" into its cells."""
    cell = _CHECK_MARK_END.sub("", cell)
    dates = find_dates(cell, language)
    parts: list[str] = []
    rest = cell
    if dates:
        first = dates[0]
        if first.span[0] != 0 and first.span[1] != len(cell):
            return None
        parts.append(first.text)
        rest = (cell[:first.span[0]] + cell[first.span[1]:]).strip()
    if not rest:
        return parts
    words = rest.split()
    for size in (3, 2, 1):
        tail = " ".join(words[-size:])
        if len(words) > size and ROLE.match(tail):
            parts.extend([" ".join(words[:-size]), tail])
            return parts
    parts.append(rest)
    return parts


def _is_only_date(cell: str, mention: DateMention) -> bool:
    rest = (cell[:mention.span[0]] + cell[mention.span[1]:]).strip(" ,.")
    return not rest or bool(re.fullmatch(r"(?:kl\.|um)?\s*\d{1,2}[.:]\d\d(?:\s*uhr)?", rest, re.IGNORECASE))


def _looks_like_name(cell: str) -> bool:
    words = cell.split()
    return 1 <= len(words) <= 8 and cell[0].isupper() and not re.search(r"[:.!?;]", cell)
