"""A unit in a paper's letterhead or head: over its case fields, on the first line, under its issuer, at the foot."""

from __future__ import annotations

import re

from townhall.reading.analysis.kind import is_genre_name, is_reference_field
from townhall.reading.analysis.municipalities import DANISH_STYLE_WORDS
from townhall.reading.analysis.people import as_name
from townhall.reading.analysis.units.names import _BODY_WORD, _title_word
from townhall.reading.analysis.units.senders import _GENRE_LINE
from townhall.reading.analysis.units.signatures import _FOOT_LINES, _signing_unit


# A council group heading its motion: "Gemeinderatsfraktion der Grünen", "SPD-Stadtratsfraktion", and as Austrian
# councils name a group, "Gemeinderatsklub der Bürgerliste".
_COUNCIL_GROUP = (
    r"(?:[A-ZÄÖÜ][\wäöüß]*-)?(?:(?:Gemeinderats|Stadtrats|Kreistags|Rats|Gemeindevertretungs)?[Ff]raktion"
    r"|(?:Gemeinderats|Stadtrats|Landtags)[Kk]lub)(?: (?:der|des|von|im) .{2,60}| [A-ZÄÖÜ].{1,60})?"
)
_LETTERHEAD_UNIT = re.compile(
    r"^(?:Staben|Direktionen|Borgmesterkontoret|Sekretariatet"
    # a secretariat or office named in one word by whom it serves: "Byrådssekretariatet", "Direktionssekretariatet"
    r"|[A-ZÆØÅ][\wæøå]+(?:sekretariatet|kontoret)"
    r"|(?:Referat|Amt|Büro|Dezernat|Fachbereich|Stabsstelle|Kontoret|Afdelingen|Center|Sekretariatet) (?:für|for) .{3,80}"
    # "Teknik- og Miljøforvaltningen", and the Faroese and older Danish style in capitals: "Teknisk Forvaltning".
    r"|[A-ZÆØÅÄÖÜ][\wæøåäöüß]*-? (?:og |und )?(?:[A-ZÆØÅÄÖÜ]?[\wæøåäöüß-]*(?:forvaltningen|forvaltning)|Forvaltning(?:en)?)"
    r"|[A-ZÆØÅ][\wæøå]+s? [Aa]fdeling|(?:[A-ZÄÖÜ][\wäöüß]*-,? (?:und |sowie )?)*[A-ZÄÖÜ][\wäöüß-]*(?:amt|referat)|(?:Fachbereich|Dezernat) (?:\w{1,6} [–-] )?[\w ]{2,60}(?: [–-] (?:Fachbereich|Amt|Referat|Abteilung) [\w ]{2,60})?"
    r"|(?:[A-Z][\w,&'’-]* (?:(?:and|of|for) )?){1,5}(?:Department|Directorate|Service)"
    # Austrian and German offices by number or name: "Abteilung Stadtplanung", "Magistratsabteilung 21",
    # a Hamburg district's "Bezirksamt Altona", a county's "Fachdienst Bauen und Umwelt".
    r"|(?:Abteilung|Magistratsabteilung|Bezirksamt|Geschäftsbereich|Stabsstelle|Fachdienst) [A-ZÄÖÜ0-9][\wäöüß -]{1,60}"
    # The head of an American or English administration's own office: "City of X" / "Office of the Mayor".
    r"|(?i:Office of the (?:Mayor|City Manager|County Executive|Chief Executive|Leader|City Clerk|Town Clerk))"
    rf"|{_COUNCIL_GROUP})$"
)
# A unit's name in a letterhead: a few capitalised words, "and"/"og"/"und"/"&" between them.
_SENDER_NAME = re.compile(
    r"^[A-ZÆØÅÄÖÜ][\w'’-]+(?: (?:and|og|und|for|für|of|&|[A-ZÆØÅÄÖÜ][\w'’-]+)){0,5}$"
)
_BUILDING = re.compile(
    r"\b(?:Offices?|House|Hall|Centre|Center|Building|Street|Road|Square|Place|Court|Chambers|Rathaus|Stadthaus"
    r"|Rådhus\w*|Borgernes Hus)$"
)
_BODY_HEAD = re.compile(
    r"^(?:The )?(?:Landeshauptstadt|Bundesstadt|Hansestadt|Stadt|Gemeinde|Kreis|Landkreis|City of|Town of|Village of|Township of"
    r"|Marktgemeinde|Stadtgemeinde|Ortsgemeinde|Einwohnergemeinde|Freie und Hansestadt|Freie Hansestadt"
    r"|Verbandsgemeinde|Samtgemeinde|Stadtverwaltung|Gemeindeverwaltung|Verbandsgemeindeverwaltung|Samtgemeindeverwaltung"
    r"|Magistrat der (?:Stadt|Landeshauptstadt|Gemeinde|Marktgemeinde))\b"
    rf"|\b(?:{DANISH_STYLE_WORDS}|Council)(?:$|\s+\S+\s+\d)"
)


_HEAD_UNIT_LINES = 20


_UNITS_OVER_FIELDS = 3


def units_over_case_fields(lines: list[str]) -> list[int]:
    """Return the indexes of the unit lines that open the block of a letter's case fields in its head, or [].

    A letter's sender prints its unit over its case number and contact ("Teknik og Miljø / Plan og Byggeri /
    Sags-id: … / Kontakt: …"): those lines name who writes, never the subject.
    """
    for index, line in enumerate(lines[:_HEAD_UNIT_LINES]):
        if not is_reference_field(line):
            continue
        above: list[int] = []
        at = index - 1
        while at >= 0 and lines[at].strip() and len(above) <= _UNITS_OVER_FIELDS:
            name = lines[at].strip()
            if not (_AREA_PAIR.match(name) or _LETTERHEAD_UNIT.match(name)) or _BODY_HEAD.search(name) or _BODY_WORD.search(name):
                break
            above.insert(0, at)
            at -= 1
        opens_block = at < 0 or not lines[at].strip()
        return above if above and opens_block and len(above) <= _UNITS_OVER_FIELDS else []
    return []


def _unit_on_first_line(lines: list[str]) -> str | None:
    """Return a unit printed alone over a paper's head: "CITY CLERK'S DEPARTMENT" over "DISPOSITION OF ITEMS"."""
    # The first two lines that stand alone between blank lines: a file's own title may come first.
    alone = [
        line.strip() for index, line in enumerate(lines[:8])
        if line.strip() and not (index and lines[index - 1].strip()) and not (index + 1 < len(lines) and lines[index + 1].strip())
    ][:2]
    for line in alone:
        if "\t" in line or len(line) > 80:
            continue
        # Letterheads are often in capitals: read them word by word in title case.
        named = " ".join(_title_word(word) for word in line.split()) if line.isupper() else line
        if _LETTERHEAD_UNIT.match(named) and not _BODY_HEAD.search(named):
            return named
    return None


# Fields a running header strings on one line between middle dots: "Vesterå Kommune · Høringsnotat · Lokalplan 1187".
_RUNNING_HEAD_FIELDS = re.compile(r"\S\s+·\s+\S.*\s+·\s+\S")


def _letterhead_unit(lines: list[str]) -> str | None:
    block = []
    blanks = 0
    for line in lines[:12]:
        if not line.strip():
            if block:
                blanks += 1
                if blanks > 1:
                    break  # the letterhead is at most two blocks: a unit over the body's address
            continue
        if not block and _RUNNING_HEAD_FIELDS.search(line):
            continue  # a running header's fields in one line ("Vesterå Kommune · Høringsnotat · …") over the letterhead
        # Letterheads printed in two columns come out as tab-separated cells: each cell is a line of its own.
        block.extend(cell.strip() for cell in line.split("\t") if cell.strip())
    # A council's name in capitals ("STADTGEMEINDE FELDKIRCHEN") heads the letterhead as in title case.
    in_capitals = [line.isupper() for line in block]
    block = [" ".join(_title_word(word) for word in line.split()) if line.isupper() else line for line in block]
    if not any(_BODY_HEAD.search(line) for line in block):
        return None
    units = [line for line in block if _LETTERHEAD_UNIT.match(line) and not _BODY_HEAD.search(line)]
    if not units and len(block) >= 2 and _BODY_HEAD.search(block[0]) and _AREA_PAIR.match(block[1]) and not _BODY_WORD.search(block[1]) and not _GENRE_LINE.match(block[1]):
        # Under the council's name, an area named by its fields: "Børn og Familie", "Plan, Klima og Miljø".
        return block[1]
    if not units and len(block) >= 2 and in_capitals[0] and in_capitals[1] and _BODY_HEAD.search(block[0]) and _SERVICE_AREAS.match(block[1]) and not _BODY_WORD.search(block[1]):
        # A report's head in capitals, the service under the council: "GLENMORAY COUNCIL / HOUSING AND COMMUNITY
        # SAFETY". A letterhead in small letters over an address names a directorate that need not be the writer's.
        return block[1]
    if not units and len(block) >= 2 and _BODY_HEAD.search(block[0]) and _COMMITTEE_REPORTING.match(block[1]):
        # Under the council's name, a committee that writes its own report: "Prüfungsausschuss", "Kontrollausschuss".
        return block[1]
    if len(units) > 1 and (signing := _signing_unit(lines, units)) is not None:
        return signing
    # "Dezernat III" over "Fachbereich Soziales": the last, most specific unit wrote the paper.
    return units[-1] if units else None


# A body of the municipality named with it at the very top: "Seniorenbeirat der Stadt Lindenau", "Jugendparlament der
# Gemeinde X", "Ældrerådet i Nordby Kommune".
_BODY_OF_MUNICIPALITY_AT_TOP = re.compile(
    r"^[A-ZÄÖÜ][\wäöüß-]*(?:beirat|parlament|ausschuss|kommission) (?:der|des) (?:Stadt|Gemeinde|Landeshauptstadt|Hansestadt"
    r"|Kreisstadt|Marktgemeinde|Stadtgemeinde|Samtgemeinde|Verbandsgemeinde|Landkreises|Kreises|Marktes) [A-ZÄÖÜ][\wäöüß-]*$"
    r"|^[A-ZÆØÅ][\wæøå-]*rådet i [A-ZÆØÅ][\wæøå-]*(?: [A-ZÆØÅ][\wæøå-]*)? Kommune$"
)


def body_of_municipality_at_top(lines: list[str]) -> str | None:
    """Return the council's advisory body or committee that heads the paper as its sender, or None."""
    first = next((line.strip() for line in lines[:4] if line.strip()), "")
    return first if _BODY_OF_MUNICIPALITY_AT_TOP.match(first) else None


# A committee of the council that writes its own report.
_COMMITTEE_REPORTING = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:ausschuss|kommission|beirat)$")
# The mayor as the office that puts a proposal to the council, under its town's name: "Gemeinde X" / "Der Bürgermeister".
_MAYOR_LINE = re.compile(r"^(?:Der|Die) (?:Ober)?[Bb]ürgermeister(?:in)?$")


def mayor_under_issuer(lines: list[str]) -> str | None:
    """Return the mayor's office named under the town's name at the top ("Der Bürgermeister"), or None."""
    head = [line.strip() for line in lines[:6] if line.strip()]
    if len(head) >= 2 and _BODY_HEAD.search(head[0]) and _MAYOR_LINE.match(head[1]):
        return head[1]
    return None


def _unit_under_issuer_at_foot(lines: list[str]) -> str | None:
    """Return the unit under the council's name in the closing block: "Skovdal Kommune / Natur og Miljø / Torvegade 3"."""
    tail = [line.strip() for line in lines if line.strip()][-_FOOT_LINES:]
    for position, line in enumerate(tail[:-2]):
        if not (_BODY_HEAD.search(line) and len(line.split()) <= 5):
            continue
        below, after = tail[position + 1], tail[position + 2]
        if any(ch.isdigit() for ch in below) or _BODY_HEAD.search(below) or as_name(below):
            continue
        if not (_POSTAL_LINE.search(after) or any(ch.isdigit() for ch in after)):
            continue  # the unit stands over the body's postal address
        if _AREA_PAIR.match(below) or (_LETTERHEAD_UNIT.match(below) and not _BUILDING.search(below)):
            return below
    return None


_POSTAL_LINE = re.compile(r"\b\d{4,5} [A-ZÆØÅÄÖÜ]|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")
# (a word may be the first half of a pair of compounds: "Presse- und Öffentlichkeitsarbeit", "Klima- og Miljø")
_AREA_PAIR = re.compile(
    r"^[A-ZÆØÅÄÖÜ][a-zæøåäöüß]+-?(?:, [A-ZÆØÅÄÖÜ][a-zæøåäöüß]+-?){0,2} (?:og|und) [A-ZÆØÅÄÖÜ][a-zæøåäöüß]+$"
)
# A service named by its fields in an English report's head, as read from capitals: "Housing and Community Safety".
_SERVICE_AREAS = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?){0,2} (?:and|&) [A-Z][a-z]+(?: [A-Z][a-z]+)?$"
)


def _sender_under_issuer(lines: list[str]) -> str | None:
    """Return the line between the issuer and its postal address: "Camden Council / Regeneration and Growth / 5 ..."."""
    block = []
    for line in lines[:8]:
        if not line.strip():
            if block:
                break
            continue
        block.append(line.strip())
    if len(block) < 3 or not _BODY_HEAD.search(block[0]) or not _SENDER_NAME.match(block[1]):
        return None
    if _BUILDING.search(block[1]) or any(ch.isdigit() for ch in block[1]) or is_genre_name(block[1]):
        return None  # "Stadt X / Beschlussvorlage / Drucksache Nr. …": the paper's genre, not its sender
    return block[1] if any(ch.isdigit() for ch in "".join(block[2:4])) else None
