"""Read the label → value fields of a paper's form, in Danish, German and English.

Council papers open with a form: "Vorlage Nr.: 0412/2025", "Sagsnr. 24-006786", "Til:
Økonomiudvalget", "Classification: Unrestricted". Word processors and council systems lay it
out as a table of two columns, as "label: value" lines, as a label on one line and its value
on the next, or as cells split by tabs. :func:`form_fields` finds every such field in the
layout once and names what it holds (its *key*) from one multilingual lexicon of labels; the
field analysers ask it instead of each searching the text with expressions of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from townhall.reading.layout import Document, LineAddress, Table

#: A genre word as a label names the subject after it ("Antrag: Beleuchtung am See"), but only
#: with its value on the same line: standing alone it is the paper's heading.
_GENRE_LABELS = (
    "Antrag", "Anfrage", "Mitteilung", "Stellungnahme", "Empfehlung", "Motion", "Question", "Beslutningsforslag",
    "Medlemsforslag", "Forslag", "Spørgsmål",
)

#: Label lexicon: what a field holds -> the labels that introduce it (da, de, en). Labels are
#: compared casefolded, without their colon, full stops, hyphens and gender suffixes.
LABELS: dict[str, tuple[str, ...]] = {
    "subject": (
        "Betreff", "Betr", "Gegenstand", "Titel", "Bezeichnung", "Thema", "Vedr", "Vedrørende", "Emne", "Overskrift",
        "Sagens titel", "Subject", "Title", "Report title", "Re", "Decision title", "Title of report", "Matter",
        "Subject matter", "Title of decision", "Subject matter / title of decision", "Amendment name", "Motion title", "Name of motion", "Question title", "Petition title", "Title of petition", "Vorhaben", "Maßnahme",
        # Austrian and Swiss papers label their subject "betreffend:" (or "betrifft:").
        "Betreffend", "Betrifft",
        # a reply names what it answers: "Høringssvar: Forslag til Trafiksikkerhedsplan 2026-2030"
        "Høringssvar", "Consultation response",
        *_GENRE_LABELS,
    ),
    "paper": (
        "Vorlage Nr", "Vorlagen Nr", "Vorlagennr", "Vorlagennummer", "Vorlagen Nummer", "Drucksache",
        "Drucksachen Nr", "Drucksache Nr", "Drucksachennummer", "Drucksachennr", "DS Nr", "Ds Nr", "DS", "Beschlussvorlage Nr",
        "Antrag Nr", "Antragsnummer", "Anfrage Nr", "Mitteilung Nr", "Vorlagen ID", "Sitzungsvorlage Nr", "Report reference",
        "Report ref", "Decision No", "Decision number", "Decision reference", "Key decision reference", "Forslag nr",
        "Amendment number", "Amendment no", "Motion number", "Motion no",
        # Legistar's legislative file, a Swiss council's business number, an Ontario report number.
        "File #", "Geschäft Nr", "Geschäfts Nr", "Geschäftsnummer", "Report number", "Report no",
        # A Dutch-style council proposal's registration number (also in English translation).
        "Registration number", "Registration no", "Registratienummer",
        # An English council's forward plan numbers the key decisions it announces.
        "Forward plan reference", "Forward plan ref", "Forward plan no", "Forward plan number",
    ),
    "case": (
        "Aktenzeichen", "Az", "AZ", "Gz", "Geschäftszeichen", "Unser Zeichen", "Sagsnr", "Sags nr", "Jeres sagsnr", "Deres sagsnr", "Sagsnummer", "Sag nr", "Sag", "Sags id",
        "J nr", "Jnr", "Journalnr", "Journal nr", "Journalnummer", "Case no", "Case number", "Case ref", "File ref",
        "File reference", "Our ref", "Reference", "Zahl", "Zl", "Geschäftszahl", "Aktenzahl",
        # Australian and New Zealand councils file a report under its records number.
        "File number", "File no", "Trim reference", "Record number",
        # Nordic registry numbers: Swedish diarienummer, Norwegian saksnummer and arkivsak.
        "Dnr", "Diarienr", "Diarienummer", "Saksnr", "Arkivsak", "Arkivsaksnr",
    ),
    "document": ("Dok nr", "Doknr", "Dokumentnr", "Dokumentnummer", "Dokument nr", "Doc no", "Document no", "Document number"),
    "author_unit": (
        "Dienststelle", "Federführende Dienststelle", "Federführend", "Federführung", "Einreicher", "Einbringer", "Amt",
        "Fachbereich", "Fachamt", "Dezernat", "Organisationseinheit", "Verfasser", "Verfasserin", "Absender", "Verantwortlich",
        "Verantwortlich für die Umsetzung", "Zuständig", "Forvaltning", "Afdeling", "Enhed", "Center", "Fra", "Afsender",
        "From", "Report of", "Report from", "Report by", "Directorate", "Department", "Service", "Service area",
        "Originating Department", "Originating Dept", "Submitting Department", "Responsible Department",
        "Responsible officer", "Reporting officer", "Submitted by", "Vorgelegt von", "Von", "Zuständiges Referat", "Zuständige Dienststelle",
        "Federführendes Referat", "Antragsteller", "Antragstellerin", "Initiator", "Fraktion", "Sachgebiet", "Fachdienst",
        # Council web systems' motion forms: the groups or members who put the motion.
        "Gestellt von", "Eingereicht von", "Eingebracht von",
        # The responsible unit beside the responsible person ("Ansvarlig enhed: Byg, Plan og Erhverv").
        "Ansvarlig enhed", "Ansvarlig afdeling", "Ansvarligt center", "Ansvarlig forvaltning",
        # ... and the unit answerable for the case ("Sagsansvarlig enhed: Dagtilbud og Familie").
        "Sagsansvarlig enhed", "Sagsansvarlig afdeling", "Sagsansvarlig forvaltning", "Sagsansvarligt center",
        # An application names the body that applies ("Ansøger: Hvidbjerg Lokalråd").
        "Ansøger", "Ansøgende forening", "Antragstellende Organisation",
        # German forms of associations and districts name the writing office's area ("Bereich: Technik und Netze").
        "Bereich", "Geschäftsbereich", "Organisationsbereich",
    ),
    "case_handler": (
        "Sachbearbeiter", "Sachbearbeitung", "Bearbeiter", "Bearbeitet von", "Ansprechpartner", "Auskunft", "Auskunft erteilt",
        "Sagsbehandler", "Saksbehandler", "Sagsbehandling", "Kontaktperson", "Kontakt", "Contact officer", "Contact", "Contact details",
        "Report author", "Author", "Lead officer", "Officer", "Ask for", "Enquiries to", "Enquiries",
        "Prepared by", "Report prepared by", "Written by", "Bearbeitung", "Sagsansvarlig", "Ansvarlig sagsbehandler",
        # Danish meeting systems print the item's responsible person as "Ansvarlig:" beside "Ansvarlig enhed:".
        "Ansvarlig",
    ),
    "addressee": (
        "Til", "An", "To", "Adressat", "Empfänger", "Modtager", "Modtagere", "Recipient", "Recipients", "Gremium", "Report to", "Beratungsgremium",
        "Decision to be taken by", "Entscheidungsgremium", "In control", "Prepared for", "Decision maker", "Decision taken by",
        "Decision made by",
    ),
    "genre": (
        "Typ", "Art der Vorlage", "Vorlagenart", "Vorlagentyp", "Dokumentart", "Dokumenttyp", "Vorgangsart", "Document type",
        "Paper type", "Sagstype", "Dokumenttype", "File type", "Item type", "Geschäftsart",
    ),
    "deadline": (
        "Frist", "Bearbeitungsfrist", "Bearbeitungs Frist", "Aktuelle Fristverlängerung", "Fristverlängerung",
        "Antwortfrist", "Deadline", "Response deadline", "Responses by", "Closing date", "Høringsfrist", "Svarfrist",
        "Frist for høringssvar", "Tilmeldingsfrist",
        # a cabinet decision notice: the last day members may call the decision in
        "Call-in expiry", "Call-in deadline", "Call in expiry", "Call-in period ends",
    ),
    "date": (
        "Datum", "Dato", "Date", "Report date", "Beschlossen am", "Date of report", "Erstellt am", "Erstellungsdatum", "Stand", "Freigabe",
        "Gestellt am", "Eingang", "Eingegangen", "Modtaget", "Modtaget den", "Udarbejdet", "Udarbejdet den", "Dated", "Date of issue", "Ausgabedatum",
        "Date of publication", "Publication date", "Date published", "Published", "Offentliggjort", "Veröffentlicht",
        # A US staff report is dated when it was prepared or written.
        "Date prepared", "Prepared on", "Date written", "Report prepared on",
        # A reply to a petition or a member's question is dated by its answer.
        "Date of response", "Response date", "Date of reply", "Date of answer",
        # A report dated apart from the visit or audit it reports ("Tilsynsdato" / "Rapportdato"), a proposal
        # dated when it was created on a council's platform.
        "Rapportdato", "Berichtsdatum", "Oprettet", "Oprettet den",
        # A request members hand in (a call-in, a petition) is dated by the day it was received.
        "Date received", "Date of receipt", "Received on", "Eingangsdatum", "Modtagelsesdato",
        # ... or by the day it was handed in or opened for signatures, an application by the day it was sent.
        "Petition start date", "Petition created on", "Date submitted", "Submitted on", "Indsendt", "Indsendt den",
        # A statutory notice is dated by the day it is announced.
        "Date of announcement", "Announcement date", "Date of notice",
    ),
    # A decision record without a date of its own is dated by its decision.
    "decision_date": (
        "Date of decision", "Decision date", "Date decision taken", "Date decision made", "Decision due date", "Decision due",
    ),
    "meeting": (
        "Sitzungstermin", "Sitzungsdatum", "Sitzung am", "Sitzung", "Termin", "Mødedato", "Mødetidspunkt", "Møde",
        "Mødedag", "Date of meeting", "Meeting date", "Meeting", "Beratung am", "Besprechung am", "Datum der Sitzung",
        "Agenda date", "Sitzung vom",
    ),
    "place": ("Ort", "Sitzungsort", "Raum", "Sitzungsraum", "Mødested", "Sted", "Lokale", "Venue", "Location", "Place"),
    "public": (
        "Status", "Classification", "Öffentlichkeitsstatus", "Öffentlichkeit", "Sitzungsart", "Vertraulichkeit",
        "Offentlighed", "Åben/lukket", "Exempt", "Access to information", "Is it exempt", "Is this exempt",
        "Exempt information", "Is the decision exempt",
    ),
    "route": (
        "Beratungsfolge", "Beratungsweg", "Behandlungsfolge", "Beratung", "Behandles i", "Behandles af", "Sagsprocedure",
        "Sagsgang", "Sagens gang", "Sagens forløb", "Til behandling", "Past pathway of report", "Future pathway of report", "Pathway",
        "Decision to be made by", "Forelægges", "Sagen forelægges", "Sagen behandles i", "Tidligere behandling", "Behandling", "Behandlingsforløb",
        "Vorberatung", "Consultees", "Consulted", "Previously considered by", "Considered by",
        # an English report's list of the meetings it goes through
        "Decision path", "Decision route", "Decision pathway", "Reporting path", "Reporting route",
        # a Swiss parliament's paper names the commission that prepares it for the plenary
        "Vorberatende Kommission", "Vorberatende Kommissionen",
    ),
    "proposer": (
        "Proposer", "Proposed by", "Seconder", "Seconded by", "Antragstellende",
        "Fragesteller", "Forslagsstiller", "Stillet af", "Mover",
    ),
    "attachments": (
        "Anlage", "Anlagen", "Bilag", "Bilagsliste", "Attachments", "Appendices", "Appendix", "Background documents",
        "Background papers", "Enclosures", "Enclosure", "Beilage", "Beilagen",
    ),
    "agenda_item": (
        "TOP", "Tagesordnungspunkt", "Punkt", "Pkt", "Dagsordenspunkt", "Agenda item", "Item", "Item no", "Item number", "Agenda #",
        "Agenda number", "Traktandum", "Traktandum Nr", "Trakt Nr",
    ),
    "electoral_division": ("Electoral division", "Electoral divisions", "Wards affected", "Ward", "Stadtbezirk", "Ortsteil"),
}

_GENRES = frozenset(" ".join(label.casefold().split()) for label in _GENRE_LABELS)
_GENDER_SUFFIX = re.compile(r"(?:\s*/\s*-?\s*in|\s*\(in\)|\s*:in|\*in|innen|/innen)$")
# "Vorlage-Nr.", "Verfasser/in", "(Stand)", "Is it exempt?": punctuation a form puts in or after its labels.
_SEPARATORS = re.compile(r"[.\-‐–/()?]+")


def normalise_label(text: str) -> str:
    """Return a label in the form the lexicon is keyed by ("Sachbearbeiter/-in:" -> "sachbearbeiter")."""
    folded = " ".join(text.replace("\u00ad", "").split()).casefold().rstrip(" :")
    folded = _GENDER_SUFFIX.sub("", folded)
    return " ".join(_SEPARATORS.sub(" ", folded).split())


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    index: dict[str, str] = {}
    for key, labels in LABELS.items():
        for label in labels:
            index.setdefault(normalise_label(label), key)
    return index


def label_key(text: str) -> str | None:
    """Return what a label introduces ("subject", "case", ...), or None for a label not in the lexicon.

    A label a form prints cut short with a full stop ("Aktuelle Fristverl.:") is the lexicon's label it begins.
    """
    label = normalise_label(text)
    key = _lexicon().get(label)
    if key is None and text.rstrip(" :").endswith(".") and len(label) >= 8:
        key = _cut_short().get(label)
    if key is None and text.count("/") == 1:
        # A bilingual council prints a label in both its languages: "Pwnc / Subject:", "Betreff / Oggetto:".
        keys = {_lexicon().get(normalise_label(half)) for half in text.split("/")} - {None}
        if len(keys) == 1:
            key = keys.pop()
    return key


@lru_cache(maxsize=1)
def _cut_short() -> dict[str, str]:
    # Every prefix of a label of two or more words, from its second word's sixth letter on, with the key
    # of the one label it begins (a prefix that begins labels of two keys says nothing).
    index: dict[str, str | None] = {}
    for label, key in _lexicon().items():
        words = label.split()
        if len(words) < 2:
            continue
        start = len(label) - len(words[-1]) + 5
        for end in range(start, len(label)):
            prefix = label[:end]
            index[prefix] = key if index.get(prefix, key) == key else None
    return {prefix: key for prefix, key in index.items() if key is not None}


@dataclass(frozen=True)
class FormField:
    """One label → value field: what it holds, the label and value as written, and where."""

    key: str | None
    label: str
    value: str
    address: LineAddress
    #: How the value was found: "table" (a cell beside its label), "colon" ("label: value"),
    #: "tab" (label and value in cells of one line), "below" (the value on the next line).
    how: str


# A colon that ends a label: not one inside a time of day ("16:00 Uhr") or a web address.
_SPACE_COLUMNS = re.compile(r" {3,}")
# A footer strings its fields on one line between middle dots or bars ("Sagsbehandler: X · Sagsnr.: Y").
_FIELD_SEPARATOR = re.compile(r"\s+[·•|]\s+")
_COLON = re.compile(r"(?<![\d/])\s*:(?![\d/])\s*")
_MAX_LABEL_WORDS = 6
#: Fields whose value may run over several lines (a long subject, a sender with a role).
_LONG_VALUES = frozenset({"subject", "author_unit", "addressee", "route", "proposer", "case_handler", None})
#: Fields whose value is a number or a date: a value without a digit is not theirs.
_NUMERIC = frozenset({"paper", "case", "document", "date", "meeting", "agenda_item", "deadline"})
#: Labels that may stand alone over their value without a colon ("Sagsnr." over "2010-16508").
# A case handler's value starts with a name: two or three capitalised words.
_NAME_START = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Herr|Frau|Hr|Fru|Ing|Mag|DI|Prof)\.?\s+)*[A-ZÆØÅÄÖÜ][\wæøåäöüß'-]+(?:\s+[A-ZÆØÅÄÖÜ][\wæøåäöüß'-]+){1,3}\b")
_BARE_LABELS_BELOW = frozenset({"paper", "case", "document", "date", "meeting", "case_handler"})


def _fits(key: str | None, value: str) -> bool:
    """Tell whether *value* can be the value of a field holding *key*."""
    value = value.strip()
    if not value or label_key(value):
        return False
    head = re.split(r"\t|(?<![\d/]):(?![\d/])", value, maxsplit=1)[0]
    if head != value and label_key(head):
        return False  # the next field, not this one's value
    if key in _NUMERIC and not any(char.isdigit() for char in value):
        return False
    if key == "case_handler" and not _NAME_START.match(value):
        return False
    return True


def form_fields(document: Document, *, limit_pages: int | None = None) -> list[FormField]:
    """Return every label → value field of the document's forms, in reading order.

    Labels the lexicon does not know are returned too (with ``key`` None) when they look
    like labels: short, ending in a colon, followed by a value. With *limit_pages*, only the
    first pages and the last one are read: the form heads a paper, the contact block ends it.
    """
    fields: list[FormField] = []
    addresses = document.addresses
    last = document.pages[-1].number if document.pages else 0
    for position, address in enumerate(addresses):
        if limit_pages is not None and limit_pages < address.page < last:
            continue
        if isinstance(address.item, Table) and address.row is not None:
            fields.extend(_table_fields(address))
            continue
        fields.extend(_line_fields(address, addresses, position))
    return fields


def _table_fields(address: LineAddress) -> list[FormField]:
    row = address.item.rows[address.row]
    cells = [cell.text.strip() for cell in row]
    filled = [cell for cell in cells if cell]
    out = []
    if address.row > 0:
        above = [cell.text.strip() for cell in address.item.rows[address.row - 1]]
        if len(above) == len(cells) >= 2 and all(_is_label_cell(cell) for cell in above):
            # A row of labels over this row of values.
            for label, value in zip(above, cells):
                key = label_key(label)
                if value and _fits(key, value):
                    out.append(FormField(key, label.rstrip(" :"), value, address, "column"))
            return out
    if len(filled) >= 2 and all(_is_label_cell(cell) for cell in filled) and all(cell.endswith(":") for cell in filled):
        return out  # a row of labels: its values are in the row below
    index = 0
    for cell in cells:
        # A cell holding a whole field ("Amendment Number: 6") beside other cells.
        inner = _colon_field(cell, address) if ":" in cell and not cell.endswith(":") else None
        if inner is not None and inner.key is not None:
            out.append(FormField(inner.key, inner.label, inner.value, address, "table"))
    while index < len(cells) - 1:
        label = cells[index]
        key = label_key(label) if label else None
        # In a row of two cells the first is a label; in wider rows (a table's header row,
        # a data row) only a cell ending in a colon is.
        is_label = bool(label) and (
            label.endswith(":") and _looks_like_label(label, colon_required=True)
            or (len(filled) == 2 and (key is not None or _looks_like_label(label, colon_required=False)))
        )
        if is_label:
            position = next((i for i in range(index + 1, len(cells)) if cells[i]), None)
            if position is not None and _fits(key, cells[position]):
                out.append(FormField(key, label.rstrip(" :"), cells[position], address, "table"))
                index = position + 1
                continue
        index += 1
    return out


def _is_label_cell(cell: str) -> bool:
    """Tell whether a cell is a label over a value below it: a label written with its colon.

    (A route table's header, "Gremium / Termin / Status", names columns, not fields.)
    """
    return bool(cell) and cell.endswith(":") and (_looks_like_label(cell, colon_required=True) or label_key(cell) is not None)


def _column_fields(address: LineAddress, addresses: tuple[LineAddress, ...], position: int) -> list[FormField] | None:
    """Read a row of labels over a row of values ("DECISION NO:" over "24/00096"), cell by cell."""
    labels = [cell.strip() for cell in address.text.split("\t")]
    if len(labels) < 2 or not all(_is_label_cell(cell) for cell in labels):
        return None
    below = _value_below(addresses, position, allow_cells=True)
    if below is None:
        return None
    values = [cell.strip() for cell in below.text.split("\t")]
    if len(values) != len(labels):
        return None
    out = []
    for label, value in zip(labels, values):
        key = label_key(label)
        if value and _fits(key, value):
            out.append(FormField(key, label.rstrip(" :"), value, below, "column"))
    return out


def _line_fields(address: LineAddress, addresses: tuple[LineAddress, ...], position: int) -> list[FormField]:
    text = address.text.strip()
    if not text:
        return []
    columns = _column_fields(address, addresses, position) if "\t" in text else None
    if columns:
        return columns
    out: list[FormField] = []
    cells = [cell.strip() for cell in text.split("\t")] if "\t" in text else [text]
    if len(cells) == 1 and "   " in text:
        # Plain text sets a head's second column apart by a run of spaces: "Beschlussvorlage      Drucksache
        # Nr.: 0087/2025" is a form's name (one word, no field) beside a field of the lexicon.
        columns = [cell.strip() for cell in _SPACE_COLUMNS.split(text)]
        if len(columns) == 2 and len(columns[0].split()) == 1 and ":" not in columns[0]:
            label = _COLON.split(columns[1], maxsplit=1)[0]
            if label != columns[1] and label_key(label) is not None:
                cells = columns
    if len(cells) == 1 and (joined := _joined_column_field(text, address)) is not None:
        return joined
    if len(cells) == 1 and _FIELD_SEPARATOR.search(text):
        pieces = _FIELD_SEPARATOR.split(text)
        if sum(1 for piece in pieces if _known_colon_field(piece, address)) >= 2:
            return [field for piece in pieces if (field := _known_colon_field(piece, address)) is not None]
    elif len(cells) == 1 and text.count(":") >= 2 and (chained := _chained_colon_fields(text, address)) is not None:
        return chained
    index = 0
    while index < len(cells):
        cell = cells[index]
        field = _colon_field(cell, address)
        if field is not None:
            out.append(_colon_continued(field, addresses, position) if len(cells) == 1 else field)
            index += 1
            continue
        key = label_key(cell)
        # "Label\tvalue": a line of two cells, or a label written with its colon (a row of a
        # route table's header, "Gremium\tZuständigkeit", is not a field).
        paired = len(cells) == 2 or cell.endswith(":")
        if key and paired and index + 1 < len(cells) and _fits(key, cells[index + 1]):
            value = cells[index + 1]
            if key in _LONG_VALUES and len(cells) == 2:
                value = _continued(value, address, addresses, position)
            out.append(FormField(key, cell.rstrip(" :"), value, address, "tab"))
            index += 2
            continue
        set_apart = getattr(address.item, "role", None) == "heading" or address.source.bold
        alone = len(cells) == 1 and (cell.endswith(":") or key in _BARE_LABELS_BELOW or (set_apart and key is not None))
        if normalise_label(cell) in _GENRES:
            alone = False
        if alone and (key or _looks_like_label(cell, colon_required=True)):
            below = _value_below(addresses, position)
            if key == "agenda_item" and below is not None and _ITEM_SUBJECT.match(below.text.strip()):
                # "Tagesordnungspunkt:" over "Förderprogramm für …": the item's label over its subject, not its number.
                key = "subject"
            if below is not None and _fits(key, below.text):
                value = below.text.strip()
                if key in _LONG_VALUES:
                    value = _rest_of_block(value, addresses, position + 1)
                out.append(FormField(key, cell.rstrip(" :"), value, below, "below"))
        index += 1
    return out


def _continued(value: str, address: LineAddress, addresses: tuple[LineAddress, ...], position: int) -> str:
    """Extend a value that the page wraps under itself (lines starting where the value starts)."""
    starts = address.source.starts
    if len(starts) < 2:
        return value
    x = starts[1]
    parts = [value]
    for following in addresses[position + 1 : position + 5]:
        box = following.source.box
        if following.page != address.page or box is None or abs(box.left - x) > 4 or "\t" in following.text:
            break
        if _COLON.search(following.text) and label_key(following.text.split(":")[0]):
            break
        parts.append(following.text.strip())
    return " ".join(parts)


def _rest_of_block(value: str, addresses: tuple[LineAddress, ...], index: int) -> str:
    """Extend the value on line *index*, under its label, with the other lines of its block (up to three)."""
    first = addresses[index]
    parts = [value]
    for following in addresses[index + 1 : index + 4]:
        if following.item is not first.item or label_key(following.text.split(":")[0]):
            break
        parts.append(following.text.strip())
    return " ".join(parts)


def _colon_continued(field: FormField, addresses: tuple[LineAddress, ...], position: int) -> FormField:
    """Join the next line of the block to a value the margin broke ("Stand der Um-" / "setzung …")."""
    if field.key not in _LONG_VALUES or position + 1 >= len(addresses):
        return field
    following = addresses[position + 1]
    text = following.text.strip()
    if following.item is not field.address.item or not text or "\t" in text or _COLON.search(text.split(" ")[0] + " "):
        return field
    value = field.value
    if value.endswith("-") and value[-2:-1].isalpha() and text[:1].islower():
        return FormField(field.key, field.label, value[:-1] + text, field.address, field.how)
    if text[:1].islower() and len(value) >= 25 and not value.endswith((".", ":", ";")):
        return FormField(field.key, field.label, f"{value} {text}", field.address, field.how)
    if _LIST_GOES_ON.search(value) and not label_key(text.split(":")[0]):
        # a list the margin broke after a comma or a joining word ("A 3. marts 2026, B 10. marts 2026," / "C …")
        return FormField(field.key, field.label, f"{value} {text}", field.address, field.how)
    return field


# An item's subject standing under the item's label: words, no number.
_ITEM_SUBJECT = re.compile(r"^[^\W\d_][^\d\t:]*\s[^\t:]*[^\W_]$")
_LIST_GOES_ON = re.compile(r"(?:,|\s(?:og|und|and|samt|sowie))$")


def _colon_field(cell: str, address: LineAddress) -> FormField | None:
    match = _COLON.search(cell)
    if match is None or match.start() == 0:
        return None
    label, value = cell[: match.start()].strip(), cell[match.end():].strip()
    value = _before_next_label(value)
    if not value:
        return None
    key = label_key(label)
    if key is None and not _looks_like_label(label, colon_required=False):
        return None
    return FormField(key, label, value, address, "colon")


#: Fields a head prints in its right-hand column, beside the form's name or the issuer.
_COLUMN_KEYS = frozenset({"paper", "case", "document"})
_JOINED_LEAD_WORDS = 4
_JOINED_LABEL_WORDS = 3
_JOINED_TAIL_WORDS = 8
_NUMBER_LABEL_END = re.compile(r"(?:Nr|No|Nummer|Number)\.?:?$|:$", re.IGNORECASE)
# Small words inside a form's name or an issuer's ("Sagsfremstilling til Regionsrådet", "Amt für Umwelt").
_LEAD_PARTICLES = frozenset({"für", "und", "der", "des", "am", "an", "og", "til", "for", "of", "and", "to", "–", "-"})
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "det", "the", "a", "an", "ein", "eine"})


def _joined_column_field(text: str, address: LineAddress) -> list[FormField] | None:
    """Return the fields of a head line whose columns a text layer or a typist joined, if it is one.

    "Informationsvorlage Drucksachen-Nr.: 2026/IV/0031", "Stadt Lindau Vorlage-Nr.: MV/0058/2026",
    "Postulat      Geschäfts-Nr. 2026/038", "Notat Sagsnr.: 2026-1187 Dato: 14. april 2026": the form's
    name or the issuer (a few capitalised words without digits), then a label of the lexicon for a paper,
    case or document number, then the number, perhaps followed by one more field of the lexicon. A
    sentence naming another paper's number ("Der Antrag Nr. 12/2025 wurde …") is none.
    """
    words = text.split()
    if len(words) < 3 or words[0].casefold() in _ARTICLES:
        return None
    for lead_count in range(1, min(_JOINED_LEAD_WORDS, len(words) - 2) + 1):
        last = words[lead_count - 1]
        if any(char.isdigit() or char == ":" for char in last) or not (last[:1].isupper() or last in _LEAD_PARTICLES):
            return None
        if last in _LEAD_PARTICLES:
            continue
        for label_count in range(1, _JOINED_LABEL_WORDS + 1):
            value_at = lead_count + label_count
            if value_at >= len(words):
                break
            label = " ".join(words[lead_count:value_at])
            if not label[:1].isupper() or not _NUMBER_LABEL_END.search(label):
                continue
            key = label_key(label)
            if key not in _COLUMN_KEYS or not _fits(key, words[value_at]):
                continue
            fields = [FormField(key, label.rstrip(" :"), words[value_at], address, "colon")]
            tail = " ".join(words[value_at + 1:])
            if tail:
                after = _known_colon_field(tail, address) if len(words) - value_at - 1 <= _JOINED_TAIL_WORDS else None
                if after is None or after.label != _COLON.split(tail, maxsplit=1)[0].strip():
                    return None
                fields.append(after)
            return fields
    return None


def _chained_colon_fields(text: str, address: LineAddress) -> list[FormField] | None:
    """Return the fields of a line of "label: value" fields joined by spaces, each label in the lexicon.

    A text layer joins a head's columns: "Dato: 9. marts 2026 Sagsnr.: 17.02.05-A00-3-26 Dok.nr.: 41233/26".
    """
    fields: list[FormField] = []
    rest = text.strip()
    while rest:
        field = _known_colon_field(rest, address)
        if field is None:
            return None
        fields.append(field)
        after = rest[_COLON.search(rest).end():]
        end = after.find(field.value)
        if end < 0:
            return None
        rest = after[end + len(field.value):].strip()
    return fields if len(fields) >= 2 else None


def _known_colon_field(cell: str, address: LineAddress) -> FormField | None:
    """Return the "label: value" field a cell holds when the lexicon knows its label and the value fits it."""
    field = _colon_field(cell, address)
    if field is None or field.key is None or not _fits(field.key, field.value):
        return None
    return field


def _before_next_label(value: str) -> str:
    """Cut a value where the next field of the same line starts ("Cabinet From: Finance" -> "Cabinet")."""
    for colon in _COLON.finditer(value):
        words = value[: colon.start()].split(" ")
        for count in range(1, min(5, len(words))):
            label = " ".join(words[-count:])
            if label[:1].isupper() and label_key(label):
                return " ".join(words[:-count]).strip()
    return value


def _value_below(addresses: tuple[LineAddress, ...], position: int, *, allow_cells: bool = False) -> LineAddress | None:
    """Return the line under a label standing alone, when it is a value and not another label."""
    if position + 1 >= len(addresses):
        return None
    here, below = addresses[position], addresses[position + 1]
    if below.page != here.page or below.line - here.line > 2:
        return None
    text = below.text.strip()
    if not text or label_key(text) or (text.endswith(":") and len(text) < 40) or ("\t" in text and not allow_cells):
        return None  # another label, or a table under its caption
    return below


def _looks_like_label(text: str, *, colon_required: bool) -> bool:
    text = text.strip()
    if colon_required and not text.endswith(":"):
        return False
    bare = text.rstrip(" :")
    words = bare.split()
    if not words or len(words) > _MAX_LABEL_WORDS or len(bare) > 50:
        return False
    return bare[0].isupper() and not any(char.isdigit() for char in bare[:1])


def fields_of(fields: list[FormField], key: str) -> list[FormField]:
    """Return every field holding *key*, in reading order."""
    return [field for field in fields if field.key == key]
