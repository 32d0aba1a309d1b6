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

from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.kind import _genre
from townhall.reading.analysis.people import MAORI_CLOSINGS, as_name
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
_MUNICIPALITY = re.compile(
    r"\b(?:City|County|Borough|District|Town|Parish|Metropolitan Borough) Council$|\b(?:Region)?[Kk]ommune$|\bKOMMUNE$"
    r"|^(?:Stadt|Gemeinde|Landeshauptstadt|Hansestadt|Bundesstadt|Landkreis|Kreis|Markt)\s+\S+$|^City of\b"
    # a county's or town's administration as a whole: the office under it writes
    r"|^(?:Landratsamt|Kreisverwaltung|Stadtverwaltung|Gemeindeverwaltung|Bezirksamt)\s+\S+$",
)
_FIELD_LINE = re.compile(r"^[^:]{2,40}:\s*\S")
ROLE_LINE = re.compile(
    r"\b(?:Vorsitzende[r]?|Vorsitz|Stellvertret\w*|Sprecher\w*|Leader|Chair\w*|Formand|Næstformand|Member|Mitglied"
    r"|Chief Officer|Officer|Head of|Manager|Leiter\w*|Byrådsmedlem|medlem|Clerk|Secretary|Treasurer"
    r"|Oberbürgermeister\w*|Bürgermeister\w*|Landr[aä]t(?:in)?|Minister|Director|Direktør|Councillor|Stadtrat|Stadträtin)\b",
    re.IGNORECASE,
)
# A street named without "straße" or "Road" and its house number: "Markt 1", "Am Rathausplatz 3a".
_STREET_AND_NUMBER = re.compile(r"^(?:(?:Am|An der|Im|Auf dem|Zum|Zur)\s+)?[A-ZÄÖÜÆØÅ][\wäöüßæøå.-]*(?:\s[A-ZÄÖÜÆØÅ][\wäöüßæøå.-]*){0,2}\s\d{1,4}\s?[a-z]?$")
_GEZ = re.compile(r"^(?:gez\.|sign\.|sgd\.|signed)\s*", re.IGNORECASE)




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
