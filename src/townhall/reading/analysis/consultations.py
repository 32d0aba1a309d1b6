"""Read the route of a paper through committees and councils (Beratungsfolge, videre proces)."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from functools import lru_cache
from itertools import accumulate, islice

from townhall.reading.card import ConsultationStep

from .dates import DateMention, find_dates, sentence_after, sentence_before

# A cell or phrase names a deliberating body when it holds one of these words.
BODY_WORD = re.compile(
    # "-rat" closes many compounds (Integrationsrat) and a few other words (Referat, Apparat, Vorrat)
    r"(?i:ausschuss|ausschusses|(?<=[a-zäöüß])(?<!refe)(?<!ppa)(?<!nse)(?<!uad)(?<!hei)(?<!vor)(?<!unrat)"
    r"rat(?:es|s)?\b|\brat\b|beirat|räte|vertretung|versammlung|"
    r"kreistag|bezirkstag|magistrat|senat|bürgerschaft|kommission|verwaltungsvorstand|gemeindevorstand|"
    r"council|committee|cabinet|board|panel|assembly|executive|municipal district|"
    r"udvalg|repræsentation|byråd|kommunalbestyrelse|regionsråd|magistraten|"
    # a Danish council's advisory boards close a compound in "-råd" ("Integrationsrådet", "Handicaprådet"; not "forråd")
    r"(?<=[a-zæøå])(?<!for)råd(?:et|ene)?\b)"
)
ROLE = re.compile(
    r"^(?:vorberatung|vorberatend|entscheidung|entscheidend|beschlussfassung|beschließend|beschluss|"
    r"kenntnisnahme|zur kenntnis(?:nahme)?|zur beratung|zur entscheidung|zur beschlussfassung|"
    r"zur vorberatung|beratung|anhörung|empfehlung|stellungnahme|vorlage zur kenntnis|"
    r"for decision|for information|for noting|for consideration|for approval|decision|information|"
    r"til beslutning|til orientering|til drøftelse|til godkendelse|beslutning|orientering|"
    # Danish route tables ("Behandling", "Sagsforløb") name each committee's part in a word of its own
    r"indstilling|til indstilling|anbefaling|drøftelse|godkendelse|høring|til høring|endelig beslutning|"
    # a parliament's committees are named for their part in the referral: the lead one and those that advise
    r"federführend|mitberatend|federführung|mitberatung)$",
    re.IGNORECASE,
)
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
_MAX_ORG_WORDS = 12

# Danish bodies: "Økonomiudvalget", "Børne- og Ungdomsudvalget", "Borgerrepræsentationen", "Byrådet"
_DA_BODY = re.compile(
    r"(?:[A-ZÆØÅ][a-zæøå]+-(?:,\s*[A-ZÆØÅ]?[a-zæøå]+-)*\s+og\s+)?[A-ZÆØÅ][a-zæøå]*"
    r"(?:udvalget|udvalg|repræsentationen|rådet|bestyrelsen|forsamlingen|Magistraten)\b"
)
_DA_TRIGGER = re.compile(
    r"(?:(?:forelægges|fremlægges)(?:\s+(?:herefter|derefter|efterfølgende|endeligt|for))*|"
    r"behandles\s+i|behandles\s+på\s+mødet\s+i|(?:ønskes\s+)?behandlet\s+(?:på|i)\s+(?:(?:det\s+)?(?:næste\s+)?møde(?:t)?\s+i)?|sendes\s+(?:videre\s+)?til|"
    r"oversendes\s+(?:derefter\s+)?til|til\s+(?:beslutning|godkendelse|orientering)\s+i|"
    r"(?<![^\n*\s])(?:beslutning|behandling|indstilling)(?:\s+i)?|"
    r"sagen\s+afgøres\s+i\s*:?|afgøres\s+i\s*:|beslutningskompetence\s*:)\s+",
    re.IGNORECASE,
)
_DA_TRIGGER_WORDS = ("forelægges", "fremlægges", "behandles", "behandlet", "sendes", "til beslutning", "til godkendelse",
                     "til orientering", "beslutning", "behandling", "indstilling", "afgøres i")
# what may stand between two bodies on one route: ", ", " og herefter ", " samt i "
_DA_JOINER = re.compile(
    r"[^.]*?(?:,|\bog\b|\bsamt\b)(?:\s+(?:herefter|derefter|endelig|efterfølgende|til sidst))?\s*(?:i\s+|til\s+|(?:inden|før)\s+)?"
)
_DANISH_DATE_TAIL = re.compile(r"\s*(?:på\s+(?:sit\s+)?møde(?:t)?\s+)?(?:(?:den|d\.)\s+)?[^,]*?\d{4}")
# "til Beskæftigelses- og Integrationsudvalgets møde den 7. november 2012"
_DA_BODY_MEETING = re.compile(
    r"(?P<body>(?:[A-ZÆØÅ][a-zæøå]+-\s+og\s+)?[A-ZÆØÅ][a-zæøå]*"
    r"(?:udvalget|repræsentationen|rådet|bestyrelsen))"
    r"s\s+(?:ordinære\s+|næste\s+)?møde\s+(?=den\s|d\.\s)"
)
_HEADING_START = re.compile(r"(?:^|\n)[ \t*]*\Z")
# German bodies: "Hauptausschuss", "Ausschuss für Umwelt und Grün", "Rat der Stadt Münster"
_DE_BODY = re.compile(
    r"(?:[A-ZÄÖÜ][\wäöüß]*-(?:,\s*[A-ZÄÖÜ][\wäöüß]*-)*\s+und\s+)?"  # "Haupt- und Finanzausschuss"
    r"(?:(?:[A-ZÄÖÜ][\wäöüß-]*?)?(?i:ausschuss|ausschusses|rat|rates|rats|beirat|beirates|vertretung|"
    r"versammlung|kreistag|kreistages|magistrat|senat|bürgerschaft|kommission))\b"
    r"(?:\s+(?:für|der|des)\s+[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s*|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*)*"
    r"(?:\s+[A-ZÄÖÜ][\wäöüß-]*){0,2}"
    r"|\s+[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)?(?=\s+(?:am|wird|in|zur|hat)\b))?"
)
_DE_ROUTE_SENTENCE = re.compile(
    r"\b(?:wird|werden|soll|sollen)\b(?:[^.\n]|(?<=\d)\.|\n(?!\s*\n)){0,200}?"
    r"\b(?:vorgelegt|vorzulegen|zugeleitet|beraten|behandelt|angehört|befasst|bekannt\s?gegeben|mitgeteilt|"
    r"zur\s+(?:Beratung|Entscheidung|Beschlussfassung|Kenntnis(?:nahme)?))",
    re.IGNORECASE,
)
_DE_ROUTE_WORDS = ("vorgelegt", "vorzulegen", "zugeleitet", "beraten", "behandelt", "angehört", "befasst", "bekannt gegeben",
                   "bekanntgegeben", "mitgeteilt",
                   "zur beratung", "zur entscheidung", "zur beschlussfassung", "zur kenntnis")
# English bodies: "the Cabinet", "Planning Committee", "Full Council", "Health Scrutiny Panel"
_EN_BODY = re.compile(
    # "Children's and Young People Cabinet Committee": an "and" may join the words of the name
    r"(?:[A-Z][\w&'’-]*\s+(?:and\s+(?=[A-Z]))?){0,5}(?:Council|Committee|Cabinet|Board|Panel|Assembly|Executive|Sub-Committee|Policy Group|Commission"
    # a group that meets on the paper: "Strategic Planning Group", "Project Steering Group"
    r"|(?:Planning|Steering|Working|Reference|Advisory) Group)"
    # "Council of the Township of Birch Hollow": the council of a town named in full
    r"(?:\s+of\s+the\s+(?:Township|City|Town|County|Municipality|District|Village|Borough|Shire)\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    r"|\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?"
    r"(?:\s*\([A-Z][^()\n]{1,40}\))?"
)
_EN_TRIGGER = re.compile(
    r"(?:considered|discussed|determined|decided|reported|submitted|presented|referred)\s+(?:to|by|at)\s+"
    r"(?:a\s+meeting\s+of\s+)?(?:the\s+)?",
)
_EN_TRIGGER_WORDS = ("considered", "discussed", "determined", "decided", "reported", "submitted", "presented",
                     "referred")
_FORM_LABEL = re.compile(
    r"^[ \t]*(?:\*\*)?(?P<label>report to|prepared for|submitted to|presented to|meeting|committee|decision maker|decision taker|gremium|"
    r"sitzung des|udvalg)[ \t]*:(?:\*\*)?[ \t]*(?P<value>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_PERSON_ROLE = re.compile(
    r"\b(?:member|lead|leader|chair|chairman|chairperson|mayor|officer|director)s?\s*$", re.IGNORECASE
)
# "Gremium: Integrationsrat Sitzung am: 18.09.2012": the next label ends the body's name
_INLINE_LABEL = re.compile(
    r"\s+(?:sitzung am|sitzungstermin|sitzungsdatum|datum|date|dato|mødedato|am|on|den)\s*:?\s*$|"
    r"\s+(?:sitzung am|sitzungstermin|sitzungsdatum|datum|date|dato|mødedato)\s*:",
    re.IGNORECASE,
)
_FORM_LABEL_WORDS = ("report to", "prepared for", "submitted to", "presented to", "meeting", "committee", "decision", "gremium", "sitzung des", "udvalg")
# "Änderungsantrag zur Sitzung am 10.12.2025" on the line above "Gremium: Hauptausschuss".
_SESSION_BEFORE = re.compile(r"\bzur Sitzung (?:am|vom)\s+(?P<value>[^\n]{6,30})\n(?:[ \t]*\n)?[ \t]*\Z")
_MEETING_WORD = re.compile(r"meeting|decision|sitzung|møde", re.IGNORECASE)
# Labels that name whom a report is for ("Prepared for: Committee of the Whole", as staff reports in North
# America head it): a "Date:" under them is the report's own unless it says meeting.
_ADDRESSEE_LABELS = frozenset(("report to", "prepared for", "submitted to", "presented to"))
_DATE_LABEL_AFTER = re.compile(
    r"^[ \t]*(?:\*\*)?(?:date(?: of (?:meeting|decision))?|meeting date|decision date|sitzung am|datum|"
    r"mødedato|dato)[ \t]*:(?:\*\*)?[ \t]*(?P<value>[^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)


def extract_consultations(text: str, language: str | None = None) -> list[ConsultationStep]:
    """Return the bodies a paper goes through with meeting dates and roles where given.

    Steps come in route order: by meeting date, undated steps last in the order the text names them.
    """
    return list(_consultations(text, language if language in ("da", "de", "en") else None))


@lru_cache(maxsize=16)
def _consultations(text: str, language: str | None) -> tuple[ConsultationStep, ...]:
    # Event extraction asks for the route too (its meetings are not events); read it once.
    steps: list[ConsultationStep] = []
    steps.extend(_table_steps(text, language))
    steps.extend(_form_steps(text, language))
    steps.extend(_heading_steps(text, language))
    if language in (None, "da"):
        steps.extend(_danish_prose_steps(text))
    if language in (None, "de"):
        steps.extend(_german_prose_steps(text))
        steps.extend(_german_sitting_steps(text))
        steps.extend(step for step, _ in german_planned_sittings(text))
    if language in (None, "en"):
        steps.extend(_english_prose_steps(text))
        # beside the route read otherwise, a body that saw the paper earlier and passed it on is the step before
        named = {step.organization.casefold() for step in steps}
        steps.extend(step for step, _ in passed_on_meetings(text) if steps and step.organization.casefold() not in named)
    return tuple(sorted(_unique(steps), key=lambda step: (step.date is None, step.date or date.min)))


# ---------------------------------------------------------------------------------------------
# Tables: Beratungsfolge in its layouts


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


def _looks_like_body(cell: str) -> bool:
    words = cell.split()
    if not 1 <= len(words) <= _MAX_ORG_WORDS or not BODY_WORD.search(cell):
        return False
    if cell.endswith(":") or re.search(r"[.!?]\s|[.!?]$", cell):
        return False
    return cell[0].isupper() or cell[0].isdigit()


# ---------------------------------------------------------------------------------------------
# Form headers: "Report to: Full Council, 3 March 2021", "Meeting: Cabinet" + "Date: 12 May 2022"


def _form_steps(text: str, language: str | None) -> list[ConsultationStep]:
    steps = []
    lowered = text.lower()
    if not any(label in lowered for label in _FORM_LABEL_WORDS):
        return steps
    for m in _FORM_LABEL.finditer(text):
        value = m.group("value").strip(" *")
        if not value:
            continue  # an empty form field ("Gremium:" with nothing filled in)
        dates = find_dates(value, language)
        org = value
        when = None
        if dates:
            org = value[:dates[0].span[0]].strip(" ,;–-\t")
            when = dates[0].start
        else:
            following = text[m.end():m.end() + 200]
            label = _DATE_LABEL_AFTER.search(following)
            session = _SESSION_BEFORE.search(text[max(0, m.start() - 160):m.start()])
            if not label and session and m.group("label").lower() == "gremium":
                found = find_dates(session.group("value"), language)
                when = found[0].start if found else None
            if label and m.group("label").lower() in _ADDRESSEE_LABELS and not _MEETING_WORD.search(label.group(0)):
                continue  # a report's own "Date:" under its addressee: no meeting is named
            if label and following[:label.start()].count("\n") <= 2:
                found = find_dates(label.group("value"), language)
                when = found[0].start if found else None
        org = _INLINE_LABEL.split(re.split(r"\t|\s{2,}", org)[0])[0].strip(" ,;")
        if _looks_like_body(org) and not _PERSON_ROLE.search(org):
            steps.append(ConsultationStep(org, when, None))
    return steps


# ---------------------------------------------------------------------------------------------
# Headings: "Beschluss des Ausschusses für Klima- und Umweltschutz vom 08.06.2022 (VB)", or a
# committee report that names its committee with the meeting date on the line below

_DE_DECISION_HEADING = re.compile(
    r"^[ \t]*(?:\*\*)?(?:Beschluss|Vorberatung|Entscheidung)\s+(?:des|der|im|in der)\s+(?P<rest>[^\n]+)$",
    re.MULTILINE,
)
_HEADER_LINES = 15
_MAX_SCHEDULE_LINE = 100
_BULLET = re.compile(r"^[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+")
_SCHEDULE_FILLER = re.compile(r"(?:\s+|^)(?:den|d\.|am|on|the|kl\.|um|at)(?=\s|$)", re.IGNORECASE)
_SESSION_OF = re.compile(
    r"^(?:\d+\.\s*)?(?:öffentliche\s+)?(?:Sitzung|Meeting|Møde)\s+(?:des|der|of the|of|i)\s+", re.IGNORECASE
)
_MUNICIPALITY_COUNCIL = re.compile(r"(?:City|County|Borough|District|Town|Parish|Metropolitan)\s+Council\b")
# "An den Sozialausschuss (zur Kenntnis)": an addressee with the part it plays is a route step
_ADDRESSED_FOR = re.compile(
    r"^[ \t]*An\s+(?:den|die|das)\s+(?P<body>[^\n()]{2,80}?)\s*\((?P<role>zur\s+[^\n()]{4,30}|[^\n()]*beratung|"
    r"[^\n()]*entscheidung|anhörung)\)[ \t]*$",
    re.MULTILINE,
)
_ADDRESS_LEAD = re.compile(r"^(?:an|an den|an die|an das|til|to|for)\b\s*:?", re.IGNORECASE)
_DA_GENITIVE_DECISION = re.compile(
    r"^[ \t]*(?:\*\*)?(?P<body>(?:[A-ZÆØÅ][a-zæøå]+-\s+og\s+)?[A-ZÆØÅ][a-zæøå]*"
    r"(?:udvalget|repræsentationen|rådet|"
    r"bestyrelsen))s\s+beslutning\s+(?P<rest>[^\n]+)$",
    re.MULTILINE,
)
_MEETING_DATE_LABEL = re.compile(
    r"^(?:mødedato|mødedag|sitzungstermin|sitzungsdatum|datum der sitzung|meeting date|date of meeting)"
    r"\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
# "Report to the Housing Committee": the committee, named after the form's phrase.
# A post signed under a name: "Chief Executive", "Deputy Chief Executive", "Executive Director of Place"
_POST = re.compile(r"^(?:(?:Chief|Deputy|Assistant|Interim|Acting)\s|Executive\s+(?:Director|Member|Officer))", re.IGNORECASE)
_REPORT_TO = re.compile(r"^Report to (?:the )?(?=[A-Z])")
# "Orientering til Økonomiudvalget", "Meddelelse til ...": the paper's form and addressee; the date below is the letter's.
_FORM_ADDRESSED = re.compile(
    r"^(?:Orientering|Meddelelse|Notat|Indstilling|Beslutningsforslag|Redegørelse|Briefing note|Memo|Vorlage"
    r"|Mitteilung|Informationsvorlage)\s+(?:til|to|an)\s",
    re.IGNORECASE,
)
# "Housing Committee<tab>Date of meeting: 17 January 2019" once "Report to the" is gone.
_BODY_THEN_MEETING_DATE = re.compile(
    r"^(?P<body>[^:\t]{3,100}?)(?:\t+|\s{2,}|\s+)(?:date of meeting|meeting date)\s*:\s*(?P<value>.+)$", re.IGNORECASE
)
_TIME = re.compile(r"\d{1,2}[.:]\d\d\s*(?:am|pm|uhr)?|\d{1,2}\s*(?:am|pm)|kl\.\s*\d{1,2}(?:[.:]\d\d)?", re.IGNORECASE)


def _heading_steps(text: str, language: str | None) -> list[ConsultationStep]:
    steps = []
    for m in _DE_DECISION_HEADING.finditer(text):
        body = _DE_BODY.match(m.group("rest"))
        if not body:
            continue
        after = m.group("rest")[body.end():]
        dates = find_dates(after, language)
        if dates and re.fullmatch(r"\s*(?:vom|am)\s*", after[:dates[0].span[0]]):
            steps.append(ConsultationStep(_nominative(body.group().strip()), dates[0].start, None))
    for m in _DA_GENITIVE_DECISION.finditer(text):
        dates = find_dates(m.group("rest"), language)
        if dates and dates[0].span[0] == 0:
            steps.append(ConsultationStep(m.group("body"), dates[0].start, None))
    lines = list(islice((line.strip(" *") for line in text.split("\n", 200) if line.strip(" *")), _HEADER_LINES))
    lines = [_REPORT_TO.sub("", line) for line in lines]
    for line in lines:
        same_line = _BODY_THEN_MEETING_DATE.match(line)
        if same_line and _looks_like_body(same_line.group("body")):
            dates = find_dates(same_line.group("value"), language)
            if dates:
                steps.append(ConsultationStep(same_line.group("body"), dates[0].start, None))
    for k, line in enumerate(lines):
        if ":" in line or not _looks_like_body(line) or _FORM_ADDRESSED.match(line):
            continue
        for later in lines[k + 1:k + 4]:
            if (":" not in later and _looks_like_body(later)) or _FORM_LABEL.match(later):
                break  # the nearer body's meeting ("Leeds City Council" over "Report to the Cabinet")
            label = _MEETING_DATE_LABEL.match(later)
            if label:
                dates = find_dates(label.group("value"), language)
                if dates:
                    steps.append(ConsultationStep(line, dates[0].start, None))
                break
    for previous, line, following in zip([""] + lines, lines, lines[1:]):
        if ":" in line or not _looks_like_body(line) or find_dates(line, language):
            continue
        if _POST.match(line):
            continue  # "Chief Executive" over the date of a signature: a post, not a meeting
        if _ADDRESS_LEAD.match(previous) or _ADDRESS_LEAD.match(line) or _FORM_ADDRESSED.match(line):
            continue  # "An den\nAusschuss für Umwelt": an addressee, not a meeting
        dates = find_dates(following, language)
        if len(dates) == 1 and dates[0].end is None and dates[0].precision == "day":
            rest = following[:dates[0].span[0]] + following[dates[0].span[1]:]
            if not _TIME.sub("", rest).strip(" ,.-–"):
                steps.append(ConsultationStep(line, dates[0].start, None))
    steps.extend(_schedule_line_steps(text, language))
    for m in _ADDRESSED_FOR.finditer(text):
        if _is_body_name(m.group("body")):
            steps.append(ConsultationStep(m.group("body"), None, m.group("role")))
    return steps


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


def _is_body_name(phrase: str) -> bool:
    """Tell whether ``phrase`` is the name of a body and nothing more."""
    return any(pattern.fullmatch(phrase) for pattern in (_DA_BODY, _DE_BODY, _EN_BODY))


def _nominative(name: str) -> str:
    """Turn the genitive head of a German body name into its nominative ("Ausschusses für" -> "Ausschuss für")."""
    words = name.split(" ")
    # "Bau- und Umweltausschusses": the head noun follows the suspended compound.
    lead = 0
    while lead < len(words) - 1 and (words[lead].endswith("-") or words[lead] in ("und", "sowie")):
        lead += 1
    if lead:
        return " ".join([*words[:lead], _nominative(" ".join(words[lead:]))])
    head, _, rest = name.partition(" ")
    for ending, replacement in (("ausschusses", "ausschuss"), ("rates", "rat"), ("rats", "rat"),
                                ("beirates", "beirat"), ("kreistages", "kreistag"), ("landtages", "landtag")):
        if head.lower().endswith(ending):
            stem = head[: len(head) - len(ending)]
            head = stem + replacement if stem else replacement.capitalize()
            break
    return f"{head} {rest}".strip()


nominative = _nominative


# ---------------------------------------------------------------------------------------------
# Prose


def _bodies_with_dates(segment: str, body: re.Pattern, language: str | None, offset_date_gap: int = 40):
    """Pair each body named in ``segment`` with the date written right after it, if any."""
    dates = find_dates(segment, language)
    pairs = []
    for m in body.finditer(segment):
        when = None
        for d in dates:
            gap = segment[m.end():d.span[0]]
            if d.span[0] >= m.end() and len(gap) <= offset_date_gap and not body.search(gap):
                when = d.start
                break
        pairs.append((m.group().strip(), when, m.start()))
    return pairs


def _all_positions(haystack: str, needle: str):
    found = haystack.find(needle)
    while found != -1:
        yield found
        found = haystack.find(needle, found + 1)


def _danish_prose_steps(text: str) -> list[ConsultationStep]:
    steps = []
    lowered = text.lower()
    starts = sorted({found for word in _DA_TRIGGER_WORDS for found in _all_positions(lowered, word)})
    for position in starts:
        trigger = _DA_TRIGGER.match(text, position)
        if trigger is None:
            continue
        if lowered.startswith(("beslutning", "behandling", "indstilling"), position) and (
                "\n" in trigger.group() or not _HEADING_START.search(text, max(0, position - 10), position)):
            continue  # "Beslutning i Økonomiudvalget den ..." counts only as a heading line
        segment = sentence_after(text, trigger.end(), reach=240)
        previous_end = 0
        for org, when, start in _bodies_with_dates(segment, _DA_BODY, "da"):
            joiner = segment[previous_end:start]
            if previous_end and not _DA_JOINER.fullmatch(joiner):
                break
            if not previous_end and start > 0 and segment[:start].strip():
                break  # the body must follow the trigger word directly
            steps.append(ConsultationStep(org, when, None))
            previous_end = start + len(org)
            date_tail = _DANISH_DATE_TAIL.match(segment, previous_end)
            if when and date_tail:
                previous_end = date_tail.end()
    meetings = [
        m
        for position in _all_positions(lowered, "s møde ")
        for m in _DA_BODY_MEETING.finditer(text, max(0, position - 80), min(len(text), position + 16))
    ]
    for m in meetings:
        dates = find_dates(text[m.end():m.end() + 40], "da")
        if dates and dates[0].span[0] == 0 and dates[0].precision == "day":
            steps.append(ConsultationStep(m.group("body"), dates[0].start, None))
    for position in _all_positions(lowered, "behandlede sagen"):
        line_start = text.rfind("\n", 0, position) + 1
        body = None
        for body in _DA_BODY.finditer(text, line_start, position):
            pass
        if body is None or text[body.end():position].strip():
            continue
        after = text[position + len("behandlede sagen"):position + 80]
        dates = find_dates(after, "da")
        if dates and re.fullmatch(r"\s*(?:på\s+(?:sit\s+)?møde(?:t)?\s+)?", after[:dates[0].span[0]]):
            steps.append(ConsultationStep(body.group(), dates[0].start, None))
    return steps


def _german_prose_steps(text: str) -> list[ConsultationStep]:
    steps = []
    lowered = text.lower()
    ends = sorted(found for word in _DE_ROUTE_WORDS for found in _all_positions(lowered, word))
    windows: list[tuple[int, int]] = []
    for end in ends:
        window = (max(0, end - 240), min(len(text), end + 30))
        if windows and window[0] <= windows[-1][1]:
            windows[-1] = (windows[-1][0], window[1])
        else:
            windows.append(window)
    matches = [m for start, end in windows for m in _DE_ROUTE_SENTENCE.finditer(text, start, end)]
    for sentence_match in matches:
        before = sentence_before(text, sentence_match.start())
        # only the clause that holds the verb: "Der Rat hat am ... beschlossen, dass ..." is history
        before = re.split(r",\s+|\s(?:dass|nachdem|weil|und)\s", before)[-1]
        sentence = before + sentence_match.group()
        for org, when, start in _bodies_with_dates(sentence, _DE_BODY, "de"):
            article = sentence[max(0, start - 5):start]
            if when is None or not re.search(r"\b(?:dem|der|die|im|des)\s+$", article, re.IGNORECASE):
                continue
            steps.append(ConsultationStep(org, when, None))
    return steps


# A body that deals with the paper at a sitting of its own, in the present tense Swiss, Austrian and
# German reports use for what is planned: "Die Kommission berät die Vorlage an ihrer Sitzung vom 5. März
# 2026", "Der Grosse Gemeinderat behandelt das Geschäft in seiner Sitzung am 26. März 2026".
def _sitting_body(body: str, remit: str) -> str:
    """Return the pattern of a body that sits, its name in group ``body`` and its remit, if named, in ``remit``."""
    return (
        rf"(?P<{body}>[A-ZÄÖÜ][\wäöüß-]*?(?:ausschuss|rat|beirat|kommission|kreistag|bezirkstag|landtag|senat|vertretung"
        r"|versammlung)|Kommission|Ausschuss|Rat|Beirat|Kreistag|Bezirkstag|Landtag|Senat)"
        # a committee named by its remit: "Der Ausschuss für Umwelt und Energie hat …"
        rf"(?P<{remit}>\s+für\s+[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s*|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*)*)?"
    )



_DE_SITTING = re.compile(
    r"\b(?P<article>Der|Die|Das|der|die|das)\s+(?P<adjective>(?:Grosse|Große|Kleine|Erweiterte)\s+)?"
    + _sitting_body("body", "remit") + r"\s+"
    # what it does there, or did ("hat die Regierungsvorlage in seiner Sitzung am 11. März 2026 beraten")
    r"(?:berät|behandelt|entscheidet|befasst sich|beschliesst|beschließt|diskutiert|hat|hatte)\b[^.\n]{0,80}?"
    r"\b(?:an|in|auf)\s+(?:ihrer|seiner|der)\s+(?:nächsten\s+)?Sitzung\s+(?:vom|am)\s+(?=\d)"
    # a paper put to a body at its sitting: "Der Bericht wird dem Landtag in seiner Sitzung am 25. März 2026 vorgelegt"
    r"|\b(?P<dative>dem|der)\s+" + _sitting_body("to_body", "to_remit")
    + r"\s+in\s+(?:ihrer|seiner)\s+(?:nächsten\s+)?Sitzung\s+(?:vom|am)\s+(?=\d)"
    # the sitting of a body named after it: "den Antrag in der Sitzung des Rates am 9. Juli 2026 zu beraten"
    r"|\bin\s+der\s+(?:nächsten\s+)?Sitzung\s+(?P<genitive>des|der)\s+"
    r"(?P<of_body>[A-ZÄÖÜ][\wäöüß-]*?(?:ausschusses|rates|rats|beirates|beirats|kreistages|landtages|senates|kommission"
    r"|vertretung|versammlung)|Rates|Ausschusses|Kreistages|Landtages)\s+(?:vom|am)\s+(?=\d)"
)
_DE_HEADS = ("Kommission", "Ausschuss", "Rat", "Beirat")


def _german_sitting_steps(text: str) -> list[ConsultationStep]:
    if "Sitzung" not in text:
        return []
    steps = []
    text = text.replace("\n", " ")  # a sentence wrapped over lines
    for match in _DE_SITTING.finditer(text):
        dates = find_dates(text[match.end():match.end() + 40], "de")
        if not dates or dates[0].span[0] != 0 or dates[0].precision != "day":
            continue
        if match.group("of_body"):
            steps.append(ConsultationStep(nominative(match.group("of_body")), dates[0].start, None))
            continue
        body = match.group("body") or match.group("to_body")
        remit = match.group("remit") or match.group("to_remit")
        if remit:
            body = f"{body}{remit}"
        elif body in _DE_HEADS:
            # "die Kommission" names the commission the text named last: "der Sachkommission Bildung und Soziales"
            body = _antecedent(text[max(0, match.start() - 600):match.start()], body) or body
        elif match.group("adjective"):
            adjective = match.group("adjective").strip()
            # the adjective after the article is weak ("der Grosse Gemeinderat"), alone it is strong
            body = f"{adjective}r {body}" if body.endswith("rat") and adjective.endswith("e") else f"{adjective} {body}"
        steps.append(ConsultationStep(body, dates[0].start, None))
    return steps


def _antecedent(before: str, head: str) -> str | None:
    pattern = re.compile(
        rf"\b[A-ZÄÖÜ][\wäöüß-]*{head.lower()}\b(?:\s+(?:für\s+)?[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s*|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*)*)?"
    )
    found = [m.group() for m in pattern.finditer(before)]
    return found[-1] if found else None


# A day written after a meeting's words, its weekday first or not: "on 4 December 2025", "of Monday, 13th April 2026".
_DAY_FOLLOWS = r"(?:the\s+)?(?=(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?\w*\s*\d)"
# What stands between a body and its meeting's date: "on", "at its meeting on", "at the Annual Budget Meeting on"
_EN_TO_DATE = re.compile(
    r"\s*(?:on|,|(?:at\s+(?:its|the|a)\s+(?:[A-Z][\w-]*\s+){0,3})?meeting\s+(?:on|of)?)?\s*(?:the\s+)?", re.IGNORECASE
)
# "… on 3 November 2025 and by the Council at …": the next body on the same route
_EN_AND_BY = re.compile(r"\s*,?\s+(?:and|then)\s+(?:by|to)\s+(?:the\s+)?")
# "The Cabinet will consider the responses at its meeting on 4 December 2025"
# and, before the report, "The Place Scrutiny Committee considered the draft proposals at its meeting on 14 January 2026"
_EN_HELD = r"(?:(?:was|were|has been)\s+consulted|considered|discussed|scrutini[sz]ed|reviewed)\b[^.\n]{0,80}?\bat\s+(?:its|their)\s+meeting\s+(?:held\s+)?on"
_EN_WILL = re.compile(
    # (after what it does first: "The Board will hold the hearing at this meeting and is asked to adopt the plan at …")
    r"\s+(?:(?:[^.\n]|\n(?![ \t]*\n)){0,60}?\s(?:and|then)\s+)?"
    r"(?:(?:will|is to|is due to|is expected to|are to|is asked to|are asked to)\s+(?:be asked to\s+)?"
    r"(?:consider|decide|determine|discuss|receive|adopt|approve|hear"
    # "The Council will make its decision at its meeting on …", "Council will hold a public meeting on …"
    r"|make\s+(?:its|their|a|the)\s+(?:final\s+)?decision|hold\s+(?:a|the)\s+(?:public|special|statutory)\s+meeting)\b"
    # a sentence wrapped by the margin goes on on the next line, never over a paragraph
    r"(?:[^.\n]|\n(?![ \t]*\n)){0,80}?\b(?:on|meeting on)"
    rf"|{_EN_HELD})"
    r"\s+" + _DAY_FOLLOWS
)
# A body that saw the paper on a day, at its meeting or not: "reviewed the draft ordinance on 4/21/2026 and voted …"
_EN_HELD_MEETING = re.compile(
    r"\s+(?:considered|discussed|scrutini[sz]ed|reviewed|held\s+a\s+(?:public\s+)?hearing)\b[^.\n]{0,80}?"
    r"\b(?:at (?:its|their) meeting (?:held )?)?on\s+" + _DAY_FOLLOWS
)
# What a body did with the paper at that meeting: it passed it on ("… on February 9, 2026 and recommended its approval",
# "… and voted 6-0 to recommend it to the Board").
_EN_PASSED_ON = re.compile(
    r"^[^.;]{0,40}?(?:\band|,)\s+(?:(?:voted|agreed|resolved|decided)\b[^.;]{0,20}?\bto\s+)?"
    r"(?:recommend(?:ed)?|endorsed?|forward(?:ed)?|referred)\b"
)


def _english_prose_steps(text: str) -> list[ConsultationStep]:
    steps = []
    starts = sorted(found for word in _EN_TRIGGER_WORDS for found in _all_positions(text, word))
    triggers = [m for m in (_EN_TRIGGER.match(text, position) for position in starts) if m]
    for trigger in triggers:
        steps.extend(_bodies_in_turn(sentence_after(text, trigger.end(), reach=200)))
    steps.extend(step for step, _ in sentence_meetings(text))
    return steps


def _bodies_in_turn(segment: str) -> list[ConsultationStep]:
    """Read "the X on 3 November 2025 and by the Y on …" at the start of *segment*: each body with its day."""
    steps = []
    position = 0
    while True:
        body = _EN_BODY.match(segment, position)
        if not body:
            break
        dates = find_dates(segment[body.end():], "en")
        when = None
        if dates and _EN_TO_DATE.fullmatch(segment[body.end():body.end() + dates[0].span[0]]):
            when = dates[0].start
        steps.append(ConsultationStep(body.group().strip(), when, None))
        if when is None:
            break
        following = _EN_AND_BY.match(segment, body.end() + dates[0].span[1])
        if not following:
            break
        position = following.end()
    return steps


# A passive sentence names the bodies that saw the paper, each with its day: "The draft strategy was considered by the
# Strategic Planning Group on 14 May 2026 and by the Audit and Performance Committee on 2 June 2026".
_EN_SEEN_BY = re.compile(r"\b(?:considered|discussed|scrutini[sz]ed|reviewed|endorsed)\s+by\s+(?:the\s+)?(?=[A-Z])")
# A report's consultation field names the bodies consulted and their days: "Consultation undertaken: Scrutiny Committee
# (Learning) on 7 May 2026; headteachers; town and community councils".
_EN_CONSULTED_FIELD = re.compile(
    r"^[ \t]*(?:consultations?(?:\s+(?:undertaken|carried\s+out))?|previously\s+considered\s+by|previous\s+consideration)"
    r"[ \t]*:[ \t]*(?P<value>[^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)


def seen_by_meetings(text: str) -> list[tuple[ConsultationStep, str]]:
    """Return the bodies a passive sentence or a consultation field says saw the paper on a day, with their lines."""
    found = []
    for seen in _EN_SEEN_BY.finditer(text):
        segment = " ".join(text[seen.end():seen.end() + 240].split())
        found += [(step, _lines_of(text, seen.start(), seen.end())) for step in _bodies_in_turn(segment) if step.date]
    for field in _EN_CONSULTED_FIELD.finditer(text):
        for part in re.split(r"\s*;\s*", field.group("value").strip()):
            body = _EN_BODY.match(part)
            on = body and re.match(r"\s+on\s+", part[body.end():])
            when = on and _day_ahead(part, body.end() + on.end(), "en", reach=40, lead=0)
            if when:
                found.append((ConsultationStep(_body_name(body), when, None), _lines_of(text, field.start(), field.end())))
    return found


def sentence_meetings(text: str) -> list[tuple[ConsultationStep, str]]:
    """Return the meetings English sentences say a body held or will hold on the paper, each with its line.

    "The Cabinet will consider the responses at its meeting on 4 December 2025", "The Place Scrutiny
    Committee considered the draft proposals at its meeting on 14 January 2026".
    """
    found = []
    for body in _EN_BODY.finditer(text):
        will = _EN_WILL.match(text, body.end())
        day = will and _day_ahead(text, will.end(), "en", reach=40, lead=12)
        if day:
            # a heading over the sentence ("Consultation") is no part of the name the sentence opens with
            name = _body_name(body)
            found.append((ConsultationStep(name, day, None), _lines_of(text, body.end(), body.end())))
    for lead in _EN_SENT_ON.finditer(text):
        body = _EN_BODY.match(text, lead.end())
        purpose = body and _EN_FOR_DECISION_ON.match(text, body.end())
        day = purpose and _day_ahead(text, purpose.end(), "en", reach=40, lead=12)
        if day:
            found.append((ConsultationStep(body.group().strip(), day, None), _lines_of(text, body.start(), body.end())))
    for lead in _EN_PUT_BEFORE.finditer(text):
        body = _EN_BODY.match(text, lead.end())
        on = body and _EN_PUT_ON.match(text, body.end())
        day = on and _day_ahead(text, on.end(), "en", reach=40, lead=0)
        if day:
            found.append((ConsultationStep(_body_name(body), day, None), _lines_of(text, body.start(), body.end())))
    known = {(step.organization, step.date) for step, _ in found}
    found.extend(item for item in consultation_section_meetings(text) if (item[0].organization, item[0].date) not in known)
    known = {(step.organization, step.date) for step, _ in found}
    found.extend(item for item in seen_by_meetings(text) if (item[0].organization, item[0].date) not in known)
    found.extend(german_planned_sittings(text))
    for sent in _DA_SENT_ON.finditer(text):
        body = sent.group("body")
        day = BODY_WORD.search(body) and _day_ahead(text, sent.end(), "da", reach=30, lead=0)
        if day:
            found.append((ConsultationStep(body[:1].upper() + body[1:], day, None), _lines_of(text, sent.start(), sent.end())))
    return found


# A report's consultation section ("Consultation", "Cabinet Committee recommendations and other consultation:",
# "Scrutiny", "Previous consideration") tells which bodies saw the paper: "The Children's and Young People Cabinet
# Committee endorsed the plan on 21 November 2024". A body that "had agreed" something is telling of the past.
_EN_CONSULTATION_HEADING = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?(?:[A-Z][^.\n]{0,60}?\s)?(?:consultations?|scrutiny|previous consideration|pre-decision scrutiny)"
    r"(?:\s+(?:undertaken|carried out|and engagement))?\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_EN_SAW = re.compile(
    r"\s+(?:endorsed|considered|supported|agreed|approved|discussed|scrutini[sz]ed|reviewed|recommended|noted)\b"
    r"[^.\n]{0,80}?\bon\s+" + _DAY_FOLLOWS
)
_SECTION_REACH = 600


def consultation_section_meetings(text: str) -> list[tuple[ConsultationStep, str]]:
    """Return the meetings a report's consultation section says bodies held on the paper, each with its line."""
    found = []
    for heading in _EN_CONSULTATION_HEADING.finditer(text):
        section = text[heading.end():heading.end() + _SECTION_REACH]
        for body in _EN_BODY.finditer(section):
            saw = _EN_SAW.match(section, body.end())
            day = saw and _day_ahead(section, saw.end(), "en", reach=40, lead=12)
            if day:
                name = _body_name(body)
                found.append((ConsultationStep(name, day, None), _lines_of(section, body.start(), saw.end())))
    return found


# A line that ends in a joining word is a name wrapped by the column ("The Parks and" over "Recreation Advisory Board").
_WRAPPED_NAME = re.compile(r"\b(?:and|of|for|on)\s*$")


_OF_THE_TOWN = re.compile(r"\s+of\s+the\s+(?:Township|City|Town|County|Municipality|District|Village|Borough|Shire)\b.*$")


def _body_name(body: re.Match) -> str:
    """Return an English body's name as a sentence names it, without its article and a line above it.

    A line above that ends in a joining word is no heading but the start of the wrapped name.
    """
    lines = body.group().strip().split("\n")
    name = lines.pop().strip()
    while lines and _WRAPPED_NAME.search(lines[-1]):
        name = f"{lines.pop().strip()} {name}"
    # "the Council of the Township of Birch Hollow": the council of the issuing town is its Council
    name = _OF_THE_TOWN.sub("", name)
    return re.sub(r"^(?:The|This|That)\s+", "", name)


def passed_on_meetings(text: str) -> list[tuple[ConsultationStep, str]]:
    """Return the earlier meetings at which, an English sentence says, a body saw the paper and passed it on.

    "WHEREAS, the Planning Commission reviewed the draft plan at its meeting on February 9, 2026 and recommended its
    approval": a meeting named only in passing ("at its meeting on 5 November the Committee had deferred …") is not.
    """
    found = []
    for body in _EN_BODY.finditer(text):
        held = _EN_HELD_MEETING.match(text, body.end())
        if not held:
            continue
        dates = find_dates(text[held.end():held.end() + 40], "en")
        if not dates or dates[0].span[0] > 12 or dates[0].end is not None or dates[0].precision != "day":
            continue
        after = held.end() + dates[0].span[1]
        if _EN_PASSED_ON.match(" ".join(text[after:after + 120].split())):
            name = _body_name(body)
            found.append((ConsultationStep(name, dates[0].start, None), _lines_of(text, body.start(), held.end())))
    return found


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


# An ordinance's later reading, which the body that gives the first reading holds: "Second reading and adoption are
# scheduled for July 28, 2026", "the final reading will take place on 3 March 2027".
_LATER_READING = re.compile(
    r"\b(?:second|third|final)\s+reading\b(?:[^.\n]|\n(?![ \t]*\n)){0,60}?\b(?:scheduled\s+for|(?:take\s+place|be\s+held)\s+on)\s+",
    re.IGNORECASE,
)


def later_readings(text: str) -> list[tuple[date, str]]:
    """Return the days of an ordinance's later readings a sentence names, each with its line."""
    found = []
    for reading in _LATER_READING.finditer(text):
        day = _day_ahead(text, reading.end(), "en", reach=40, lead=12)
        if day:
            found.append((day, _lines_of(text, reading.start(), reading.end())))
    return found


def _day_ahead(text: str, position: int, language: str, *, reach: int, lead: int) -> date | None:
    """Return the single day written within ``lead`` characters after ``position``, if one is."""
    dates = find_dates(text[position:position + reach], language)
    if dates and dates[0].span[0] <= lead and dates[0].end is None and dates[0].precision == "day":
        return dates[0].start
    return None


def _lines_of(text: str, start: int, end: int) -> str:
    """Return the whole lines of ``text`` from the one holding ``start`` to the one holding ``end``."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first:last if last != -1 else len(text)]


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


_DA_SENT_ON = re.compile(
    r"\b(?:sendes|oversendes|videresendes|fremsendes)(?:\s+videre)?\s+til\s+(?P<body>[a-zæøå-]{4,}?)s\s+møde\s+(?:den|d\.)\s+",
    re.IGNORECASE,
)


# "That the Committee recommends the plan to Full Council for adoption on 17 July 2025": the body the paper is sent
# on to, and the day it decides.
_EN_SENT_ON = re.compile(
    r"\b(?:recommends?|recommended|refers?|referred|submits?|submitted|forwards?|forwarded)\b[^.\n]{0,80}?\bto\s+(?:the\s+)?(?=[A-Z])"
)
# A paper put before a body's meeting, or put before it already: "The item will serve before Council on 30 July 2026",
# "The draft plan was tabled at the Portfolio Committee on 26 May 2026".
_EN_PUT_BEFORE = re.compile(
    r"\b(?:will\s+(?:serve|come|go)\s+before|(?:will\s+be|is\s+to\s+be|was|were|has\s+been)\s+"
    r"(?:tabled|placed|presented|submitted|considered)\s+(?:at|before|to))\s+(?:the\s+)?(?=[A-Z])"
)
_EN_PUT_ON = re.compile(r"\s+(?:(?:meeting\s+)?(?:on|of)|at\s+(?:its|their)\s+(?:next\s+)?meeting\s+(?:held\s+)?on)\s+")
_EN_FOR_DECISION_ON = re.compile(
    r"\s+(?:for\s+(?:adoption|approval|decision|determination|ratification|final approval)\s+"
    r"(?:on|at (?:its|their) meeting (?:held )?on)"
    # or to its meeting straight away: "it will be forwarded to the Regional Board at its meeting of March 19, 2026"
    r"|at (?:its|their) (?:next |regular )?meeting (?:held )?(?:on|of))\s+" + _DAY_FOLLOWS
)


def _unique(steps: list[ConsultationStep]) -> list[ConsultationStep]:
    """Drop repeated steps, and undated ones that a dated step for the same body already covers."""
    result: list[ConsultationStep] = []
    for step in steps:
        key = _body_key(step.organization)
        duplicate = False
        for k, kept in enumerate(result):
            if _body_key(kept.organization) != key:
                continue
            if kept.date == step.date or step.date is None:
                duplicate = True
                if kept.role is None and step.role:
                    result[k] = ConsultationStep(kept.organization, kept.date, step.role)
                break
            if kept.date is None:
                result[k] = ConsultationStep(step.organization, step.date, step.role or kept.role)
                duplicate = True
                break
        if not duplicate:
            result.append(step)
    return result


def _body_key(name: str) -> str:
    return re.sub(r"\W+", " ", name.casefold()).strip()
