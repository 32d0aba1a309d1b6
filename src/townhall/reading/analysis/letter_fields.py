"""What the card takes from a letter: its sender's unit, its recipients, its date, its subject and its address lines.

The parts are those :func:`letters.letter_parts` found: the sender block gives the author unit, the recipient block
and the salutation the addressees, the place-and-date line the date, the subject line the title.
"""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.body_names import nominative
from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.first_names import FIRST_NAMES
from townhall.reading.analysis.forms import label_key
from townhall.reading.analysis.letters import (
    _CONTACT,
    _FIELD_LINE,
    _GEZ,
    _MUNICIPALITY,
    _POSTCODE_CITY,
    _RECIPIENT_OPENING,
    _STREET,
    _STREET_AND_NUMBER,
    ROLE_LINE,
    LetterParts,
    _date_of,
    _is_postal,
    _is_street,
    _tail_cell,
)
from townhall.reading.analysis.people import as_name
from townhall.reading.layout import LineAddress

_CARE_OF = re.compile(r",?\s*(?:z\.\s?H\.?|z\.\s?Hd\.?|c/o|att\.?|attn\.?)\s.*$", re.IGNORECASE)
_SALUTATION_TAIL = re.compile(
    r"^(?:Sehr geehrte[rs]?|Liebe[rs]?|Kære|Dear)\s+(?:(?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?)\s+)?(?P<who>.+?)[,!]?$",
    re.IGNORECASE,
)
_GENERIC_READERS = re.compile(
    r"^(?:Damen und Herren|alle|all|everyone|colleagues?|Kolleginnen und Kollegen|kollega|kolleger|Sir or Madam|Sir/Madam"
    r"|members|medlemmer|borger|borgere|resident|residents|Bürgerinnen und Bürger)$",
    re.IGNORECASE,
)
# The sender's return address printed small over the recipient in a window envelope's field:
# "Landratsamt Oberweiden · Postfach 1160 · 92631 Oberweiden", "Stadt Lindau | Markt 1 | 88131 Lindau".
_RETURN_ADDRESS = re.compile(r"^[^·|•]{3,80}(?:\s[·|•]\s[^·|•]{2,60}){1,4}$")
_ORGANISATION = re.compile(
    r"(?i:fraktion|gruppe|group|partei|party|parti\b|verein|verband|initiative|forum|bürgerliste|amt\b|referat|dezernat"
    r"|fachbereich|kommune|forvaltning|afdeling|sekretariat|department|directorate|service|office|society|association"
    r"|forening|råd\b|rådet|bestyrelse\w*)"
)
_BUILDING = re.compile(r"^(?:Rathaus|Neues Rathaus|Stadthaus|Kreishaus|Rådhuset|Rådhus|Town Hall|County Hall|City Hall|Civic Centre"
    r"|(?:Civic|County|Council|District|Borough|Municipal) Offices|Shire Hall|Guildhall|Council House)$", re.IGNORECASE)
# A street without its number, as a recipient block under a town hall prints it ("County Hall" / "High Street").
_STREET_NAME = re.compile(
    r"^[A-ZÄÖÜÆØÅ][\wäöüßæøå'-]*(?:\s[A-ZÄÖÜÆØÅ][\wäöüßæøå'-]*){0,2}\s(?:Street|Road|Lane|Square|Avenue|Place|Row|Parade)$"
    r"|^[A-ZÄÖÜÆØÅ][\wäöüßæøå-]*(?:straße|strasse|gasse|platz|vej|gade)$"
)
_GENITIVE_GOES_ON = re.compile(r"^(?:der|des)\s+[A-ZÄÖÜ]")
_TITLES_ONLY = re.compile(r"^(?:Herrn?|Frau|Dr\.|Prof\.)\s+(?:Dr\.\s+)?")
_SITS_IN = re.compile(r"\s+(?:im|in der|in the|i)\s+(?:Stadtrat|Gemeinderat|Rat|Kreistag|Stadtverordnetenversammlung|Council|Byråd(?:et)?|Kommunalbestyrelse(?:n)?)\b.*$")
# The internal post's note in a recipient block: the letter goes within the administration's own house.
_HOUSE_MAIL = re.compile(r"^[-–—\s]*(?:im Hause|hier|intern|internal|internal post|by hand|i huset|internt)[-–—\s.]*$", re.IGNORECASE)
# The office a letter is sent through, under its recipient: "über das Büro Kreistag", "via the Clerk".
_SENT_THROUGH = re.compile(r"^(?:über|via|gennem|through)\s", re.IGNORECASE)
# A council group on a line of its own: "Fraktion BÜNDNIS 90/DIE GRÜNEN", "SPD-Fraktion", "Labour Group".
_COUNCIL_GROUP_LINE = re.compile(r"^(?:[\w-]+-)?[Ff]raktion\b|^(?:[A-Z][\w&'’-]* ){1,4}(?:Group|Party Group)$")


def sender_unit(parts: LetterParts) -> tuple[str, LineAddress] | None:
    """Return the organisation the letter comes from: the first line of its sender block."""
    for position, address in enumerate(parts.sender):
        text = _CARE_OF.sub("", address.text.split("\t")[0]).strip(" ,")
        if not text or _date_of(text) or _CONTACT.search(text) or _STREET.search(text) or _POSTCODE_CITY.search(text):
            continue
        if as_name(text) or (ROLE_LINE.search(text) and not _ORGANISATION.match(text)):
            continue  # a person or a role; "Fraktion X im Stadtrat Y" is a group, though it names the council
        if label_key(text.split(":")[0]) and ":" in text:
            continue
        if _MUNICIPALITY.search(text):
            continue  # the council itself, not the office that writes
        following = parts.sender[position + 1].text.split("\t")[0].strip() if position + 1 < len(parts.sender) else ""
        if BODY_WORD.search(text) and _COUNCIL_GROUP_LINE.match(following):
            continue  # "Kreistag des Landkreises Muldenau" over "Fraktion X": the group in the council writes
        if BODY_WORD.search(text) or _ORGANISATION.search(text):
            # "Fraktion X im Stadtrat Lindenhof": the group, not the council it sits in.
            return _SITS_IN.sub("", text), address
    # The signature may name the body that signs ("Mit freundlichen Grüßen / Quartiersbeirat Nordstadt").
    for address in parts.signature:
        text = _GEZ.sub("", address.text.split("\t")[0]).strip()
        if text and not as_name(text) and not ROLE_LINE.search(text) and not _date_of(text) and len(text.split()) <= 6:
            if text[0].isupper() and (BODY_WORD.search(text) or _ORGANISATION.search(text)) and not _MUNICIPALITY.search(text):
                return text, address
    return None


def recipients(parts: LetterParts, *, greeted: bool = True) -> list[tuple[str, LineAddress]]:
    """Return the addressees: the names in the recipient block, else (with *greeted*) those greeted."""
    out: list[tuple[str, LineAddress]] = []
    chaired = in_address = False
    for index, address in enumerate(parts.recipient):
        whole = " ".join(address.text.split())
        text = address.text.split("\t")[0].strip()
        if _RECIPIENT_OPENING.match(text):
            in_address = False  # "An den …" again: the next recipient
        elif in_address:
            continue  # under the street stand the postcode, the town and the country: "2 Marsham Street" / "London"
        if _RETURN_ADDRESS.match(whole) and _POSTCODE_CITY.search(re.split(r"\s[·|•]\s", whole)[-1]):
            continue  # the sender's return address over the window, no recipient
        text = _ALL_OF.sub("", _RECIPIENT_OPENING.sub("", text).strip(" ,"))
        if text.casefold() in ("den", "die", "das", "the", "an", "to", "til", "herrn", "herr", "frau"):
            continue  # "An den" on a line of its own opens the block
        if _OFFICE_ALONE.match(text) and index + 1 < len(parts.recipient):
            body = _RECIPIENT_OPENING.sub("", parts.recipient[index + 1].text.split("\t")[0].strip())
            if BODY_WORD.search(body) or _ORGANISATION.search(body):
                continue  # "The Chairperson" over "Glenbrae Community Council": the letter goes to the body
        care_of = _CARE_OF_MARK.match(text)
        if out and care_of and _is_street(text[care_of.end():]):
            in_address = True  # "c/o 4 Kirk Brae": the street the recipient is reached at; town and postcode follow
            continue
        chair = _CHAIR_OF.match(text)
        if chair and BODY_WORD.search(chair.group("body")):
            # "Vorsitzenden der Stadtverordnetenversammlung", "The Chair of the Planning Committee": the letter
            # goes to the body through its chair, whose name may follow on the next line.
            out.append((nominative(chair.group("body")), address))
            chaired = True
            continue
        if chaired and as_name(_TITLES_ONLY.sub("", text)):
            chaired = False
            continue
        if out and _is_street(text):
            in_address = True
            continue
        if not text or _is_postal(address.text) or _CONTACT.search(whole) or _date_of(text):
            continue
        if text.lower().startswith(("by email", "per e-mail", "via e-mail", "pr. e-mail")) or _FIELD_LINE.match(text):
            continue
        # "Parish Clerk" reads like a name; a role word last makes it the office.
        if out and (ROLE_LINE.search(text) or text.split()[0] in ("Ministry", "Department", "Ministerium")) and (
            not as_name(text) or ROLE_LINE.fullmatch(text.split()[-1])
        ):
            continue  # the first recipient's title or office under his name
        if _CARE_OF.fullmatch(text) or _HOUSE_MAIL.match(text) or out and _SENT_THROUGH.match(text):
            # "- im Hause -", "Internal", "über das Büro Kreistag": how the letter travels, no recipient
            continue
        if _BUILDING.match(text) or out and (_STREET_AND_NUMBER.match(text) or _STREET_NAME.match(text)):
            continue  # "Rathaus", "County Hall", "Markt 1", "High Street": where the recipient sits
        if out and _GENITIVE_GOES_ON.match(text):
            # "An den Oberbürgermeister" over "der Stadt Lindenhof": one office over two lines.
            out[-1] = (f"{out[-1][0]} {text}", out[-1][1])
            continue
        if out and as_name(_TITLES_ONLY.sub("", text)) and ROLE_LINE.search(out[-1][0]) and not as_name(out[-1][0]):
            # "Herrn Martin Vogt" under the office he holds: the office's holder, one addressee.
            office = re.sub(r"\s+der\s+(?:Stadt|Gemeinde)\s+\S+$", "", out[-1][0])
            out[-1] = (f"{office} {_TITLES_ONLY.sub('', text)}", out[-1][1])
            continue
        out.append((_without_honours(text), address))
    if len(out) > 1:
        councils = [entry for entry in out if _MUNICIPALITY.search(entry[0])]
        if len(councils) == 1 and not any(as_name(_TITLES_ONLY.sub("", name)) or ROLE_LINE.search(name) for name, _ in out):
            # "Development Management / Planning Services / Gwynfor County Council / County Offices": the
            # council's departments over its name and its offices under it address one recipient, the council.
            out = councils
    if out or not greeted:
        return out
    for address in parts.salutation:
        match = _SALUTATION_TAIL.match(_tail_cell(address.text))
        if match:
            who = _LADIES_AND_GENTLEMEN.sub("", match.group("who").strip(" ,"))
            # "Damen und Herren Einwohnerräte": the members greeted are the council.
            who = re.sub(r"(?<=[a-zäöü])räte$", "rat", who)
            if who and not _GENERIC_READERS.match(who) and not _greets_a_person(who):
                out.append((who, address))
    if len(out) > 1:
        # "Herr Präsident" over "Damen und Herren Einwohnerräte": the chair presides over the body greeted.
        out = [(who, address) for who, address in out if not _CHAIR_GREETED.match(who)] or out
    return out


# The chair of a body addressed by office: "Vorsitzenden des Bauausschusses", "Chair of the Planning Committee",
# "formanden for Teknik- og Miljøudvalget".
_CHAIR_OF = re.compile(
    r"^(?:(?:den|die|the)\s+)?(?:Vorsitzende[nr]?|Chair(?:man|woman|person)?|Convener|Formand(?:en)?|Forkvinde(?:n)?)"
    r"\s+(?:der|des|of\s+the|of|for)\s+(?P<body>[A-ZÆØÅÄÖÜ].{2,80})$",
    re.IGNORECASE,
)
# An office alone on its line over the body it serves: "The Chairperson" / "Glenbrae Community Council".
_OFFICE_ALONE = re.compile(
    r"^(?:(?:den|die|the)\s+)?(?:Vorsitzende[nr]?|Chair(?:man|woman|person)?|Convener|Secretary|Clerk|Formand(?:en)?"
    r"|Forkvinde(?:n)?|Sekretær(?:en)?)$",
    re.IGNORECASE,
)
# "An alle Mitglieder des Jugendparlaments", "To all members of …": a body's members addressed, without "all".
_ALL_OF = re.compile(r"^(?:alle|all|sämtliche|samtlige)\s+(?=(?:Mitglieder|members|medlemmer)\b)", re.IGNORECASE)
_CARE_OF_MARK = re.compile(r"^(?:c/o|z\.\s?Hd?\.?)\s+", re.IGNORECASE)
_LADIES_AND_GENTLEMEN = re.compile(r"^(?:Damen und Herren|Herren und Damen|Ladies and Gentlemen)\s+(?=\S)", re.IGNORECASE)
_CHAIR_GREETED = re.compile(r"^(?:Präsident(?:in)?|Vorsitzende[r]?|Vorsitzender|Chair(?:man|woman|person)?|Formand|Forkvinde|Lord Mayor)$", re.IGNORECASE)


def _greets_a_person(who: str) -> bool:
    """Tell whether a salutation greets a person by name ("Dear Jim", "Liebe Anna Muster") rather than an office."""
    if ROLE_LINE.search(who):
        return False
    tokens = who.split()
    return bool(as_name(who)) or (len(tokens) == 1 and tokens[0].lower() in FIRST_NAMES)


def _without_honours(text: str) -> str:
    return re.sub(r"(?:\s+(?:OBE|MBE|CBE|MP|KC|QC|MdB|MdL))+$", "", text).strip()


def letter_date(parts: LetterParts):
    """Return the date on the letter's place-and-date line, with that line."""
    if parts.place_date is None:
        return None
    when = _date_of(parts.place_date.text)
    return (when, parts.place_date) if when else None


def subject_line(parts: LetterParts) -> tuple[str, LineAddress] | None:
    """Return the subject above the salutation, without a "Betreff:" or "Re:" label."""
    if parts.subject is None:
        return None
    text = " ".join(parts.subject.text.split())
    text = re.sub(r"^(?:(?:Betreff|Betr\.|Vedr\.?|Vedrørende|Re|Subject)\s*:|(?:Betr|Vedr)\.)\s*", "", text, flags=re.IGNORECASE)
    return (text, parts.subject) if text else None


def all_address_lines(parts: LetterParts) -> list[LineAddress]:
    """Return the lines of the sender, recipient, place-and-date and salutation."""
    return [*parts.sender, *parts.recipient, *([parts.place_date] if parts.place_date else []), *parts.salutation]


def address_lines(parts: LetterParts) -> frozenset[tuple[int, int]]:
    """Return (page, line) of every line of the letter's address blocks and salutation."""
    return frozenset((address.page, address.line) for address in all_address_lines(parts))
