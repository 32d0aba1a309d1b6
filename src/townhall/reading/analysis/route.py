"""Read a paper's route through committees from the layout: route tables, route lists, meetings.

Council systems print the route in a few layouts that hundreds of councils share:

* a **route table** (SessionNet, ALLRIS, SD.NET, regisafe, Word templates): one row per body,
  with its meeting date, and often a status (öffentlich / nicht öffentlich), the agenda item
  number and the role (Vorberatung, Entscheidung, Kenntnisnahme);
* a **route list** under a label ("Beratungsfolge:", "Behandles i:", "Sagsprocedure",
  "Past Pathway of report:"): bodies, each with a date where one is given;
* a Danish **case history** ("Sagens forløb": "05/09/2024  Økonomiudvalget", or decision
  headings "Beslutning i Økonomiudvalget den 5. september 2024");
* the **meeting** an agenda, minutes or agenda item belongs to: its body and date in the
  header ("Sitzung des Ortschaftsrates Auental am 06.05.2025", "Byråd – Dagsorden –
  2024-10-02", "CABINET … Thursday, 30th January, 2025").

Each step found keeps the line it was read from, for the card's evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from townhall.reading.analysis.bodies import BARE_BODY_WORDS, COMPOUND_SITTING
from townhall.reading.analysis.consultations import (
    BODY_WORD,
    ROLE,
    danish_earlier_meetings,
    german_planned_sittings,
    later_readings,
    nominative,
    passed_on_meetings,
    sentence_meetings,
)
from townhall.reading.analysis.dates import ANY_WEEKDAY, find_dates
from townhall.reading.analysis.forms import FormField, fields_of, label_key
from townhall.reading.card import ConsultationStep
from townhall.reading.layout import Document, LineAddress, Table


@dataclass(frozen=True)
class Step:
    """One route step with the line it was read from and the rule that read it."""

    step: ConsultationStep
    address: LineAddress | None
    how: str


_BODY_HEADER = re.compile(
    r"^(?:beratungsfolge|beratungsweg|gremium|gremien|beratungsgremium|ausschuss|organ|committee|body|meeting|"
    r"udvalg|behandles i|behandling|decision maker|decision-maker|mødeforum|forum|action by|acting body)$",
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

# "Sitzung des Ortschaftsrates Auental", "Sitzung der Bezirksvertretung Mitte"
_GERMAN_MEETING = re.compile(
    r"\b(?:\d{1,2}\.\s*)?(?:öffentliche\s+|nichtöffentliche\s+|konstituierende\s+|ordentliche\s+|gemeinsame\s+)?"
    r"(?:Sitzung|(?<=Auszug aus dem )(?:Protokoll|Beschlussregister|Sitzungsregister|Beschlussbuch))\s+(?:des|der)\s+(?P<body>(?:[A-ZÄÖÜ][\wäöüß-]*)"
    # a committee named by its remit: "Sitzung des Ausschusses für Umwelt und Technik"
    r"(?:\s+für\s+[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s*|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*)*)?"
    r"(?:[ ,]+(?:und\s+)?[A-ZÄÖÜ][\wäöüß.-]*){0,6})"
)
# A sitting named by a compound of its body: "Einwohnerratssitzung vom 23. April 2026", "Kreistagssitzung am …".
_COMPOUND_SITTING = re.compile(rf"\b{COMPOUND_SITTING}\s+(?:vom|am)\s+(?=\S*\d)")
# A record's own head names its meeting too: "Extract from the minutes of the Licensing Committee held on …"
# (only where the line opens with it: an agenda's "Minutes of the meeting held on …" item is another meeting's).
_ENGLISH_MEETING = re.compile(
    r"(?:\b[Mm]eeting of (?:the )?|^(?:(?:Extract|Excerpt)s? from (?:the )?|Draft |Confirmed )?[Mm]inutes of (?:the )?(?:[Mm]eeting of (?:the )?)?)(?P<body>[A-Z][\w&'-]*(?:\s(?:(?:and|of|for|&)\s)?[A-Z][\w&'-]*){0,6})|(?P<body2>(?!(?:A|An|The|This|That|Each|Every|Next|Last)\s)(?:[A-Z][\w&'-]*\s){1,5})[Mm]eeting\b"
)
# "Kultur- og Fritidsudvalget – Dagsorden – 2024-11-20T16:30:00+01:00 – Mødelokale 1"
# The genre may also come first: "Referat – Børne- og Skoleudvalget – 2025-05-06", "Dagsorden for
# Kultur- og Fritidsudvalget den 14. maj 2025", "Agenda for Planning Committee, 9 April 2025".
_MEETING_LINE = re.compile(
    r"^(?:(?P<body>[^–—\t]{3,80}?)\s+[–—-]\s+(?:Dagsorden|Referat|Beslutningsprotokol|Tagesordnung|Niederschrift|Agenda|Minutes)\b"
    r"|(?:Dagsorden|Referat|Beslutningsprotokol|Tagesordnung|Niederschrift|Agenda|Minutes)\s+(?:[–—-]\s+|for\s+(?:the\s+)?)"
    r"(?P<body_after>[^–—\t,]{3,80}?)(?=\s+[–—-]\s|\s+(?:den|d\.|on|am)\s|,\s*\S*\d|\s+\d))",
    re.IGNORECASE,
)
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
_DANISH_DECISION = re.compile(r"^(?:Beslutning|Indstilling|Behandling)(?:\s+i)?\s+(?P<body>.+?)\s+den\s+(?P<rest>.+)$", re.IGNORECASE)
# ", " and " og " join bodies, except after a suspended compound ("Klima-, Teknik- og Miljøudvalget").
_LIST_JOIN = re.compile(r"\s*(?:(?<!-),\s+|(?<!-)\s+(?:og|und|and|samt|sowie|derefter|herefter|then)\s+)\s*")
_PATHWAY_SPLIT = re.compile(r"\s*(?:;|→|->|\bthen\b)\s*")
_TRAILING_DATE = re.compile(r"\s*[-–—,(]\s*(?:(?:on|am|den|d\.)\s+)?(?P<date>[^-–—,()]*\d{4})\)?\s*$")
# Bodies a council web page lists by the name of their sitting: "BA 05 - Vollgremium", "Plenum", "Plenarsitzung".
_COMMITTEE = re.compile(r"gremium\b|versammlung\b|\bplenum\b|plenar(?:sitzung|versammlung)?\b", re.IGNORECASE)
_NOT_BODY_WORDS = re.compile(r"\b(?:decision|beslutning|entscheidung)\s*$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


#: Kinds of paper that belong to one meeting, which is then a step of their route.
_MEETING_KINDS = ("agenda", "minutes", "agenda_item", "motion")


def route_steps(
    document: Document, fields: list[FormField], kind: str, meeting: Step | None, addressed: list[Step] = ()
) -> list[Step]:
    """Return the route steps the layout shows, in route order.

    *meeting* is the meeting the document belongs to (:func:`meeting_of`); *addressed* are steps
    from the form's addressee ("To: Cabinet – 30 January 2025").
    """
    steps: list[Step] = []
    earlier = _earlier_decision_lines(document)
    steps.extend(_table_steps(document, earlier))
    if not steps:
        steps.extend(_list_steps(fields))
    history = _history_steps(document, earlier)
    procedure = _procedure(fields)
    if procedure:
        steps = _procedure_steps(procedure, history, meeting)
    else:
        steps.extend(history)
        if meeting is not None and (
            kind in _MEETING_KINDS or meeting.how in ("meeting line", "record head", PAPER_FOR_SITTING) or (
                kind in ("proposal", "notice", "other") and not steps and not addressed and meeting.how == "meeting named in the header"
            )
        ):
            # A paper headed for one meeting ("Amtsvortrag für die Sitzung des Gemeinderates am …")
            # goes to that body on that day, when it shows no route of its own.
            steps.append(meeting)
            if meeting.how == "meeting named in the header" and kind in ("proposal", "notice", "other"):
                # "… note the disposal, which will be put before the meeting of the County Council on 2nd March":
                # a later meeting of another body the head says the paper goes on to is the next step.
                steps.extend(_later_meetings(document, meeting))
        elif meeting is not None and _goes_on_to(meeting, steps, addressed):
            # "Prepared for: Committee of the Whole … will go to the Council meeting of February 23": the
            # report's addressee meets first, the later meeting of another body is the next step.
            steps.append(meeting)
        elif meeting is not None and _follows_route_list(meeting, steps):
            # "Einwohnerratssitzung vom 23. April 2026" over "Vorberatende Kommission: … (Sitzung vom 7. April 2026)":
            # the sitting the head names after the bodies its route list gives is the last step.
            steps.append(meeting)
    steps.extend(addressed)
    return _with_items_of_result_lines(document, _unique(steps))


def with_sentence_meetings(document: Document, text: str, steps: list[Step]) -> list[Step]:
    """Add to a route read from the layout the meetings its sentences tell of (:func:`sentence_meetings`).

    A report addressed to one meeting ("Report to: Cabinet") may tell in a sentence which other body saw it
    before or takes it after: "The Place Scrutiny Committee considered the draft proposals at its meeting on …".
    Beside a route read otherwise, only a later meeting of another body is a further step ("sagen sendes videre
    til byrådets møde den …" under "Beslutning i Økonomiudvalget den …").
    """
    if not steps:
        return steps
    addressed_only = all(step.how.startswith("form field") or step.how == PAPER_FOR_SITTING for step in steps)
    named = {step.step.organization.casefold() for step in steps}
    last = max((step.step.date for step in steps if step.step.date), default=None)
    told = []
    # A German sentence that plans the paper's sittings ("den Antrag im Bauausschuss am 18. Juni 2026 vorzuberaten und
    # in der Sitzung des Stadtrates am 2. Juli 2026 zu beschließen") names steps of its route, earlier ones too.
    planned = {(step.organization, step.date) for step, _ in german_planned_sittings(text)}
    for step, line in sentence_meetings(text):
        step = _named_in_full(step, steps)
        later = bool(last and step.date and step.date > last) or (step.organization, step.date) in planned
        # A body the route names already is told again only when the form addresses it and it meets again later:
        # "… and is asked to adopt the plan at its regular meeting on …".
        if step.organization.casefold() in named and not (addressed_only and later):
            continue
        if not (addressed_only or later):
            continue
        told.append(Step(step, document.find(line), "meeting told in a sentence"))
    bodies = {step.step.organization for step in steps}
    if len(bodies) == 1:
        # "Second reading and adoption are scheduled for …": the body that has the first reading holds the next
        body = bodies.pop()
        told += [
            Step(ConsultationStep(body, day), document.find(line), "later reading of the ordinance")
            for day, line in later_readings(text)
            if last and day > last and not any(step.step.date == day for step in told)
        ]
    named |= {step.step.organization.casefold() for step in told}
    # A body that saw the paper at an earlier meeting and passed it on is the step before: "the Planning Commission
    # reviewed the plan at its meeting on … and recommended its approval to the City Council".
    passed = [
        Step(step, document.find(line), "meeting that passed the paper on")
        for step, line in passed_on_meetings(text)
        if step.organization.casefold() not in named
    ]
    first = min((step.step.date for step in steps if step.step.date), default=None)
    passed += [
        Step(step, document.find(line), "earlier meeting told in a Danish sentence")
        for step, line in danish_earlier_meetings(text)
        if step.organization.casefold() not in named and first and step.date < first
    ]
    return [*passed, *steps, *told]


def _named_in_full(step: ConsultationStep, steps: list[Step]) -> ConsultationStep:
    """Name a body a sentence calls by its head word alone ("the Board") as the route names it ("Board of Education")."""
    if " " in step.organization.strip():
        return step
    head = step.organization.casefold()
    fuller = {s.step.organization for s in steps if head in s.step.organization.casefold().split()}
    return replace(step, organization=fuller.pop()) if len(fuller) == 1 else step


def with_own_item(steps: tuple[ConsultationStep, ...], meeting: Step | None, item: str | None) -> tuple[ConsultationStep, ...]:
    """Give the paper's own agenda item number to the step of the meeting it is an item of.

    That is the meeting the head names ("Sitzung des Gemeinderates am 19. März 2026 / Tagesordnungspunkt 6",
    "Byrådet – Dagsorden" over "9. Helhedsplan …"), or the paper's one step ("Traktandum 3" of a proposal to the
    Gemeindeversammlung), where that step has no item of its own.
    """
    if item is None or not steps:
        return steps
    if meeting is not None:
        own = [
            index for index, step in enumerate(steps)
            if step.date == meeting.step.date and _same_body(step.organization, meeting.step.organization)
        ]
    else:
        own = [0] if len(steps) == 1 else []
    if len(own) != 1 or steps[own[0]].agenda_item is not None:
        return steps
    return tuple(replace(step, agenda_item=item) if index == own[0] else step for index, step in enumerate(steps))


# A result box or extract's head names body, sitting and item on one line:
# "Gremium: Bau- und Umweltausschuss   Sitzung am: 04.02.2026   TOP: 6".
_LABELLED_ITEM = re.compile(
    r"\b(?:TOP|Tagesordnungspunkt|Punkt|Pkt\.|Item(?:\s+No\.?)?|Dagsordenspunkt)\s*(?:Nr\.\s*)?:\s*(?P<item>\d{1,3}(?:\.\d{1,2})?)\b",
    re.IGNORECASE,
)


def _with_items_of_result_lines(document: Document, steps: list[Step]) -> list[Step]:
    """Give a step without an item number the one a line naming its body and date labels ("TOP: 6")."""
    if not any(step.step.agenda_item is None and step.step.date for step in steps):
        return steps
    out = list(steps)
    for address in document.addresses:
        labelled = _LABELLED_ITEM.search(address.text)
        if labelled is None:
            continue
        line = normalised(address.text)
        days = {mention.start for mention in find_dates(address.text) if mention.end is None}
        for index, step in enumerate(out):
            found = step.step
            if found.agenda_item is None and found.date in days and normalised(found.organization) in line:
                out[index] = Step(replace(found, agenda_item=labelled.group("item")), step.address, step.how)
    return out


def _goes_on_to(meeting: Step, steps: list[Step], addressed: list[Step]) -> bool:
    """Tell whether a meeting named in the text follows the addressee's meeting as a further step."""
    if meeting.how != "meeting named in the header" or steps or not addressed:
        return False
    dates = [step.step.date for step in addressed]
    if None in dates or meeting.step.date is None or meeting.step.date <= max(dates):
        return False
    return not any(_same_body(meeting.step.organization, step.step.organization) for step in addressed)


def _follows_route_list(meeting: Step, steps: list[Step]) -> bool:
    """Tell whether the meeting the head names comes after every step of a labelled route list, of another body."""
    if meeting.how != "meeting named in the header" or meeting.step.date is None or not steps:
        return False
    if not all(step.how.startswith("route list") and step.step.date for step in steps):
        return False
    return meeting.step.date > max(step.step.date for step in steps) and not any(
        _same_body(meeting.step.organization, step.step.organization) for step in steps
    )


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


# --- Route tables -------------------------------------------------------------------------------


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


# A section that lists earlier decisions on the matter, each on a report of its own, not this paper's route:
# "Previous Council Direction", "Prior Council Action", "Previous Decisions", "Bisherige Beschlüsse".
_EARLIER_DECISIONS = re.compile(
    r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:previous|prior|earlier|past)\s+(?:(?:council|committee|cabinet|board)\s+)?"
    r"(?:directions?|decisions?|resolutions?|actions?)|(?:bisherige|frühere|vorangegangene)\s+Beschlüsse)\W*$",
    re.IGNORECASE,
)


def _earlier_decision_lines(document: Document) -> set[tuple[int, int]]:
    """Return (page, line) of the rows under a heading of earlier decisions, up to the first line without a date."""
    skipped: set[tuple[int, int]] = set()
    addresses = document.addresses
    for position, address in enumerate(addresses):
        if len(address.text) > 60 or not _EARLIER_DECISIONS.match(address.text.strip()):
            continue
        dated = False
        for below in addresses[position + 1 : position + 40]:
            has_date = bool(find_dates(below.text))
            if dated and not has_date:
                break
            dated = dated or has_date
            skipped.add((below.page, below.line))
    return skipped


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


def _one_date(text: str) -> date | None:
    text = text.strip()
    # Every written date has a digit: most cells of a table are words, and need no date search.
    if not text or len(text) > 40 or not _DIGIT.search(text):
        return None
    mentions = find_dates(text)
    return mentions[0].start if len(mentions) == 1 and mentions[0].end is None else None


# --- Route lists under a label --------------------------------------------------------------


def _list_steps(fields: list[FormField]) -> list[Step]:
    out: list[Step] = []
    for field in fields_of(fields, "route"):
        if normalised(field.label) == "sagsprocedure":
            continue  # bodies without dates: matched with the case history below
        out.extend(_field_steps(field))
    return out


# A sitting's part and the item's number after its day: "24.06.2026, öffentlich, TOP 6", "10.06.2026, nichtöffentlich".
_SITTING_PART = re.compile(
    r"(?:^|,)\s*(?:(?P<closed>nicht ?öffentlich|nichtöffentlich|lukket|closed|exempt)|öffentlich|åben|åbent|public|open)\s*(?=,|$)",
    re.IGNORECASE,
)
_SITTING_ITEM = re.compile(r"(?:^|,)\s*(?:TOP|Punkt|Pkt\.|Item)\s*(?:Nr\.?\s*)?(?P<item>\d{1,3}(?:\.\d{1,2})?)\s*(?=,|$)", re.IGNORECASE)


def sitting_details(value: str) -> tuple[bool | None, str | None]:
    """Return the part of the sitting and the item's number a sitting's field gives after its day, where it does."""
    part = _SITTING_PART.search(value)
    item = _SITTING_ITEM.search(value)
    return (None if part is None else not part.group("closed")), (item.group("item") if item else None)


def _field_steps(field: FormField) -> list[Step]:
    """Read the steps of one route list's value: its bodies, each with its date where one is given.

    A list labelled by the part its body plays ("Vorberatung: Verbandsausschuss am 10.06.2026, nichtöffentlich") gives
    its one step that role, and the sitting's part and item the value names.
    """
    steps = _field_steps_as_written(field)
    if len(steps) == 1 and not steps[0].step.role and ROLE.fullmatch(field.label.strip(" :")):
        public, item = sitting_details(field.value)
        step = steps[0].step
        steps = [Step(replace(step, role=field.label.strip(" :"), public=public, agenda_item=step.agenda_item or item),
                      steps[0].address, steps[0].how)]
    return steps


def _field_steps_as_written(field: FormField) -> list[Step]:
    out: list[Step] = []
    for part in _dated_parts(field.value):
        row = route_row(part) if len(find_dates(part)) == 1 else None
        if row is not None:
            out.append(Step(row, field.address, f"route list {field.label!r}"))
            continue
        for body, when in _bodies_with_dates(part):
            if _NOT_BODY_WORDS.search(body) and not BODY_WORD.search(_NOT_BODY_WORDS.sub("", body)):
                continue
            body, role = _without_part(_NOT_BODY_WORDS.sub("", body).strip(" -–"))
            if body:
                out.append(Step(ConsultationStep(body, when, role), field.address, f"route list {field.label!r}"))
    return out


# "X den 8. september 2025, Y den 22. september 2025 og Z den …": a comma or "and" after a year ends a step
_AFTER_YEAR = re.compile(r"(?<=\d{4})\)?\s*(?:,|;|\bog\b|\bund\b|\band\b|\bthen\b)\s+", re.IGNORECASE)


# A list whose lines were joined into one value: "A – 12 May 2026 Cabinet Meeting – 2 June 2026"
_YEAR_THEN_NAME = re.compile(r"(?<=\d{4})\s+(?=[A-ZÆØÅÄÖÜ])")


def _dated_parts(value: str) -> list[str]:
    """Split a route list into its steps: at arrows and semicolons, and after each step's date.

    Where one piece holds more than one date, a capitalised word right after a date's year opens the next step.
    """
    pieces = [piece for part in _PATHWAY_SPLIT.split(value) for piece in _AFTER_YEAR.split(part) if piece.strip()]
    return [part for piece in pieces for part in (_YEAR_THEN_NAME.split(piece) if len(find_dates(piece)) > 1 else [piece])]


def normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def _bodies_with_dates(text: str) -> list[tuple[str, date | None]]:
    """Split "CYPE Cabinet Committee - 21 November 2024" or "A, B og C" into bodies with dates."""
    text = " ".join(text.split()).strip(" .")
    trailing = _TRAILING_DATE.search(text)
    if trailing:
        when = _one_date(trailing.group("date"))
        if when is not None:
            body = text[: trailing.start()].strip(" -–,")
            return [(body, when)] if body else []
    bodies = [part.strip(" .") for part in _LIST_JOIN.split(text) if part.strip(" .")]
    if all(BODY_WORD.search(body) for body in bodies) and len(bodies) <= 8:
        return [(body, None) for body in bodies]
    return []


# --- Danish case history and case procedure -----------------------------------------------------


def _procedure(fields: list[FormField]) -> FormField | None:
    return next((field for field in fields_of(fields, "route") if normalised(field.label) in ("sagsprocedure", "sagsgang", "sagens gang", "behandles i", "behandles af")), None)


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
                and not _GREETING.match(body)
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


# --- A route row told by what it holds -----------------------------------------------------------

# Words that lead into a body on a route line: "Beslutning i", "Behandles i", "Beratung im",
# "Considered by", "Decision by", "Indstilling til".
_ROW_LEAD = re.compile(
    r"^(?:(?:beslutning|behandling|indstilling|behandles|beslutter|besluttes|orientering|beratung|vorberatung|entscheidung|"
    r"beschlussfassung|kenntnisnahme|considered|consideration|decision|decided|referred|sitzung)"
    r"(?:\s+(?:i|af|til|im|in|durch|vom|von|der|des|den|by|to|at|of|the|for))*\s+)",
    re.IGNORECASE,
)
# An agenda item's label and number on a route row: "TOP 7", "pkt. 4", "item 12.2".
_ROW_ITEM_NUMBER = r"\b(?:TOP|pkt\.?|punkt|item|Nr\.?|no\.?)\s*(?P<item>\d{1,3}(?:\.\d{1,2})?)\b"
# What stands beside the body and the date on a route row: the day's word, an agenda item, a public flag.
_ROW_FILLER = re.compile(
    r"(?:\b(?:den|d\.|am|vom|on|the|at|meeting|møde|mødet|sitzung)\b|" + _ROW_ITEM_NUMBER.replace("?P<item>", "?:")
    + r"|\b\d{1,2}[.:]\d\d\s*(?:am|pm|a\.m\.|p\.m\.|uhr)(?!\w)|\b\d{1,2}\s*(?:am|pm)\b"
    r"|\((?:TOP|pkt\.?|punkt|item|Nr\.?)?\s*\d{1,3}\)|\b(?:nicht\s?öffentlich|öffentlich|åbent?|lukket|public|private|exempt|Ö|N|NÖ)\b"
    # "(öffentliche Sitzung)", "in nichtöffentlicher Sitzung": the sitting's kind in the words for it
    r"|\b(?:in\s+)?(?:nicht\s?)?öffentliche[rn]?\s+Sitzung\b"
    r"|[:;–—|()]|\s-\s|\s-$|^-\s)",
    re.IGNORECASE,
)
_ROW_ITEM = re.compile(_ROW_ITEM_NUMBER, re.IGNORECASE)
_SITTING_LEAD = re.compile(r"^\W*sitzung\s+(?:des|der)\s", re.IGNORECASE)
_ROW_CLOSED = re.compile(r"\b(?:nicht\s?öffentliche?[rn]?|lukket|private|exempt|NÖ)\b", re.IGNORECASE)
_ROW_PUBLIC = re.compile(r"\b(?:öffentliche?[rn]?|åbent?|public)\b|(?<!\w)Ö(?!\w)", re.IGNORECASE)
# A route list numbers or bullets its rows: "1. Ortsbeirat Nord – Anhörung – Sitzung am 02.03.2026", "– Stadtrat, 12.05.2026".
_ROW_ENUMERATOR = re.compile(r"^(?:\d{1,2}[.)]|[a-z]\)|[-–•*])\s+(?=\S)")
_ROW_ABBREVIATION = re.compile(r"\((?P<short>[A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜ\d-]{1,9})\)")
# A form's field ("To: Cabinet – 4 March"), or a paper's own date ("Report of the Committee dated …").
_ROW_FORM_LABEL = re.compile(r"^[^\W\d]{1,20}\s*:|\b(?:dated|datiert|dateret)\b", re.IGNORECASE)
_ROW_PLACE_DATE = re.compile(r",\s*(?:den|d\.)\s*\d", re.IGNORECASE)
# Small words a body's name may hold in lower case: "Udvalget for Klima og Miljø", "Ausschuss für Umwelt".
_NAME_LINKS = frozenset(
    "for og i af til med und für des der die das im in am zur zum von vom and of the on with".split()
)


def route_row(text: str) -> ConsultationStep | None:
    """Read a route row from what it holds: one body's name, one date, and at most a role, item or flag.

    Council systems print route rows in many orders ("Byrådet 05.09.2024", "05/09/2024
    Økonomiudvalget", "Finance Committee – 3rd March 2025 – for decision", "Beratung im
    Stadtrat am 3. März 2025, TOP 7, öffentlich"); the row is told by its content, not its order.
    A sentence is never a row: the rest beside the date must be a name (capitalised words and the
    small words that join them) that holds a body's word.
    """
    text = _ROW_ENUMERATOR.sub("", " ".join(text.split()))
    if len(text) > 100 or not _DIGIT.search(text) or text.endswith((".", "?", "!")) and not text.endswith(("d.", "Nr.")):
        return None
    mentions = find_dates(text)
    if len(mentions) != 1 or mentions[0].end is not None or mentions[0].precision != "day":
        return None
    start, end = mentions[0].span
    if _ROW_FORM_LABEL.search(text) or _ROW_PLACE_DATE.search(text):
        return None  # a form's field, a paper's own date or a letter's place and date ("Kleinstadt, den 3.5.2025")
    rest = f"{text[:start]} | {text[end:]}"
    item = _ROW_ITEM.search(rest)
    public = None
    if _ROW_CLOSED.search(rest):
        public = False
    elif _ROW_PUBLIC.search(rest):
        public = True
    rest = rest.strip(" |")
    lead = _ROW_LEAD.match(rest)
    if lead:
        rest = rest[lead.end() :]
    # a body's abbreviation in brackets belongs to its name ("Udvalget for plan og kultur (PUK)")
    rest = _ROW_FILLER.sub(" | ", _ROW_ABBREVIATION.sub(r"⟨\g<short>⟩", rest)).replace("⟨", "(").replace("⟩", ")")
    # What is left between the separators: a role ("Vorberatung", "for decision") and the body's
    # name, which must be the one piece that holds other words.
    role = None
    pieces = []
    for piece in (piece.strip(" .,-") for piece in rest.split("|")):
        for part in (part.strip(" .") for part in piece.split(",")):
            if ROLE.match(part):
                role = role or part
                piece = piece.replace(part, "").strip(" .,-")
        if piece:
            pieces.append(piece)
    if len(pieces) != 1:
        return None
    body, trailing_role = _without_role(pieces[0])
    body = without_sitting_kind(body.strip(" .,-"))
    if lead and _SITTING_LEAD.match(text):
        # "Sitzung des Werkausschusses am 11.02.2026, öffentlich, TOP 4" (a Bavarian "Sitzungsverlauf"): the body
        # stands in the genitive after "Sitzung des".
        body = nominative(body)
    # the word that leads into the body may be its role: "Vorberatung im Bauausschuss am …"
    leading_word = lead.group(0).split()[0] if lead else ""
    role = role or trailing_role or (leading_word if leading_word and ROLE.match(leading_word) else None)
    words = body.split()
    if not words or len(words) > 7 or not BODY_WORD.search(body) or any(c.isdigit() for c in body):
        return None
    if not words[0][0].isupper():
        return None
    # A name is capitalised word by word, but for the small words that join it; after a word that
    # announces a body ("Beslutning i …", "Beratung im …") a name in sentence case is read too.
    if not lead and any(not (w[0].isupper() or w.lower() in _NAME_LINKS or w.endswith("-") or _ROW_ABBREVIATION.fullmatch(w)) for w in words):
        return None
    return ConsultationStep(body, mentions[0].start, role, item.group("item") if item else None, public)


# The kind of sitting is no part of the body's name: "Ordinary Council Meeting" is a meeting of the Council,
# "Special Meeting of the Planning Committee" one of the Planning Committee.
_SITTING_KIND = re.compile(
    r"^(?:Ordinary|Special|Extraordinary|Extra-?ordinary|Regular|Adjourned|Annual|Ordentliche[snr]?|Außerordentliche[snr]?"
    r"|Ordinært|Ekstraordinært|Ordinær|Ekstraordinær)\s+(?=\S)",
    re.IGNORECASE,
)


# Nor is the word for the sitting after it: "County Council Meeting – 13th March 2025", "Byrådsmøde" aside.
_SITTING_AFTER = re.compile(r"\s+(?:Meeting|Sitzung|Møde|Mødet)$", re.IGNORECASE)


def without_sitting_kind(body: str) -> str:
    """Return *body* without the kind of sitting before it and the word for the sitting after it, where a name remains."""
    rest = _SITTING_AFTER.sub("", _SITTING_KIND.sub("", body))
    return rest if rest != body and BODY_WORD.search(rest) else body


_TRAILING_ROLE = re.compile(
    r"\s+(?P<role>(?:zur\s+|til\s+|for\s+)?(?:Vorberatung|Entscheidung|Kenntnisnahme|Beschlussfassung|Beratung|Anhörung|"
    r"Empfehlung|Stellungnahme|beslutning|orientering|drøftelse|godkendelse|decision|information|noting|approval|consideration))$",
    re.IGNORECASE,
)


# ALLRIS prints the role in brackets after the body, under a "Beratungsfolge (Zuständigkeit)" header: "Stadtrat (Entscheidung)".
_BRACKETED_ROLE = re.compile(r"\s*\((?P<role>[^()]{4,40})\)$")


# Words in lower case after a body's name that are no part in the route: the sitting, or its part.
_NOT_PREDICATE = re.compile(r"^(?:meeting|møde|mødet|session|sitzung|(?:nicht\s?)?öffentlich|åbent?|lukket|public|private)\b", re.IGNORECASE)


def _without_predicate(body: str) -> tuple[str, str | None]:
    """Split what a row says the body does after its name: "Teknik- og Miljøudvalget sender forslaget i høring".

    The name ends in a body's word ("…udvalget", "…rat", "Committee") and the next word is in lower case and joins
    no name ("for", "und", "of" do): the rest is the body's part in the route, unless it names a body itself ("Antrag
    des Gemeinderates an die Gemeindeversammlung" is one body's paper to another).
    """
    words = body.split()
    for index in range(1, len(words)):
        word = words[index]
        if word[:1].islower() and word.lower() not in _NAME_LINKS and BODY_WORD.search(words[index - 1]):
            rest = " ".join(words[index:])
            if _NOT_PREDICATE.match(word) or BODY_WORD.search(rest):
                return body, None
            return " ".join(words[:index]), rest
    return body, None


def _without_role(body: str) -> tuple[str, str | None]:
    """Split a role written after the body ("Integrationsrat Vorberatung", "Stadtrat (Entscheidung)") from it."""
    body = " ".join(body.split())
    bracketed = _BRACKETED_ROLE.search(body)
    # a role the lexicon knows, or the body's part told in lower case: "… Scrutiny Panel (pre-decision scrutiny)"
    told = bracketed and bracketed.group("role")[:1].islower() and not _NOT_PREDICATE.match(bracketed.group("role"))
    if bracketed and (ROLE.match(bracketed.group("role")) or told) and body[: bracketed.start()].strip():
        return body[: bracketed.start()].strip(), bracketed.group("role")
    role = _TRAILING_ROLE.search(body)
    if role:
        return body[: role.start()].strip(), role.group("role")
    return body, None


def _without_part(body: str) -> tuple[str, str | None]:
    """Split the body's part from a row's or list's cell: told in lower case after its name, or as a role."""
    body, predicate = _without_predicate(" ".join(body.split()))
    return (body, predicate) if predicate else _without_role(body)


def _procedure_steps(procedure: FormField, history: list[Step], meeting: Step | None) -> list[Step]:
    """Give each body of a case procedure ("A, B og C") its date from the history or the meeting.

    A procedure that dates its bodies itself ("Behandles af: Økonomiudvalget (11. marts 2026), Byrådet (25. marts
    2026)") is a route list of its own.
    """
    dated = _field_steps(procedure)
    if dated and all(step.step.date for step in dated):
        return dated
    bodies = [body for body, _ in _bodies_with_dates(procedure.value)]
    if not bodies:
        return [*history, *([meeting] if meeting else [])]
    known = [*history, *([meeting] if meeting else [])]
    bodies = [name for body in bodies for name in _named_within(body, known)]
    out: list[Step] = []
    for body in bodies:
        # "Sagsgang: Børne- og Skoleudvalget (orientering)": the body's part in brackets is no part of its name.
        body, role = _without_role(body)
        match = next((step for step in known if _same_body(step.step.organization, body)), None)
        if match is not None:
            step = ConsultationStep(body, match.step.date, match.step.role or role)
            out.append(Step(step, match.address, f"{match.how} and case procedure"))
        else:
            out.append(Step(ConsultationStep(body, None, role), procedure.address, "case procedure"))
    return out


def _named_within(text: str, known: list[Step]) -> list[str]:
    """Split a procedure's text by the bodies the case history names in it, in the order written.

    "A, B and C" joined by words the list splitter does not know still yields A and B when the
    history names them; what is left between them (C) stays a body of its own when it holds a
    body's word.
    """
    lowered = text.casefold()
    spans = []
    for step in known:
        name = step.step.organization
        at = lowered.find(name.casefold())
        if name and at >= 0 and not any(a <= at < b for a, b, _ in spans):
            spans.append((at, at + len(name), name))
    if not spans or (len(spans) == 1 and spans[0][1] - spans[0][0] == len(text.strip())):
        return [_without_joining_words(text)]
    spans.sort()
    names: list[str] = []
    position = 0
    for start, end, name in [*spans, (len(text), len(text), "")]:
        # the joining words ("og", "und", "et") and separators between two names are no body
        between = _without_joining_words(text[position:start].strip(" ,;.-–"))
        if between and BODY_WORD.search(between):
            names.append(between)
        if name:
            names.append(text[start:end])
        position = end
    return names


def _without_joining_words(text: str) -> str:
    """Drop the words in lower case that join a list before a body's name ("endelig Byrådet")."""
    words = text.split()
    while words and not (words[0][:1].isupper() or BODY_WORD.search(words[0])):
        words.pop(0)
    return " ".join(words) if words else text


def _same_body(first: str, second: str) -> bool:
    a, b = _stem(first), _stem(second)
    return bool(a and b) and (a == b or a.startswith(b) or b.startswith(a))


def _stem(name: str) -> str:
    word = re.sub(r"\s+\d{4}(?:\s*-\s*\d{4})?$", "", name.casefold()).strip()
    for ending in ("ets", "et", "ens", "en", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word


# --- The meeting of an agenda, minutes or agenda item -----------------------------------------


_MUNICIPALITY = re.compile(
    r"\b(?:City|County|Borough|District|Town|Parish) Council$|\bKommune$|^(?:Stadt|Gemeinde|Landeshauptstadt|Hansestadt|Landkreis|Kreis)\b",
    re.IGNORECASE,
)


def meeting_line(text: str) -> re.Match | None:
    """Match a line naming the meeting a paper belongs to: "Byråd – Dagsorden – 2024-10-02 – Byrådssalen"."""
    return _MEETING_LINE.match(" ".join(text.replace("\t", " ").split()))


_WRAPPED_REACH = 8


def meeting_of(document: Document, kind: str) -> Step | None:
    """Return the meeting the document belongs to: its body and date, from the head of the document.

    The head is the first forty lines, over a cover page if there is one.
    """
    head = list(document.addresses[:40])
    for address in head:
        text = " ".join(address.text.replace("\t", " ").split())
        line = _MEETING_LINE.match(text)
        if line:
            body = (line.group("body") or line.group("body_after")).strip()
            when = _first_date(text[line.end():]) or _first_date(text)
            if when is None and line.end() == len(text) and BODY_WORD.search(body):
                # "Byrådet – Dagsorden" over "Mødedato: 24. februar 2026": the meeting's day stands under its name
                when = _date_near(head, address)
            if when is not None and (line.group("body") or BODY_WORD.search(body)):
                return Step(ConsultationStep(body, when), address, "meeting line")
    for position, address in enumerate(head):
        text = " ".join(address.text.replace("\t", " ").split())
        if text.isupper():
            text = _capitalised(text)
        if position < _WRAPPED_REACH and re.search(r"\b(?:of|of the|des|der)$", text):
            # A heading wrapped over lines: "… Meeting of the" / "Housing Committee" / "held on 15 May 2025".
            following = [other.text for other in head[position + 1 : position + 3] if other.item is address.item]
            text = " ".join([text, *following])
        meeting = _GERMAN_MEETING.search(text) or _ENGLISH_MEETING.search(text) or _compound_sitting(text)
        if meeting:
            body = (meeting.groupdict().get("body") or meeting.groupdict().get("body2") or "").strip(" ,")
            body = re.split(r"\s+(?:am|vom|on|at|statt|findet)\b", body)[0].strip(" ,")
            if not BODY_WORD.search(body):
                continue
            when = _first_date(text) or _date_near(head, address, before=True)
            if when is not None:
                return Step(ConsultationStep(nominative(without_sitting_kind(body)), when), address, "meeting named in the header")
    headed = (
        _record_head(head) or _summons(head) or _body_over_sitting(head) or _paper_for_sitting(head)
        or _warrant_head(head) or _danish_meeting_head(head)
    )
    if headed is not None:
        return headed
    # A heading naming a body ("CABINET", "Quartiersbeirat Nordstadt") with the first date under it.
    if kind not in ("agenda", "minutes"):
        return None
    for position, address in enumerate(head):
        text = " ".join(address.text.replace("\t", " ").split())
        if len(text) > 80 or "\t" in address.text:
            continue
        # A scan knows no headings: the body's name is told by its sitting on the next line ("3. Sitzung, 15.10.2025")
        sitting = position + 1 < len(head) and _SITTING_LINE.search(head[position + 1].text) and _first_date(head[position + 1].text)
        if not sitting and not (address.item.role == "heading" if hasattr(address.item, "role") else False):
            continue
        if BODY_WORD.search(text) and not label_key(text) and len(text.split()) <= 6 and not _MUNICIPALITY.search(text):
            when = _date_near(head, address)
            if when is not None:
                how = "meeting heading" if not sitting else "body over its sitting"
                return Step(ConsultationStep(_title_case(text), when), address, how)
    return None


# The record's genre word opening a line or a part of it: "Dagsorden", "Einladung", "Referat – ordinært møde …".
_GENRE_WORD = re.compile(
    r"^(?:Dagsorden|Referat|Beslutningsprotokol|Mødereferat|Tagesordnung|Einladung|Niederschrift|Protokoll|Agenda|Minutes"
    r"|Summons"
    # a US form asking the body for its decision: "Request for Board Action", "Request for Council Action"
    r"|Request for (?:Board|Council|Commission) Action)\b",
    re.IGNORECASE,
)
_GENRE_LABEL = re.compile(r"^\S+\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:")
_WEEKDAY = re.compile(rf"^(?:{ANY_WEEKDAY})\b", re.IGNORECASE)
_HEAD_PARTS = re.compile(r"\s+[–—-]\s+|\t+|\s+\|\s+")
_RECORD_HEAD_LINES = 8


def _record_head(head: list[LineAddress]) -> Step | None:
    """Return the meeting a record's head names by its genre, its body and its day, in whatever arrangement.

    Every council system heads an agenda, a minutes or one item of them with the three: on one line ("Økonomiudvalget
    – Referat – 12.05.2026 – Mødelokale 2", "Tagesordnung | Bauausschuss | 04.05.2026") or stacked ("Dagsorden" over
    "Børneudvalget" over "2. maj 2026 kl. 16:00", "Bauausschuss" over "Einladung zur Sitzung am 12.05.2026").
    """
    lines = [address for address in head if address.text.strip()][:_RECORD_HEAD_LINES]
    for position, address in enumerate(lines):
        parts = [part.strip() for part in _HEAD_PARTS.split(address.text.strip()) if part.strip()]
        # "Agenda Date: July 14, 2026" is a form's field, not the record's genre
        genre_at = next(
            (index for index, part in enumerate(parts) if _GENRE_WORD.match(part) and not _GENRE_LABEL.match(part)), None
        )
        if genre_at is None:
            continue
        if len(parts) >= 3:
            # one line: the body is the one part that names a body, the day the first date after the genre
            bodies = [part for index, part in enumerate(parts) if index != genre_at and _names_body(part, digits=True)]
            when = _first_date(" ".join(parts[genre_at:]))
            if len(bodies) == 1 and when is not None:
                return Step(ConsultationStep(bodies[0], when), address, "meeting line")
            continue
        if len(" ".join(parts).split()) > 8:
            continue
        # stacked: the body's line just over or under the genre's, the day on those lines or the two below
        for other_at in (position - 1, position + 1):
            if not 0 <= other_at < len(lines):
                continue
            other = lines[other_at]
            body = " ".join(other.text.replace("\t", " ").split())
            if not _names_body(body):
                continue
            below = lines[max(position, other_at) + 1 :][:2]
            for line in [address, other, *below]:
                if _PLACE_AND_DATE.match(line.text.strip()) and not _WEEKDAY.match(line.text.strip()):
                    continue  # "Talheim, 02.04.2024": the day the paper was written, not the meeting's ("Mittwoch, 17.06.2026" is)
                when = _first_date(line.text)
                if when is not None:
                    return Step(ConsultationStep(_title_case(body), when), other, "record head")
            return None
    return None


def _body_over_sitting(head: list[LineAddress]) -> Step | None:
    """Return the meeting a paper's first line names by its body over its sitting and day, whatever the paper's genre.

    One item of a meeting, printed alone, keeps the meeting's head: "Integrationsrådet" over "Møde den 12. maj 2026
    kl. 17.00", "Bauausschuss" over "Sitzung am 04.05.2026", "Planning Committee" over "Meeting on 3 March 2026".
    """
    lines = [address for address in head if address.text.strip()][:2]
    if len(lines) < 2:
        return None
    body = " ".join(lines[0].text.replace("\t", " ").split())
    sitting = lines[1].text.strip()
    if not _names_body(body) or not _SITTING_LINE.search(sitting) or not _MEETING_ON.search(sitting):
        return None
    when = _first_date(sitting)
    return Step(ConsultationStep(_title_case(body), when), lines[0], "meeting line") if when is not None else None


#: How the meeting a paper's head says it is for was read ("For discussion on 9 June 2026" under the body's name).
PAPER_FOR_SITTING = "the sitting the paper's head says it is for"
# What a paper's head says the body is to do with it at its meeting: "For discussion on 9 June 2026", "For information
# at the meeting on …".
_FOR_SITTING = re.compile(
    r"^For (?:discussion|decision|information|consideration|approval|noting)(?: at the meeting)? on\s+\S", re.IGNORECASE
)
_FOR_SITTING_REACH = 6


def _paper_for_sitting(head: list[LineAddress]) -> Step | None:
    """Return the meeting a paper is put to by its head: the body named in its first line, the day "For … on" gives.

    A district council's paper ("Harbourview District Council" / "Paper No. 41/2026" / "For discussion on 9 June 2026")
    goes to that council's meeting on that day.
    """
    lines = [address for address in head if address.text.strip()][:_FOR_SITTING_REACH]
    if not lines:
        return None
    body = " ".join(lines[0].text.replace("\t", " ").split())
    if not BODY_WORD.search(body) or len(body.split()) > 6 or label_key(body) or any(char.isdigit() for char in body):
        return None
    for address in lines[1:]:
        text = " ".join(address.text.split())
        if _FOR_SITTING.match(text) and (when := _first_date(text)) is not None:
            return Step(ConsultationStep(_title_case(body), when), lines[0], PAPER_FOR_SITTING)
    return None


# A New England town's warrant names the meeting of its voters it calls: "ANNUAL TOWN MEETING WARRANT" over its day.
_WARRANT = re.compile(
    r"^(?:(?P<body>(?:(?:Annual|Special|Spring|Fall|Adjourned)\s+)?Town\s+Meeting)\s+Warrant"
    r"|Warrant\s+for\s+(?:the\s+)?(?P<body_for>(?:(?:Annual|Special|Spring|Fall)\s+)?Town\s+Meeting))\b",
    re.IGNORECASE,
)


def _warrant_head(head: list[LineAddress]) -> Step | None:
    """Return the town meeting a warrant calls, on the first day its heading's line or the two under it give."""
    lines = [address for address in head if address.text.strip()][:_RECORD_HEAD_LINES]
    for position, address in enumerate(lines):
        warrant = _WARRANT.match(" ".join(address.text.split()))
        if warrant is None:
            continue
        body = _capitalised(warrant.group("body") or warrant.group("body_for"))
        for line in lines[position : position + 3]:
            when = _first_date(line.text)
            if when is not None:
                return Step(ConsultationStep(" ".join(body.split()), when), address, "record head")
        return None
    return None


# A Danish head naming the meeting of a body: "Dagsorden for møde i Beredskabskommissionen", "Møde i KKR Sydjylland",
# or the meeting by a compound of the body's word: "Bestyrelsesmøde onsdag den 10. juni 2026", "Referat af
# skolebestyrelsesmøde".
_DANISH_MEETING_IN = re.compile(
    r"^(?:(?:Dagsorden|Referat|Beslutningsprotokol)\s+(?:for|fra|af|til)\s+)?(?:(?:det|ordinært|ekstraordinært)\s+)?"
    r"møde(?:t)?\s+i\s+(?P<body>[^\W\d_][^\d\t,:]{1,60}?)\s*$",
    re.IGNORECASE,
)
_DANISH_COMPOUND_MEETING = re.compile(
    r"^(?:(?:Dagsorden|Referat|Beslutningsprotokol)\s+(?:for|fra|af|til)\s+)?(?:(?:ordinært|ekstraordinært)\s+)?"
    r"(?P<stem>[^\W\d_]*?(?:bestyrelse|udvalg|råd|kommission|nævn|forsamling))s?møde(?:t)?\b",
    re.IGNORECASE,
)
_DANISH_MEETING_REACH = 3


def _danish_meeting_head(head: list[LineAddress]) -> Step | None:
    """Return the meeting a Danish head names in words, on the first day on its line or the lines under it."""
    lines = [address for address in head if address.text.strip()][:_RECORD_HEAD_LINES]
    for position, address in enumerate(lines):
        text = " ".join(address.text.split())
        named = _DANISH_MEETING_IN.match(text)
        if named:
            body = named.group("body").strip()
            if len(body.split()) > 5:
                continue
        elif compound := _DANISH_COMPOUND_MEETING.match(text):
            body = _danish_definite(compound.group("stem"))
        else:
            continue
        for line in lines[position : position + _DANISH_MEETING_REACH]:
            when = _first_date(line.text)
            if when is not None:
                return Step(ConsultationStep(body[:1].upper() + body[1:], when), address, "meeting line")
        return None
    return None


def _danish_definite(word: str) -> str:
    """Return a Danish body's word in its definite form: "bestyrelse" -> "bestyrelsen", "udvalg" -> "udvalget"."""
    word = word.casefold()
    if word.endswith("e"):
        return word + "n"
    if word.endswith(("råd", "udvalg", "nævn")):
        return word + "et"
    return word + "en"


# A summons is sent to the members of the body that meets, for a meeting on a day its head names (ModernGov's
# front sheet "Summons to and Agenda for a Meeting on …" / "To: All Members of the Cabinet", "An die Mitglieder des
# Bauausschusses", "Til medlemmerne af Økonomiudvalget").
_MEMBERS_OF = re.compile(
    r"^(?:To|An|Til)\b\s*:?\s*(?:all\s+(?:the\s+)?)?(?:Members\s+of\s+(?:the\s+)?|die\s+Mitglieder\s+(?:des|der)\s+"
    r"|medlemmerne\s+af\s+)(?P<body>[^\d,;:()]{3,80}?)\s*$",
    re.IGNORECASE,
)
_MEETING_ON = re.compile(r"\b(?:meeting\s+(?:to\s+be\s+held\s+)?on|Sitzung\s+am|mødet?\s+(?:den|d\.))(?:\s|$)", re.IGNORECASE)


def _summons(head: list[LineAddress]) -> Step | None:
    """Return the meeting a summons calls: the body whose members it is sent to, on the day after "Meeting on"."""
    texts = [" ".join(address.text.replace("\t", " ").split()) for address in head]
    members = next(
        ((found, address) for text, address in zip(texts, head) if (found := _MEMBERS_OF.match(text)) and BODY_WORD.search(found.group("body"))),
        None,
    )
    if members is None:
        return None
    for index, text in enumerate(texts):
        lead = _MEETING_ON.search(text)
        if lead is None:
            continue
        # the day follows the words, on their line or the next ("Summons to and Agenda for a / Meeting on / Thursday, …")
        when = _first_date(" ".join(texts[index : index + 2])[lead.end() : lead.end() + 40])
        if when is not None:
            return Step(ConsultationStep(nominative(members[0].group("body")), when), members[1], "summons")
    return None


def _names_body(text: str, *, digits: bool = False) -> bool:
    """Tell whether a line or part of one is a body's name: a body's word, short, no label, not the municipality."""
    return bool(
        BODY_WORD.search(text) and len(text.split()) <= 8 and ":" not in text and not _MUNICIPALITY.search(text)
        and (digits or not _DIGIT.search(text)) and not find_dates(text)
    )


_SITTING_LINE = re.compile(r"^\W*(?:\d{1,3}\.\s*)?(?:öffentliche\s+|ordentliche\s+)?(?:Sitzung|møde|meeting)\b", re.IGNORECASE)


def _capitalised(text: str) -> str:
    """Write a line set in capitals as words with capitals ("COUNCIL MEETING" -> "Council Meeting")."""
    return " ".join(word[:1] + word[1:].lower() for word in text.split())


def _first_date(text: str) -> date | None:
    mentions = find_dates(text)
    return mentions[0].start if mentions else None


def _compound_sitting(text: str):
    """Return the match of a sitting named by a compound of its body's name, where that name is more than a bare word."""
    found = _COMPOUND_SITTING.search(text)
    if found and found.group("body").casefold() not in BARE_BODY_WORDS:
        return found
    return None


def _date_near(head: list[LineAddress], address: LineAddress, *, before: bool = False) -> date | None:
    """Return the first date on the lines under *address* (and, with *before*, on the two lines above)."""
    index = head.index(address)
    nearby = head[index + 1 : index + 6]
    if before:
        nearby = [*reversed(head[max(0, index - 2) : index]), *nearby]
    for line in nearby:
        if _PLACE_AND_DATE.match(line.text.strip()):
            continue  # "Talheim, 02.04.2024": the day the letter was written, not the meeting's
        when = _first_date(line.text)
        if when is not None:
            return when
    return None


def _title_case(text: str) -> str:
    return text.title() if text.isupper() else text


def _unique(steps: list[Step]) -> list[Step]:
    """Drop repeated steps; a dated step takes the place of the same body's undated one."""
    out: list[Step] = []
    for step in steps:
        same = [index for index, known in enumerate(out) if _same_body(step.step.organization, known.step.organization)]
        if any(out[index].step.date == step.step.date or step.step.date is None for index in same):
            continue
        undated = next((index for index in same if out[index].step.date is None), None)
        if undated is not None:
            out[undated] = step
            continue
        out.append(step)
    return out


def meeting_title(step: Step | None) -> tuple[str, LineAddress] | None:
    """Return the title of an agenda or minutes: the *step* of the meeting it is for ("Sitzung des Ortschaftsrates Auental")."""
    if step is None or step.address is None or step.how in ("body over its sitting", "record head", "summons"):
        return None  # a body's name over its sitting is no heading: the record's genre above it titles it
    text = " ".join(step.address.text.replace("\t", " ").split())
    german = _GERMAN_MEETING.search(text)
    if german:
        phrase = re.split(r"\s+(?:am|vom|statt|findet)\b", german.group(0))[0].strip(" ,")
        return re.sub(r"^\d{1,2}\.\s*", "", phrase) if not phrase[:1].isdigit() else phrase, step.address
    return step.step.organization, step.address


_PLACE_AND_DATE = re.compile(r"^[A-ZÄÖÜÆØÅ][\w.-]+(?: [A-ZÄÖÜÆØÅ][\w.-]+)?,\s*(?:den |d\. )?\d{1,2}\.")
_RECORD_GENRE = re.compile(
    r"^(?:Referat|Dagsorden|Beslutningsprotokol|Mødereferat|Niederschrift|Protokoll|Tagesordnung|Einladung"
    r"|Minutes|Agenda|Summons|Decision list)$",
    re.IGNORECASE,
)


def genre_and_body_title(document: Document) -> tuple[str, LineAddress] | None:
    """Return "Referat Økonomiudvalget" for a record headed by its genre alone over the body that met."""
    head = [address for address in document.addresses[:8] if address.text.strip()]
    for first, second in zip(head, head[1:4]):
        genre = " ".join(first.text.split())
        if not _RECORD_GENRE.match(genre):
            continue
        body = " ".join(second.text.replace("\t", " ").split())
        if (
            BODY_WORD.search(body) and len(body.split()) <= 8 and not any(ch.isdigit() for ch in body)
            and ":" not in body and not _MUNICIPALITY.search(body)
        ):
            return f"{genre} {body}", first
        return None
    return None
