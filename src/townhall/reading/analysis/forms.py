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

from townhall.reading.analysis.form_labels import GENRE_LABELS, LABELS
from townhall.reading.analysis.title_lines import is_running_text
from townhall.reading.layout import Document, LineAddress, Table

_GENRES = frozenset(" ".join(label.casefold().split()) for label in GENRE_LABELS)
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
    in_body = False
    for position, address in enumerate(addresses):
        if limit_pages is not None and limit_pages < address.page < last:
            continue
        if isinstance(address.item, Table) and address.row is not None:
            fields.extend(_table_fields(address))
            continue
        fields.extend(_line_fields(address, addresses, position, in_body=in_body))
        in_body = in_body or is_running_text(address.text)
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


def _line_fields(address: LineAddress, addresses: tuple[LineAddress, ...], position: int, *,
                 in_body: bool = False) -> list[FormField]:
    """Return the fields of one line; ``in_body`` when running text stands above it."""
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
        # A label set apart as a heading, without its colon, under the body's running text heads a
        # column of a table ("Forening", "Titel", "Ansøgt beløb"): no field of the paper's form.
        set_apart = (getattr(address.item, "role", None) == "heading" or address.source.bold) and not in_body
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
