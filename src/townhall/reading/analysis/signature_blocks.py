"""Signature blocks of any paper: the names under a closing, an office that signs, a body that signs through its officers."""

from __future__ import annotations

import re

from townhall.reading.analysis.dates.roles import COLUMN_GAP
from townhall.reading.analysis.first_names import FIRST_NAMES
from townhall.reading.analysis.letters import _CONTACT, _GEZ, ROLE_LINE
from townhall.reading.analysis.people import as_name, column_names
from townhall.reading.layout import Document, LineAddress

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
        # "Die Präsidentin: Sandra Kälin" over "Der Ratssekretär: Urs Imhof" among the last lines: each office that signs
        # with its holder's name after a colon.
        for address in addresses[-_BODY_SIGNS_LINES:]:
            role_and_name = _ROLE_COLON_NAME.match(" ".join(address.text.split()))
            if role_and_name and _SIGNING_OFFICE.match(role_and_name.group(0).split(":")[0] + ":"):
                if (name := as_name(role_and_name.group("name"))) and all(name != known for known, _ in out):
                    out.append((name, address))
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
    r"|(?:rats|gemeinde|stadt|parlaments)sekretär(?:in)?|schriftführer(?:in)?|protokollführer(?:in)?|vorsitzende[r]?|borgmester|formand|forkvinde|sekretær|kommunaldirektør)"
    # (an English local council's clerk holds a second office: "Clerk and Responsible Financial Officer")
    r"(?:\s+(?:and|&)\s+(?:responsible financial officer|proper officer|treasurer|rfo))?[ \t]*[,:]?$",
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


def _two_names(text: str) -> list[str] | None:
    """Split two names printed side by side without a wide gap ("Günter Winkelmann Yvonne Maroke")."""
    tokens = text.split()
    if len(tokens) != 4:
        return None
    first, second = as_name(" ".join(tokens[:2])), as_name(" ".join(tokens[2:]))
    return [first, second] if first and second else None
