"""Read the parts of a letter: sender, place and date, recipient, subject, salutation, signature.

Letters to a mayor, a party group's motion, a statement of an advisory board and a minister's
letter share one layout in Danish, German and English: a sender block (an organisation, its
chair, a return address) and a recipient block ("Herrn Oberbürgermeister …", "An …", an
address) above the subject line, a salutation ("Sehr geehrter Herr …", "Kære …", "Dear …"),
the body, and a closing ("Mit freundlichen Grüßen", "Med venlig hilsen", "Yours sincerely")
over the signatures. :func:`letter_parts` finds these parts in the layout; the card takes its
author unit, addressees, subject, date and signatories from them when the paper has no form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from townhall.reading.analysis.consultations.body_names import nominative
from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.dates.roles import COLUMN_GAP
from townhall.reading.analysis.first_names import FIRST_NAMES
from townhall.reading.analysis.forms import label_key
from townhall.reading.analysis.kind import _genre
from townhall.reading.analysis.people import MAORI_CLOSINGS, as_name, column_names
from townhall.reading.layout import Document, LineAddress

_SALUTATION = re.compile(
    r"^(?:Sehr geehrte[rs]?|Liebe[rs]?|Hallo|Guten Tag|Kære|Hej|Dear|To whom it may concern)\b[^:]{0,80}$",
    re.IGNORECASE,
)
CLOSING = re.compile(
    r"^(?:Mit freundlichen Grü(?:ß|ss)en|Mit freundlichem Gru(?:ß|ss)|Freundliche Grü(?:ß|ss)e|Viele Grü(?:ß|ss)e|Beste Grü(?:ß|ss)e|Herzliche Grü(?:ß|ss)e"
    r"|Med venlig hilsen|Venlig hilsen|Med venlige hilsner|Bedste hilsner|De bedste hilsner"
    r"|Yours sincerely|Yours faithfully|Kind regards|Best regards|With best wishes|Regards"
    # Formal closings of Austrian, Luxembourg and Swiss offices, and North American ones.
    r"|Mit vorzüglicher Hochachtung|Hochachtungsvoll|Mit besten Grü(?:ß|ss)en|Freundliche Grüsse|Yours truly|Sincerely"
    rf"|{MAORI_CLOSINGS})\b[ ,.]*",
    re.IGNORECASE,
)
_RECIPIENT_OPENING = re.compile(r"^(?:Herrn?|Frau|An(?: die| den| das)?|To|Til|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)\s+(?=\S)")
_POSTCODE_CITY = re.compile(r"^(?:[A-Z]{1,3}-)?\d{4,5}\s+[A-ZÄÖÜÆØÅ]|^[A-Z]{1,2}\d{1,2}[A-Z]?\s+\d[A-Z]{2}$|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s+\d[A-Z]{2}$")
_STREET = re.compile(
    r"^[A-ZÄÖÜÆØÅ][\wäöüßæøå.\- ]*(?:straße|strasse|str\.|weg|platz|gasse|allee|ring|damm|ufer|vej|gade|plads|allé"
    r"|street|road|lane|square|house|hall|wharf)\b.*\d|^\d+\s+[A-Z][\w ]+(?:Street|Road|Lane|Square)\b|^Postfach\b|^P\.?O\.? Box\b",
    re.IGNORECASE,
)
# The number first, as English and French-speaking countries print it ("12 Church Lane", "12, rue des Jardins").
_HOUSE_NUMBER_FIRST = re.compile(
    r"^\d{1,4}[a-z]?,?\s+[A-ZÄÖÜÆØÅ][\w'-]+(?:\s+[A-ZÄÖÜÆØÅ][\w'-]+){0,3}$"
    r"|^\d{1,4}[a-z]?,?\s+(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]hemin|[Pp]lace|[Rr]oute|[Aa]llée|[Ii]mpasse)\b[\w' -]{2,40}$"
)
_CONTACT = re.compile(r"@|\b(?:Tel|Telefon|Fax|Email|E-Mail|Mail|Phone|www\.)\b", re.IGNORECASE)
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
_MUNICIPALITY = re.compile(
    r"\b(?:City|County|Borough|District|Town|Parish|Metropolitan Borough) Council$|\b(?:Region)?[Kk]ommune$|\bKOMMUNE$"
    r"|^(?:Stadt|Gemeinde|Landeshauptstadt|Hansestadt|Bundesstadt|Landkreis|Kreis|Markt)\s+\S+$|^City of\b"
    # a county's or town's administration as a whole: the office under it writes
    r"|^(?:Landratsamt|Kreisverwaltung|Stadtverwaltung|Gemeindeverwaltung|Bezirksamt)\s+\S+$",
)
# The sender's return address printed small over the recipient in a window envelope's field:
# "Landratsamt Oberweiden · Postfach 1160 · 92631 Oberweiden", "Stadt Lindau | Markt 1 | 88131 Lindau".
_RETURN_ADDRESS = re.compile(r"^[^·|•]{3,80}(?:\s[·|•]\s[^·|•]{2,60}){1,4}$")
_FIELD_LINE = re.compile(r"^[^:]{2,40}:\s*\S")
ROLE_LINE = re.compile(
    r"\b(?:Vorsitzende[r]?|Vorsitz|Stellvertret\w*|Sprecher\w*|Leader|Chair\w*|Formand|Næstformand|Member|Mitglied"
    r"|Chief Officer|Officer|Head of|Manager|Leiter\w*|Byrådsmedlem|medlem|Clerk|Secretary|Treasurer"
    r"|Oberbürgermeister\w*|Bürgermeister\w*|Landr[aä]t(?:in)?|Minister|Director|Direktør|Councillor|Stadtrat|Stadträtin)\b",
    re.IGNORECASE,
)
_ORGANISATION = re.compile(
    r"(?i:fraktion|gruppe|group|partei|party|parti\b|verein|verband|initiative|forum|bürgerliste|amt\b|referat|dezernat"
    r"|fachbereich|kommune|forvaltning|afdeling|sekretariat|department|directorate|service|office|society|association"
    r"|forening|råd\b|rådet|bestyrelse\w*)"
)
_BUILDING = re.compile(r"^(?:Rathaus|Neues Rathaus|Stadthaus|Kreishaus|Rådhuset|Rådhus|Town Hall|County Hall|City Hall|Civic Centre"
    r"|(?:Civic|County|Council|District|Borough|Municipal) Offices|Shire Hall|Guildhall|Council House)$", re.IGNORECASE)
# A street named without "straße" or "Road" and its house number: "Markt 1", "Am Rathausplatz 3a".
_STREET_AND_NUMBER = re.compile(r"^(?:(?:Am|An der|Im|Auf dem|Zum|Zur)\s+)?[A-ZÄÖÜÆØÅ][\wäöüßæøå.-]*(?:\s[A-ZÄÖÜÆØÅ][\wäöüßæøå.-]*){0,2}\s\d{1,4}\s?[a-z]?$")
# A street without its number, as a recipient block under a town hall prints it ("County Hall" / "High Street").
_STREET_NAME = re.compile(
    r"^[A-ZÄÖÜÆØÅ][\wäöüßæøå'-]*(?:\s[A-ZÄÖÜÆØÅ][\wäöüßæøå'-]*){0,2}\s(?:Street|Road|Lane|Square|Avenue|Place|Row|Parade)$"
    r"|^[A-ZÄÖÜÆØÅ][\wäöüßæøå-]*(?:straße|strasse|gasse|platz|vej|gade)$"
)
_GENITIVE_GOES_ON = re.compile(r"^(?:der|des)\s+[A-ZÄÖÜ]")
_TITLES_ONLY = re.compile(r"^(?:Herrn?|Frau|Dr\.|Prof\.)\s+(?:Dr\.\s+)?")
_SITS_IN = re.compile(r"\s+(?:im|in der|in the|i)\s+(?:Stadtrat|Gemeinderat|Rat|Kreistag|Stadtverordnetenversammlung|Council|Byråd(?:et)?|Kommunalbestyrelse(?:n)?)\b.*$")
_GEZ = re.compile(r"^(?:gez\.|sign\.|sgd\.|signed)\s*", re.IGNORECASE)
# The internal post's note in a recipient block: the letter goes within the administration's own house.
_HOUSE_MAIL = re.compile(r"^[-–—\s]*(?:im Hause|hier|intern|internal|internal post|by hand|i huset|internt)[-–—\s.]*$", re.IGNORECASE)


@dataclass
class LetterParts:
    """The parts of a letter found in the layout (each a list of lines, possibly empty)."""

    sender: list[LineAddress] = field(default_factory=list)
    recipient: list[LineAddress] = field(default_factory=list)
    place_date: LineAddress | None = None
    subject: LineAddress | None = None
    salutation: list[LineAddress] = field(default_factory=list)
    closing: LineAddress | None = None
    signature: list[LineAddress] = field(default_factory=list)


def letter_parts(document: Document) -> LetterParts | None:
    """Return the parts of the document's letter layout, or None when it is not laid out as a letter."""
    addresses = list(document.addresses)
    first_page = [address for address in addresses if address.page == 1]
    salutation_at = next((index for index, address in enumerate(first_page[:40]) if _SALUTATION.match(_tail_cell(address.text))), None)
    if salutation_at is None:
        return _letter_without_salutation(addresses, first_page)
    parts = LetterParts()
    index = salutation_at
    while index < len(first_page) and _SALUTATION.match(_tail_cell(first_page[index].text)) and index - salutation_at < 4:
        parts.salutation.append(first_page[index])
        index += 1
    head = first_page[:salutation_at]
    if head and _is_subject(head[-1]):
        parts.subject = head[-1]
        head = head[:-1]
    parts.place_date = next((address for address in head if _date_of(address.text) is not None), None)
    if parts.place_date is None and _date_of(parts.salutation[0].text.split("\t")[0]) is not None:
        parts.place_date = parts.salutation[0]  # "10 January 2025 Dear Jim": the date ran into the salutation
    recipient_start = next((i for i, address in enumerate(head) if _RECIPIENT_OPENING.match(address.text.strip())), None)
    if recipient_start is not None:
        parts.sender = head[:recipient_start]
        # The recipient block ends at the first blank line: below it stand the date, the genre and the subject.
        # A block that opens again with a recipient's word ("An die …" / "An den …") addresses one more.
        runs = _runs(head[recipient_start:])
        block = runs[0]
        for run in runs[1:]:
            if not _RECIPIENT_OPENING.match(run[0].text.strip()):
                break
            block = block + run
        parts.recipient = [address for address in block if address is not parts.place_date or "\t" in address.text]
    else:
        # Without an opening word the block right above the subject is the recipient when it
        # stands apart from the sender block (a blank line between them) and holds a postal address.
        blocks = _runs(head)
        if len(blocks) >= 3 and len(blocks[0]) == 1 and " ".join(blocks[0][0].text.split()) == " ".join(blocks[1][0].text.split()):
            # a running header that repeats the letterhead's first line stands over it: the letterhead is the sender
            blocks = blocks[1:]
        postal = [at for at, block in enumerate(blocks) if at and any(_is_postal(address.text) for address in block)]
        if len(blocks) >= 2 and postal:
            # (the blocks under the recipient's address are the letter's fields, its genre and its subject)
            parts.sender, parts.recipient = blocks[0], [a for block in blocks[1 : postal[-1] + 1] for a in block]
        elif blocks:
            parts.sender = blocks[0]
    after_salutation = addresses.index(parts.salutation[-1]) + 1
    closing_at = next(
        (i for i in range(after_salutation, len(addresses)) if CLOSING.match(addresses[i].text.strip())),
        None,
    )
    if closing_at is not None:
        parts.closing = addresses[closing_at]
        parts.signature = [a for a in addresses[closing_at + 1 : closing_at + 7] if a.page == parts.closing.page or a.line <= 8]
    return parts


# "Til Teknik- og Miljøforvaltningen", "An den Gemeinderat", "To the Planning Department": a recipient line
# without a colon (with one it is a form's field).
_RECIPIENT_LINE = re.compile(r"^(?:Til|An(?: die| den| das)?|To(?: the)?)\s+[A-ZÆØÅÄÖÜ][^:\t]{2,80}$")
_BODY_WORDS = 8


def _bodies_under_sender(first_page: list[LineAddress]) -> int | None:
    """Return where a block of bodies' names stands right under the sender's address block, or None.

    A hearing letter to advisory councils names them alone, without "Til" or a street: "Handicaprådet" /
    "Ældrerådet" under "Holmdrup Kommune / … / 4999 Holmdrup".
    """
    blocks = _runs(first_page[:15])
    if len(blocks) < 2 or not any(_is_postal(address.text) for address in blocks[0]) or len(blocks[1]) > _BODIES_IN_BLOCK:
        return None
    for address in blocks[1]:
        text = address.text.strip()
        if ":" in text or any(c.isdigit() for c in text) or len(text.split()) > 5 or as_name(text) or _MUNICIPALITY.search(text):
            return None
        if not (BODY_WORD.search(text) or _ADDRESSED_BODY.search(text)):
            return None  # an office or department there ("Sekretariatet") is the sender's own unit
    return first_page.index(blocks[1][0])


_BODIES_IN_BLOCK = 4
# Councils, boards and societies a letter goes to, as opposed to the offices that write it.
_ADDRESSED_BODY = re.compile(
    r"(?i:r[åa]d(?:et|ene)?\b|bestyrelse\w*|forening\w*|verein\w*|verband\w*|beirat\w*|society|association)"
)


def _letter_without_salutation(addresses: list[LineAddress], first_page: list[LineAddress]) -> LetterParts | None:
    """Return the parts of a letter that opens straight into its text (a statement, a høringssvar).

    Without a salutation a letter is known by a recipient line in its head and a closing over its
    signature; its head ends where the running text begins.
    """
    recipient_at = next(
        (index for index, address in enumerate(first_page[:15]) if _RECIPIENT_LINE.match(address.text.strip())), None
    )
    if recipient_at is None:
        recipient_at = _bodies_under_sender(first_page)
    if recipient_at is None:
        return None
    closing_at = next((index for index, address in enumerate(addresses) if CLOSING.match(address.text.strip())), None)
    if closing_at is None:
        return None
    body_at = next(
        (
            index
            for index in range(recipient_at + 1, min(len(first_page), 40))
            if len(first_page[index].text.split()) >= _BODY_WORDS and first_page[index].text.rstrip()[-1:] in ".,:;!"
        ),
        None,
    )
    if body_at is None or addresses.index(first_page[body_at]) >= closing_at:
        return None
    head = first_page[:body_at]
    if any(_genre(address.text.strip()) not in (None, "letter") for address in head):
        return None  # a form of its own ("Antrag", "Notat") with a recipient line, not a letter
    parts = LetterParts()
    if head and _is_subject(head[-1]):
        parts.subject = head[-1]
        head = head[:-1]
    parts.place_date = next((address for address in head if _date_of(address.text) is not None), None)
    parts.sender = head[:recipient_at]
    runs = _runs(head[recipient_at:])
    parts.recipient = [address for address in (runs[0] if runs else []) if address is not parts.place_date]
    parts.closing = addresses[closing_at]
    parts.signature = [a for a in addresses[closing_at + 1 : closing_at + 7] if a.page == parts.closing.page or a.line <= 8]
    return parts


def _tail_cell(text: str) -> str:
    """Return the last cell of a line ("10 January 2025\tDear Jim" -> "Dear Jim")."""
    cells = [cell.strip() for cell in text.split("\t") if cell.strip()]
    text = cells[-1] if cells else ""
    mentions = find_dates(text)
    if mentions and text.startswith(mentions[0].text):
        text = text[len(mentions[0].text):].strip()  # a date and the salutation run together
    return text


def _is_postal(text: str) -> bool:
    whole = " ".join(text.split())
    first = text.split("\t")[0].strip()
    return bool(_STREET.search(first) or _POSTCODE_CITY.search(whole) or _HOUSE_NUMBER_FIRST.match(first))


def _is_street(text: str) -> bool:
    """Tell whether a line is a street with its house number ("2 Marsham Street", "Rathausplatz 1", "12, rue …")."""
    return bool(_STREET.search(text) or _HOUSE_NUMBER_FIRST.match(text) or _STREET_AND_NUMBER.match(text))


def _is_subject(address: LineAddress) -> bool:
    text = address.text.strip().strip("*")
    if not text or _date_of(text) is not None and len(text) < 40:
        return False
    if _MUNICIPALITY.search(text) or as_name(text) or _FIELD_LINE.match(text) and not text.lower().startswith(("betreff", "betr.", "vedr", "re:", "subject")):
        return False
    if _genre(text) is not None and len(text.split()) <= 4:
        return False  # the paper's genre ("Medlemsforslag fra Enhedslisten"), not its subject
    role = getattr(address.item, "role", "")
    return address.source.bold or role == "heading" or text.lower().startswith(("betreff", "betr.", "vedr", "re:", "subject"))


def _runs(lines: list[LineAddress]) -> list[list[LineAddress]]:
    runs: list[list[LineAddress]] = []
    for address in lines:
        if runs and address.line - runs[-1][-1].line <= 1:
            runs[-1].append(address)
        else:
            runs.append([address])
    return runs


def _date_of(text: str):
    mentions = find_dates(text)
    return mentions[0].start if mentions else None


# --- What the card takes from a letter -------------------------------------------------------


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


def _two_names(text: str) -> list[str] | None:
    """Split two names printed side by side without a wide gap ("Günter Winkelmann Yvonne Maroke")."""
    tokens = text.split()
    if len(tokens) != 4:
        return None
    first, second = as_name(" ".join(tokens[:2])), as_name(" ".join(tokens[2:]))
    return [first, second] if first and second else None


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



# --- Signature blocks of any paper ---------------------------------------------------------------

_SIGNING_OFF = re.compile(
    r"^(?:(?:Mit freundlichen Grü(?:ß|ss)en|Mit freundlichem Gru(?:ß|ss)|Freundliche Grü(?:ß|ss)e|Viele Grü(?:ß|ss)e|Beste Grü(?:ß|ss)e|Med venlig hilsen"
    r"|Venlig hilsen|Med venlige hilsner|Yours sincerely|Yours faithfully|Kind regards|Best regards)\b[ ,.]*"
    r"|(?:Für|For|På vegne af)\s+(?:den|die|das|the)?\s*[\wäöüæøå -]{2,40}:"
    r"|(?:gez\.|i\.\s?A\.|i\.\s?V\.|Im Auftrag|In Vertretung)(?:\s+gez\.)*\s*"
    # "Für den Gemeinderat", "Namens des Stadtrates", "On behalf of the Council": a body signs through its officers.
    r"|(?:Für|Namens|Im Namen|On behalf of|For and on behalf of|På vegne af)\s+(?:den|die|das|des|der|the)?\s*"
    r"[\wäöüæøå-]*(?:rat|rates|rats|Council|udvalg\w*|bestyrelse\w*|råd\w*|Vorstand\w*|Magistrat\w*|Ausschuss\w*)[ ,.:]*"
    # "Der Bürgermeister:", "Die Landrätin:", "The Mayor:": the office that signs, its holder's name below.
    r"|(?:Der|Die|The)\s+(?:[\wäöü-]+\s+)?(?:[\wäöü-]*(?:bürgermeister|präsident|vorsteher|landrat|stadtrat)(?:in)?"
    r"|Mayor|Chair(?:man|person)?|Chief Executive|Leader of the Council)\s*:)$",
    re.IGNORECASE,
)
_ROLE_COLON_NAME = re.compile(r"^(?:(?:Der|Die|The)\s+)?[A-ZÄÖÜÆØÅ][\wäöüßæøå-]+(?:\s+[\wäöüßæøå-]+)?\s*:\s*(?P<name>\S.*)$")
_SIGNATURE_RULE = re.compile(r"^[_.]{10,}$")
# The confirmation of a council's decision under a paper is signed by the council's chair, not by its authors.
_DECISION_CONFIRMATION = re.compile(r"^(?:beschlossen|vom [\w ]+ beschlossen|genehmigt|vedtaget|approved)\b.*(?:am|den|on)\b", re.IGNORECASE)
_SURNAME = re.compile(r"^[A-ZÄÖÜÆØÅ][a-zäöüßæøå]+(?:-[A-ZÄÖÜÆØÅ][a-zäöüßæøå]+)?$")
_IN_PLACE_OF = re.compile(r"\s+(?:in Vertretung|i\.\s?V\.|on behalf of|for|für|på vegne af)\b.*$", re.IGNORECASE)


def signature_names(document: Document) -> list[tuple[str, LineAddress]]:
    """Return the names signed under a closing ("Mit freundlichen Grüßen", "Für den Einreicher:",
    "gez.") or a signature rule, side by side or one under another, with their lines."""
    addresses = list(document.addresses)
    out: list[tuple[str, LineAddress]] = []
    for index, address in enumerate(addresses):
        text = " ".join(address.text.split())
        if not (_SIGNING_OFF.match(text) or _SIGNATURE_RULE.match(text.replace(" ", ""))):
            continue
        _read_block(addresses, index, out)
    if not out:
        # "GEMEINDERAT RÜTTIBERG" over "Der Gemeindepräsident / Der Gemeindeschreiber" and two names at the end
        # of a paper: the body signs through its officers without a closing formula.
        for index in range(max(0, len(addresses) - _BODY_SIGNS_LINES), len(addresses)):
            text = " ".join(addresses[index].text.split())
            if text.isupper() and len(text) <= 60 and _BODY_SIGNS.search(text):
                _read_block(addresses, index, out)
                break
    if not out:
        # "the secretary,   the mayor," over "Pieter de Vries   Joke Bakker": a row of the offices that sign,
        # one to a column, among the last lines; their holders' names stand under them.
        for index in range(max(0, len(addresses) - _BODY_SIGNS_LINES), len(addresses)):
            cells = [cell.strip() for cell in _cells(addresses[index].text) if cell.strip()]
            # Two or more side by side: one office alone may as well stand under its holder's name.
            if len(cells) >= 2 and all(_SIGNING_OFFICE.match(cell) for cell in cells):
                _read_block(addresses, index, out)
                break
            # "Britta Grahneis<tab>Theumer" over "Vorsitzender Ortschaftsrat Kochstedt<tab>Schriftführer": two or
            # more cells, each over a role in its column, are the signers.
            below = addresses[index + 1] if index + 1 < len(addresses) else None
            if index and len(cells) >= 2 and len(_cells(below.text if below else "")) == len(cells):
                # Under labels ("Report Author:<tab>Relevant Director:") or over telephone numbers they are contacts.
                above = addresses[index - 1].text.rstrip()
                after = " ".join(a.text for a in addresses[index + 2 : index + 4])
                if above.endswith(":") or _CONTACT.search(after) or _LONG_NUMBER.search(after):
                    continue
                if all(_role_under(below, column) for column in range(len(cells))):
                    _read_block(addresses, index - 1, out)
                    break
    if not out:
        # "Lena Hartmann      Yusuf Demir" closing the paper under its place and date: two signers side by side, with
        # no closing formula and no office under them.
        for address in addresses[-2:]:
            if (names := column_names(address.text, closing=True)) is not None:
                out.extend((name, address) for name in names)
                break
    if not out:
        # "Sieglinde Marbach" over "Ortsteilbürgermeisterin" closing the paper without a closing formula: its signer,
        # and so is each name over its office right above ("Vorsitzende" over "Schriftführer").
        end = len(addresses)
        while end >= 2:
            name_line, office_line = (" ".join(address.text.split()) for address in addresses[end - 2 : end])
            name = as_name(name_line)
            if name != name_line or not _SIGNING_OFFICE.match(office_line):
                break
            out.insert(0, (name, addresses[end - 2]))
            end -= 2
    return out


# A telephone number or the like under names in columns: they are contacts, not signers.
_LONG_NUMBER = re.compile(r"\d{4,}")
# An office that signs for a council or a board, as a signature block names it over its holder.
_SIGNING_OFFICE = re.compile(
    r"^(?:(?:the|der|die|den|det)\s+)?(?:(?:town|city|municipal|council|general)\s+)?"
    r"(?:mayor|secretary|clerk|chair(?:man|woman|person)?|president|vice[- ]president|deputy mayor"
    r"|(?:ober|erster\s+|ortsteil|orts|bezirks)?bürgermeister(?:in)?|(?:gemeinde|stadt)?präsident(?:in)?|(?:gemeinde|stadt|rats)?schreiber(?:in)?"
    r"|schriftführer(?:in)?|protokollführer(?:in)?|vorsitzende[r]?|borgmester|formand|forkvinde|sekretær|kommunaldirektør)[ \t]*[,:]?$",
    re.IGNORECASE,
)


# The name of a body in capitals among a paper's last lines: its signature block follows.
_BODY_SIGNS = re.compile(
    r"(?:RAT|RATES|COUNCIL|KOMMUNALBESTYRELSE\w*|BYRÅD\w*|MAGISTRAT|VORSTAND|GEMEINDEVORSTAND|AUSSCHUSS"
    # a New England town's board signs its warrant by its members: "SELECT BOARD OF ASHBURY", "BOARD OF SELECTMEN"
    r"|SELECT BOARD|BOARD OF SELECTMEN|BOARD OF TRUSTEES|BOARD OF COMMISSIONERS)\b"
)
# A member's office after the name on the same line: "Diane Ferreira, Chair".
_OFFICE_AFTER_NAME = re.compile(
    r",\s*(?:Chair(?:man|woman|person)?|Vice[- ]Chair(?:man|woman|person)?|Clerk|Secretary|Member|Selectman|Selectwoman)$",
    re.IGNORECASE,
)
_BODY_SIGNS_LINES = 8


def _read_block(addresses: list[LineAddress], index: int, out: list[tuple[str, LineAddress]]) -> None:
    """Add the names signed in the lines under the line at *index* to *out*."""
    address = addresses[index]
    block = []
    for following in addresses[index + 1 : index + 6]:
        if following.page != address.page and following.line > 6:
            break
        flat = " ".join(following.text.split())
        if _DECISION_CONFIRMATION.match(flat) or len(flat) > 100:
            break
        block.append(following)
    for position, line in enumerate(block):
        below = block[position + 1] if position + 1 < len(block) else None
        for column, cell in enumerate(_cells(line.text)):
            if _OFFICE_BY_PORTFOLIO.match(cell.strip()):
                continue  # "Cabinet Member for Culture": an office, though "for …" reads like signing for another
            text = _OFFICE_AFTER_NAME.sub("", _IN_PLACE_OF.sub("", _GEZ.sub("", cell.strip()))).strip(" ,")
            role_and_name = _ROLE_COLON_NAME.match(text)
            if role_and_name and as_name(role_and_name.group("name")):
                text = role_and_name.group("name")  # "Der Gemeindepräsident: Urs Brunner"
            names = _names_in(text, _role_under(below, column))
            for name in names:
                if all(name != known for known, _ in out):
                    out.append((name, line))


# An office named by its portfolio under its holder's name: "Cabinet Member for Culture and Communities",
# "Portfolio Holder for Housing", "Executive Member for Transport".
_OFFICE_BY_PORTFOLIO = re.compile(
    r"^(?:[A-Z][\w-]*\s+){1,2}(?:Member|Holder|Lead|Leader|Spokesperson)\s+(?:for|of)\s+[A-Z]"
)


# Columns of a signature block: cells split by tabs, or in plain text by a run of spaces.
def _cells(text: str) -> list[str]:
    return COLUMN_GAP.split(text.strip(" "))


# The word before a role that makes the two an office: "Town Clerk", "Deputy Secretary", "Parish Clerk".
_OFFICE_QUALIFIER = re.compile(
    r"^(?:Town|Parish|City|County|Borough|District|Municipal|Township|Deputy|Assistant|Chief|Senior|Principal|Acting)\s",
)


def _names_in(text: str, role_below: bool) -> list[str]:
    if not text or ROLE_LINE.search(text) and (
        not as_name(text) or ROLE_LINE.fullmatch(text.split()[0])
        or ROLE_LINE.fullmatch(text.split()[-1]) and _OFFICE_QUALIFIER.match(text)
    ):
        # ("Town Clerk", "Parish Clerk": an office closed by its role word, though its words read as a name)
        return []  # a role ("Stellvertretende Fraktionsvorsitzende"), though its words look like a name
    two = _two_names(text)
    if two and text.split()[2].casefold() in FIRST_NAMES:
        return two  # "Günter Winkelmann Yvonne Maroke": two signers side by side, the second by her first name
    name = as_name(text)
    if name:
        return [name]
    if two:
        return two
    if role_below and _SURNAME.match(text):
        return [text]  # a surname alone over its role ("Theumer" / "Schriftführer")
    return []


def _role_under(below: LineAddress | None, column: int) -> bool:
    if below is None:
        return False
    cells = _cells(below.text)
    return column < len(cells) and bool(ROLE_LINE.search(cells[column]) or re.search(r"(?:führer|führerin|sekretær|secretary|clerk)\b", cells[column], re.IGNORECASE))
