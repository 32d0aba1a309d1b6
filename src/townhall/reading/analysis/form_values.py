"""Turn the form fields of a paper into card values: subject, numbers, units, people, dates, status.

Each function takes the fields found by :func:`townhall.reading.analysis.forms.form_fields`
and returns the value for one part of the card with the field it came from (for evidence),
or None when the form does not say.
"""

from __future__ import annotations

import re
from datetime import date

from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.dates.places import place_and_date
from townhall.reading.analysis.dates.roles import COLUMN_GAP
from townhall.reading.analysis.dates.schedules import TIME_LABEL
from townhall.reading.analysis.first_names import FIRST_NAMES
from townhall.reading.analysis.form_labels import LABELS
from townhall.reading.analysis.forms import FormField, fields_of, normalise_label
from townhall.reading.analysis.kind import _genre
from townhall.reading.analysis.people import as_name
from townhall.reading.analysis.public import find_public
from townhall.reading.analysis.references import _clean_value, _scanned_digits
from townhall.reading.analysis.route.rows import route_row
from townhall.reading.analysis.title_checks import _AGENDA_NUMBER
from townhall.reading.card import ConsultationStep

_TRAILING_REFERENCE = re.compile(r"\s*\((?:[A-Za-z.]{0,8}\s?)?\d[\w./-]*\d\)\s*$")
_ITEM_NUMBER = re.compile(r"^\s*(?:TOP|Item|Punkt|Pkt\.?)?\s*(\d{1,3}(?:\.\d{1,2})?(?:\.?[a-z])?)\.?\s*$", re.IGNORECASE)
_TRAILING_DATE = re.compile(
    r"\s*[-–—,]\s*(?:(?:den|am|on|d\.)\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th|\.)?\s*(?:[A-Za-zæøåäöü]+\.?|\d{1,2}\.)\s*\d{2,4}|\d{4}-\d{2}-\d{2})\s*$",
    re.IGNORECASE,
)


def subject(fields: list[FormField]) -> tuple[str, FormField] | None:
    """Return the subject line of the form, without its agenda number or trailing case number."""
    for field in fields_of(fields, "subject"):
        value = _TRAILING_REFERENCE.sub("", _AGENDA_NUMBER.sub("", field.value)).strip(" \t:;,-–")
        value = " ".join(value.split("\t")[0].split())
        if len(value) >= 4 and any(char.isalpha() for char in value):
            return value, field
    return _planning_proposal(fields)


# A planning application as consultees and notices print it: "Application No: 26/01872/FUL" over "Proposal: Erection of
# 24 dwellings …" and "Site: …"; the development proposed is the subject.
_APPLICATION_LABEL = re.compile(r"^(?:(?:planning\s+)?application\s*(?:no\.?|number|ref(?:erence)?)?|ansøgning\s+nr\.?)$", re.IGNORECASE)
_PROPOSAL_LABEL = re.compile(r"^(?:proposal|proposed\s+development|description(?:\s+of\s+(?:development|proposal))?|development)$", re.IGNORECASE)


_NEXT_FIELD = re.compile(r"\s+[A-Z][a-z]+(?:\s[a-z]+){0,3}:\s.*$")


def _planning_proposal(fields: list[FormField]) -> tuple[str, FormField] | None:
    """Return the development an application field's form proposes, or None."""
    if not any(_APPLICATION_LABEL.match(field.label.strip(" .:")) for field in fields):
        return None
    for field in fields:
        # (a text layer may run the next field on: "… landscaping Site: Land north of Mill Lane")
        value = _NEXT_FIELD.sub("", " ".join(field.value.split("\t")[0].split()))
        if _PROPOSAL_LABEL.match(field.label.strip(" .:")) and len(value.split()) >= 2:
            return value, field
    return None


def reference(fields: list[FormField], key: str) -> tuple[str, FormField] | None:
    """Return the number of a "paper", "case" or "document" field."""
    for field in fields_of(fields, key):
        value = _clean_value(field.value)
        if value:
            return _scanned_digits(value), field
    if key == "paper":
        # "ITEM NUMBER: MC 14/06/2026": an item field holding a registered code, not a place on an agenda, numbers the paper.
        for field in fields_of(fields, "agenda_item"):
            value = _clean_value(field.value.split("\t")[0])
            if value and not _ITEM_NUMBER.match(value) and _REGISTERED_CODE.fullmatch(value):
                return value, field
    return None


# A paper's code in a council's register: letters and a number with its year after a slash ("MC 14/06/2026").
_REGISTERED_CODE = re.compile(r"[A-Z]{1,6}[ .-]?\d{1,5}(?:/\d{1,4})*/(?:\d{2}|\d{4})")


def agenda_item(fields: list[FormField]) -> tuple[str, FormField] | None:
    """Return the number of an agenda item field ("Agenda #: 12.", "Traktandum: 4", "TOP: 5.1")."""
    for field in fields_of(fields, "agenda_item"):
        number = _ITEM_NUMBER.match(field.value.split("\t")[0])
        if number:
            return number.group(1), field
    return None


# English report forms name the unit inside an officer's title: "Corporate Director of Finance".
_OFFICER_OF = re.compile(
    # "Director of Children, Young People and Education": a list closed by "and" is one directorate's name.
    r"\b(?:Director|Head|Manager|Chief Officer|Leiter(?:in)?|Chef|Direktør)\s+(?:of|for|für|des|der|for)\s+"
    r"(?P<unit>[^,;\t]+(?:,\s*[^,;\t\s][^,;\t]*)*\s(?:and|&|und|og)\s[^,;\t]+|[^,;\t]+)",
    re.IGNORECASE,
)
_ROLE_QUALIFIERS = re.compile(r"(?:(?:the|interim|acting|executive|corporate|strategic|deputy|assistant|service)\s+)*", re.IGNORECASE)
_MEMBER_FOR = re.compile(r"\b(?:Cabinet Member|Executive Member|Portfolio Holder|Lead Member)\s+for\s+(?P<unit>[^,;\t]+)", re.IGNORECASE)


_MAIL_ADDRESS = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>")
# The chief officer of a town or county, who writes as the office: "City Manager", "Town Clerk", "Chief Executive".
_CHIEF_POST = re.compile(
    r"(?:(?:City|Town|County|Borough|Village|Township|District|Chief Administrative|General) (?:Manager|Clerk|Administrator)"
    r"|Chief Executive(?: Officer)?|Chief Administrative Officer)"
)


# An association's word in its name: "Grundejerforeningen Strandbo", "Sportverein Eintracht", "Elm Park Society".
_ASSOCIATION = re.compile(r"(?:forening(?:en)?|klub(?:ben)?|selskab(?:et)?|verein|club|association|society)\b", re.IGNORECASE)


def author_unit(fields: list[FormField], kind: str | None = None) -> tuple[str, FormField] | None:
    """Return the office that wrote or submits the paper (Einreicher, Dienststelle, From).

    The office "responsible" (zuständig) for a motion is the one that must answer it, not its author.
    """
    for field in fields_of(fields, "author_unit"):
        if kind == "motion" and field.label.casefold().startswith(("zuständig", "verantwortlich", "federführend")):
            continue
        value = " ".join(field.value.split("\t")[0].split())
        officer = _OFFICER_OF.search(value) or _MEMBER_FOR.search(value)
        if officer and _ROLE_QUALIFIERS.fullmatch(value[: officer.start()]) and officer.re is _OFFICER_OF:
            # "Report by: Executive Director of Education": an office alone, with no holder named, writes as itself.
            return value.strip(" .,;"), field
        if officer:
            return officer.group("unit").strip(" .,"), field
        value = _MAIL_ADDRESS.sub("", value).strip()  # "Von: Katrin Meisner <k.meisner@…>": a mail's sender
        first = value.split(",")[0].strip()
        if as_name(first) and not (BODY_WORD.search(first) or _ASSOCIATION.search(first)):
            # (a body or an association is no person: "Ansøger: Hvidbjerg Lokalråd", "Grundejerforeningen Strandbo")
            post = _CHIEF_POST.fullmatch(value[len(first):].strip(" ,"))
            if post:
                return post.group(0), field  # "From: Daniel Okafor, City Manager": the office the post heads
            continue  # a person, not an office
        if re.match(r"(?:[IVX]{1,4}|\d{1,2})\b", value) and field.label.casefold().rstrip(":. ") in _NUMBERED_UNITS:
            value = f"{field.label.rstrip(':. ')} {value}"  # "Fachbereich: 3 – Jugend" is Fachbereich 3
        if 2 <= len(value) <= 120:
            return value.strip(" .,;"), field
    for field in fields_of(fields, "proposer"):
        # "Stillet af: SF's byrådsgruppe", "Proposed by: the Green Group": a group that puts the paper forward wrote it.
        value = " ".join(field.value.split("\t")[0].split()).strip(" .,;")
        if _GROUP_NAME.search(value) and len(value) <= 80:
            return value, field
    for field in fields_of(fields, "case_handler"):
        # "Sagsbehandler: Anders Møller, Stab og Planlægning": the case handler's unit after the name wrote the paper.
        first, _, rest = field.value.split("\t")[0].partition(",")
        rest = _PHONE_AT_END.sub("", " ".join(rest.split())).strip(" .")  # "…, Strategy and Policy, 06 555 0193"
        # "Prepared by: Marcus Oyelaran, Manager, Watershed Planning": the post, then the unit the handler works in.
        post, _, unit = rest.partition(", ")
        if as_name(first.strip()) and _HANDLERS_POST.fullmatch(post) and _UNIT_NAME.fullmatch(unit):
            return unit, field
        if as_name(first.strip()) and _UNIT_AFTER_HANDLER.fullmatch(rest):
            return rest, field
        # "Ansvarlig: Borgmestersekretariatet": the label a meeting system prints over the answerable person holds an
        # office, one word closed by a unit's word.
        value = " ".join(field.value.split("\t")[0].split()).strip(" .")
        if _OFFICE_WORD.fullmatch(value):
            return value, field
    return None


# An office named in one word closed by a unit's word: "Borgmestersekretariatet", "Økonomiafdelingen", "Bauverwaltung".
_OFFICE_WORD = re.compile(
    r"[A-ZÆØÅÄÖÜ][\wæøåäöüß-]*(?:sekretariat(?:et)?|afdeling(?:en)?|forvaltning(?:en)?|kontor(?:et)?|staben"
    r"|verwaltung|abteilung|sekretariat|amt)"
)


_PHONE_AT_END = re.compile(r",\s*\+?\d[\d ()/-]{5,}$")
# A party's group in a council: "SF's byrådsgruppe", "Fraktion Die Linke", "Liberal Democrat Group".
_GROUP_NAME = re.compile(r"(?i:gruppe|gruppen|fraktion|fraktionen)\b|\bGroup\b|\bCaucus\b")
# A case handler's post before the unit: "Manager", "Senior Planner", "Sachbearbeiterin", "Teamleder".
_HANDLERS_POST = re.compile(
    r"(?:(?:Senior|Principal|Assistant|Deputy|Acting|Lead|Policy|Planning|Project|Governance)\s+)?(?:Manager|Supervisor|Coordinator|Planner|Engineer|Officer|Analyst"
    r"|Specialist|Advisor|Adviser|Team Leader|Teamleiter(?:in)?|Sachbearbeiter(?:in)?|Teamleder|Fuldmægtig|Konsulent|Specialkonsulent)"
)
# A unit named by its capitalised words alone: "Watershed Planning", "Stab og Planlægning".
_UNIT_NAME = re.compile(r"[A-ZÆØÅÄÖÜ][\wæøåäöüß-]+(?:\s+(?:(?:og|und|and|&|of|for|für)\s+)?[A-ZÆØÅÄÖÜ][\wæøåäöüß-]+){0,5}")
# A unit's name after its case handler's: fields joined by "og", "und", "and" ("Stab og Planlægning", "Økonomi og
# Administration") or one with a unit's word ("Teknisk Forvaltning", "Amt für Umwelt").
_UNIT_AFTER_HANDLER = re.compile(
    r"[A-ZÆØÅÄÖÜ][\wæøåäöüß-]+(?:,? [A-ZÆØÅÄÖÜ][\wæøåäöüß-]+)* (?:og|und|and|&) [A-ZÆØÅÄÖÜ][\wæøåäöüß-]+"
    r"|(?:[A-ZÆØÅÄÖÜ][\wæøåäöüß-]+ )?(?:Forvaltning|Afdeling|Sekretariat|Center|Amt|Fachbereich|Referat|Department|Directorate)"
    r"(?: (?:for|für|of) [\wæøåäöüß -]{2,40})?"
)


_NUMBERED_UNITS = frozenset({"fachbereich", "dezernat", "amt", "referat", "geschäftsbereich", "fachdienst"})
_CONTACT_TAIL = re.compile(r",\s*(?:Tel|Tlf|Telefon|Phone|Zimmer|Raum|Durchwahl|E-Mail|Mail)\b|;", re.IGNORECASE)
_ACADEMIC = re.compile(r"^(?:(?:Dr|Prof)\.\s*)+")
_HONORIFIC = re.compile(r"^(?:Herrn?|Frau|Hr\.|Fr\.|Mr\.?|Mrs\.?|Ms\.?)\s+(?=[A-ZÄÖÜ])")


def case_handler(fields: list[FormField]) -> tuple[str, FormField] | None:
    """Return the named case handler (Sachbearbeiter/in, Sagsbehandler, Contact officer)."""
    for field in fields_of(fields, "case_handler"):
        for part in re.split(r"[,;\t(]| - | – ", field.value):
            name = as_name(part.strip())
            if name:
                return name, field
    # "Verfasser: Brigitte Maier", "Verantwortlich: …": a unit's label holding a person's name alone.
    for field in fields_of(fields, "author_unit"):
        # The name may go on with the person's telephone or room ("Frau Dr. Anna Lorenz, Tel. …").
        value = _HONORIFIC.sub("", _CONTACT_TAIL.split(field.value.split("\t")[0])[0].strip(" .,;"))
        value = _ACADEMIC.sub("", value)
        name = as_name(value)
        if name and name == " ".join(value.split()) and name.split()[0].casefold() in FIRST_NAMES:
            return name, field
    return None


def addressees(fields: list[FormField]) -> list[tuple[str, date | None, FormField]]:
    """Return the bodies the paper is addressed to ("Til:", "An:", "To:"), with a meeting date where given."""
    out = []
    for field in fields_of(fields, "addressee"):
        value = " ".join(field.value.split("\t")[0].split())
        when = None
        trailing = _TRAILING_DATE.search(value)
        if trailing:
            mentions = find_dates(trailing.group(0))
            when = mentions[0].start if mentions else None
            value = value[: trailing.start()].strip()
        elif (row := route_row(value)) is not None and value.startswith(row.organization):
            # the addressee's meeting written as a route row: "Cabinet – 4th March 2025", "Byrådet den 12. maj 2026"
            value, when = row.organization, row.date
        value = value.strip(" .,;:")
        if _PERSON_ROLE.search(value):
            continue  # a decision maker who is a person ("Cabinet Member for …"), not a body
        if value and not as_name(value) and len(value) <= 120:
            out.extend((body, when, field) for body in _listed_bodies(value))
        if out:
            break  # the first addressee field is the one of the form
    return out


def _listed_bodies(value: str) -> list[str]:
    """Split "Folkeoplysningsudvalget, Lokaludvalget for Strandby" into its bodies, when every part names one.

    "Ausschuss für Soziales, Migration und Wohnen" is one body: its parts after the first name none.
    """
    parts = [part.strip(" .") for part in re.split(r"\s*[;,]\s*", value)]
    if len(parts) > 1 and all(BODY_WORD.search(part) for part in parts):
        return parts
    return [value]


_PERSON_ROLE = re.compile(r"\b(?:Member|Holder|Leader|Director|Officer|Mayor)\s+(?:for|of)\b|\bPortfolio Holder\b", re.IGNORECASE)


def meeting_dates(fields: list[FormField], language: str | None) -> list[date]:
    """Return the distinct dates of the form's meeting fields ("Date of meeting", "Mødedato", "Agenda Date")."""
    out: list[date] = []
    for field in fields_of(fields, "meeting"):
        mentions = find_dates(field.value, language)
        if mentions and mentions[0].start not in out:
            out.append(mentions[0].start)
    return out


def report_to_date(fields: list[FormField], language: str | None) -> list[date]:
    """Return the addressed meeting's date from a report's "Date:" or a forward plan's "Date of decision:".

    An English committee report's head ("Report of: … / Report to: Planning Committee / Date: 12 June 2025")
    is dated by the meeting it goes to.
    """
    labels = {normalise_label(field.label) for field in fields_of(fields, "addressee")}
    if "report to" in labels:
        dated = [field for field in fields_of(fields, "date") if normalise_label(field.label) == "date"]
    elif labels & {"decision to be taken by", "decision to be made by", "decision maker", "decision taken by", "decision made by"}:
        # A forward plan's "Decision to be taken by: Cabinet" with "Date of decision: …": that meeting's date.
        dated = fields_of(fields, "decision_date")
    else:
        return []
    if len(dated) != 1:
        return []
    mentions = find_dates(dated[0].value, language)
    return [mentions[0].start] if mentions and mentions[0].end is None else []


_BODY_BEFORE_DATE = re.compile(r"^(?P<body>[^\t:]{3,90}?)[\s,–—-]+(?:(?:den|d\.|am|on|the)\s+)?$", re.IGNORECASE)


def meeting_bodies(fields: list[FormField], language: str | None) -> list[tuple[ConsultationStep, FormField]]:
    """Return the steps of meeting fields that name a body and its day.

    The body may stand before the day ("Møde: Børne- og Ungeudvalget 3. juni 2025") or after it with the item
    ("Meeting: 03/03/2026 - Cabinet (Item 12)", a ModernGov issue's history of meetings).
    """
    out = []
    for field in fields_of(fields, "meeting"):
        value = " ".join(field.value.split("\t")[0].split())
        mentions = find_dates(value, language)
        if not mentions or mentions[0].end is not None:
            continue
        before = _BODY_BEFORE_DATE.match(value[: value.find(mentions[0].text)])
        if before and BODY_WORD.search(before.group("body")) and not find_dates(before.group("body"), language):
            out.append((ConsultationStep(before.group("body").strip(" ,"), mentions[0].start), field))
        elif value.find(mentions[0].text) <= 2 and (row := route_row(value)) is not None:
            out.append((row, field))
    return out


def document_date(fields: list[FormField], language: str | None) -> tuple[date, FormField] | None:
    """Return the date in the form's date field (Datum, Dato, Date, Report date), else its decision's date."""
    for field in [*fields_of(fields, "date"), *fields_of(fields, "decision_date")]:
        if _beside_a_time(field, fields):
            continue  # "DATE:" over "TIME:" and "PLACE:": the day of a hearing or an event, not of the paper
        mentions = find_dates(field.value, language)
        if mentions and mentions[0].end is None and field.value.find(mentions[0].text) <= 12:
            return mentions[0].start, field
    for field in fields:
        # "Zahl: 004-1/2026      Steinbach am Walde, am 23. März 2026": a head row's right column, the place and date.
        cells = [cell for cell in COLUMN_GAP.split(field.value.strip()) if cell.strip()]
        if len(cells) >= 2 and (day := place_and_date(cells[-1])) is not None:
            return day, field
    return None


def _beside_a_time(field: FormField, fields: list[FormField]) -> bool:
    """Tell whether a time field ("Time: 7:00 PM", "Zeit:", "Tidspunkt:") stands on the line above or below."""
    return any(
        other.address.page == field.address.page and abs(other.address.line - field.address.line) == 1
        and TIME_LABEL.fullmatch(normalise_label(other.label))
        for other in fields
    )


def public(fields: list[FormField]) -> tuple[bool, FormField] | None:
    """Return the status of a status field ("Status: öffentlich", "Classification: Unrestricted")."""
    for field in fields_of(fields, "public"):
        value = field.value.strip().casefold()
        label = field.label.casefold()
        if (label.startswith(("exempt", "confidential", "vertraulich", "nichtöffentlich")) or " exempt" in label) and value in _NO_YES:
            # "Exempt: No" — a question about being withheld, answered.
            return _NO_YES[value], field
        if value.startswith(("unrestricted", "open", "public")):
            return True, field
        if value.startswith(("restricted", "exempt", "confidential")):
            return False, field
        said = find_public(f"{field.label}: {field.value}")
        if said is not None:
            return said, field
    return None


_NO_YES = {"no": True, "nein": True, "nej": True, "yes": False, "ja": False}


def deadlines(fields: list[FormField], language: str | None) -> list[tuple[date, str, FormField]]:
    """Return the dates of deadline fields ("Bearbeitungs-Frist: 27.04.2021"), each with its label as purpose."""
    out = []
    for field in fields_of(fields, "deadline"):
        mentions = find_dates(field.value, language)
        if mentions and mentions[0].end is None:
            purpose = full_label(field.label.rstrip(" :"), "deadline")
            out.append((mentions[0].start, purpose, field))
    return out


def full_label(label: str, key: str) -> str:
    """Return a label a form prints cut short ("Aktuelle Fristverl.") as the lexicon writes it in full."""
    if not label.endswith("."):
        return label
    stem = label.rstrip(".").casefold()
    for known in sorted(LABELS[key], key=len):
        if known.casefold().startswith(stem) and len(known) > len(stem) + 1 and not known.endswith("."):
            return known
    return label.rstrip(".")


def genre(fields: list[FormField]) -> tuple[str, FormField] | None:
    """Return the genre a form field names ("Typ: BA-Antrag", "Vorlagenart: Beschlussvorlage")."""
    for field in fields_of(fields, "genre"):
        value = " ".join(field.value.split())
        kind = _genre(value) or _genre(value.split()[0]) if value else None
        if kind is None and "-" in value:
            kind = _genre(value.split("-")[-1])  # "BA-Antrag", "Fraktions-Antrag"
        if kind:
            return kind, field
    return None


def status_value(fields: list[FormField]) -> tuple[bool, FormField] | None:
    """Return the public status a field of any label states in its value ("Art: Öffentlicher Vorgang")."""
    for field in fields:
        value = field.value.strip().casefold()
        if value in _OPEN_VALUES:
            return True, field
        if value in _CLOSED_VALUES:
            return False, field
    return None


# What council systems print as a paper's or an item's access: the vorgang, vorlage, sitzung or teil
# of the RIS; the sag, punkt or møde of Danish systems; the item or session of English ones.
_OPEN_VALUES = frozenset({
    "öffentlich", "öffentlicher vorgang", "öffentliche vorlage", "öffentliche sitzung", "öffentlicher teil",
    "åben", "åbent", "åbent punkt", "åben sag", "åbent møde", "offentlig", "public", "open", "public item", "open session",
})
_CLOSED_VALUES = frozenset({
    "nichtöffentlich", "nicht öffentlich", "nichtöffentlicher vorgang", "nichtöffentliche sitzung", "nicht öffentliche sitzung",
    "nichtöffentlicher teil", "nicht öffentlicher teil", "lukket", "lukket punkt", "lukket sag", "lukket møde", "fortrolig",
    "exempt", "exempt item", "confidential", "private", "closed session",
})
