"""One agenda item printed alone: its numbered heading, its title and number, and the layout that tells it apart."""

from __future__ import annotations

import re

from townhall.reading.analysis.bodies import body_meeting_line
from townhall.reading.analysis.route.meetings import meeting_line

# "3. Title" (FirstAgenda, Prepare, Acadre, eDoc), "TOP 4 Title", "Punkt 7: Title", "Item 5. Title".
# "12.3 Title": a report numbered within its meeting's agenda section.
# "Punkt nr. 7 - Title" (KMD): the item word may carry "nr." and a dash before the title.
_NUMBERED_HEADING = re.compile(
    r"^(?:(?:TOP|Punkt|Pkt\.|Item|Agenda item)\s*(?:(?:nr|no)\.?\s*)?\d{1,3}[.:]?(?:\s+[-–])?|\d{1,3}\.(?:\d{1,2}\.?)?)\s+\S",
    re.IGNORECASE,
)
# The sections of one agenda item: what is proposed, and the case or what was decided.
_ITEM_PROPOSAL_SECTIONS = frozenset({
    "indstilling", "forslag til beslutning", "beschlussvorschlag", "beschlussempfehlung", "recommendation", "recommendations",
    # English agenda reports: the officers' or staff's recommendation, a US item's recommended action.
    "officer recommendation", "officer's recommendation", "officers' recommendation", "officers recommendation",
    "staff recommendation", "recommended action", "recommended resolution", "forvaltningens indstilling",
    "administrationens indstilling",
})
_ITEM_CASE_SECTIONS = frozenset({
    "beslutning", "sagsfremstilling", "sagsbeskrivelse", "resume", "resumé", "fremstilling", "baggrund",
    "sachverhalt", "begründung", "beschluss", "decision", "background", "summary", "report",
})
_LEADING_NUMBER = re.compile(
    r"^(?:(?:TOP|Punkt|Pkt\.|Item|Agenda item)\s*(?:(?:nr|no)\.?\s*)?)?\d{1,3}(?:[.:]|\.\d{1,2}\.?)?(?:\s+[-–])?\s+",
    re.IGNORECASE,
)

def agenda_item_title(line: str) -> str | None:
    """Return the title of a numbered item heading ("7. Salg af grund" -> "Salg af grund"), or None."""
    text = " ".join(line.replace("\t", " ").split())
    if not _NUMBERED_HEADING.match(text):
        return None
    return _LEADING_NUMBER.sub("", text).strip(" :.-–") or None


def whole_item_heading(address) -> str:
    """Return the text of the heading *address* opens, with the lines a printed page wrapped it onto."""
    lines = getattr(address.item, "lines", None)
    if (
        getattr(address.item, "role", "") == "heading" and lines and lines[0] is address.source and len(lines) <= 3
        and not any(":" in line.text or agenda_item_number(line.text) for line in lines[1:])
    ):
        return " ".join(line.text for line in lines)
    return address.text


_ITEM_NUMBER = re.compile(
    r"^(?:(?:TOP|Punkt|Pkt\.|Item|Agenda item)\s*(?:(?:nr|no)\.?\s*)?)?(\d{1,3}(?:\.\d{1,2})?)[.:]?\s", re.IGNORECASE
)


def agenda_item_number(line: str) -> str | None:
    """Return the number of a numbered item heading ("12.3 Draft strategy" -> "12.3"), or None."""
    text = " ".join(line.replace("\t", " ").split())
    if not _NUMBERED_HEADING.match(text):
        return None
    number = _ITEM_NUMBER.match(text)
    return number.group(1) if number else None


_ITEM_HEAD_LINES = 6
# The meeting's own fields over an item printed from its agenda: "Mødedato: 3. juni 2025 kl. 15:00", "Sitzungsort: Rathaus".
_MEETING_FIELD_LINE = re.compile(
    r"^(?:Mødedato|Mødetidspunkt|Mødested|Møde|Sted|Tid|Sitzungsdatum|Sitzungstermin|Sitzungsort|Ort|Beginn"
    r"|Date of meeting|Meeting date|Venue|Time):[^\t]{1,80}$",
    re.IGNORECASE,
)
_AGENDA_HEAD_LINE = re.compile(r"^(?:Dagsorden|Tagesordnung|Agenda)\b", re.IGNORECASE)
_ITEM_HEAD_LINE = re.compile(
    r"^(?:[A-ZÆØÅÄÖÜ][\wæøåäöüß-]* (?:Kommune|Regionskommune)|(?:Stadt|Gemeinde|Landkreis|Markt) [A-ZÄÖÜ][\wäöüß-]*"
    r"|[A-ZÆØÅÄÖÜ][\wæøåäöüß-]*(?:-? og [\wæøå-]+)?(?:udvalget|udvalg|ausschuss|kommissionen|bestyrelsen|rådet)|Byrådet"
    r"|Kommunalbestyrelsen|Regionsrådet"
    # the meeting by a compound of its body's word or in words, its day: "Bestyrelsesmøde onsdag den 10. juni 2026",
    # "Møde i KKR Sydjylland", "Torsdag den 4. juni 2026 kl. 15.00, Brandstationen"
    r"|[\wæøå-]*møde\b[^\t]{0,60}|Møde i [^\t]{2,60}|(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b[^\t]{0,70}"
    r"|(?:Dagsorden|Referat|Beslutningsprotokol|Tagesordnung|Niederschrift|Agenda|Minutes)\b[^\t]{0,60}"
    r"|Åbent punkt|Åben sag|Lukket punkt|Öffentlich|Nichtöffentlich|Nicht öffentlich|Public|Open item"
    # The meeting an item is printed from, its kind and date: "Ordinært møde den 7. oktober 2025", "ORDINARY
    # COUNCIL MEETING", "28 October 2025"; an English council in its style ("Shire of X", "X District Council").
    r"|(?:Ordinært|Ekstraordinært) møde\b[^\t]{0,40}|(?:Ordentliche|Außerordentliche) Sitzung\b[^\t]{0,40}"
    r"|(?:Ordinary|Extraordinary|Special) (?:Council )?Meeting\b[^\t]{0,40}|\d{1,2}\.? [^\W\d_]+\.? \d{4}"
    r"|(?:City|Town|Shire|Municipality|County|District|Borough) of [A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
    r"|[A-Z][\w-]*(?: [A-Z][\w-]*){0,2} (?:City|Shire|County|District|Borough|Regional) Council)$",
    re.IGNORECASE,
)


# An issuer's name heading the meeting's head: a few words, no number, no label.
_ISSUER_LINE = re.compile(r"^[A-ZÆØÅÄÖÜ][^\d\t:]{1,50}$")
# An item's number on a line of its own, with its part of the sitting, the title on the next line: "Dagsordenspunkt 5 –
# Åbent punkt", "TOP 4", "Punkt 7 (lukket)".
_ITEM_LABEL_LINE = re.compile(
    r"^(?:Dagsordenspunkt|Punkt|Pkt\.|TOP|Tagesordnungspunkt|Item|Agenda item)\s*(?:(?:nr|no)\.?\s*)?\d{1,3}[.:]?"
    r"(?:\s*[-–:]?\s*\(?(?:åbent punkt|åben sag|lukket punkt|lukket sag|åben|lukket|öffentlich|nichtöffentlich"
    r"|nicht öffentlich|open|public|closed|exempt)\)?)?$",
    re.IGNORECASE,
)


def _item_label_line(text: str) -> bool:
    """Tell whether a line is an item's number alone, with its part of the sitting at most ("Dagsordenspunkt 5 – Åbent punkt")."""
    return bool(_ITEM_LABEL_LINE.match(" ".join(text.split())))


def item_label_number(text: str) -> str | None:
    """Return the number of an item's label line ("Dagsordenspunkt 5 – Åbent punkt" -> "5"), or None."""
    if not _item_label_line(text):
        return None
    return re.search(r"\d{1,3}", text).group()


def _item_head_line(text: str) -> bool:
    """Tell whether a line is of an item's head, its columns set apart by spaces ("X Kommune      Økonomiudvalget")."""
    columns = [" ".join(column.split()) for column in re.split(r" {3,}|\t", text.strip())]
    return all(_ITEM_HEAD_LINE.match(column) for column in columns if column)


def _agenda_item_layout(document, head) -> object | None:
    """Recognise one numbered item of an agenda printed alone: "11. Title" over its proposal and case sections.

    Council systems print the item's number and title first, or under the line of the meeting it
    belongs to ("Økonomiudvalget – Referat – 12.03.2025"); then "Indstilling" and "Beslutning",
    "Beschlussvorschlag" and "Sachverhalt", or "Recommendation" and "Decision".
    """
    lines = [address for address in head if address.text.strip()]
    if lines and (meeting_line(lines[0].text) or body_meeting_line(lines[0].text)):
        # The line of the meeting the item is on, with its genre or only its body and date.
        lines = lines[1:]
    else:
        # Or a head of short lines over the item: the council, the body, "Dagsorden til mødet den …",
        # "Åbent punkt".
        skipped = 0
        # The meeting's fields may stand in the head of an item printed from an agenda; the head of an extract
        # of a decision record with its meeting's date over one item is the record's.
        fields_allowed = any(_AGENDA_HEAD_LINE.match(address.text.strip()) for address in lines[:_ITEM_HEAD_LINES])
        while skipped < _ITEM_HEAD_LINES and len(lines) > skipped + 1 and (
            _item_head_line(lines[skipped].text)
            or fields_allowed and _MEETING_FIELD_LINE.match(" ".join(lines[skipped].text.split()))
            # the issuer's name over the meeting's head: "Vestkyst Affald I/S", "Sydkystens Brand & Redning"
            or not skipped and _ISSUER_LINE.match(" ".join(lines[0].text.split())) and _item_head_line(lines[1].text)
        ):
            skipped += 1
        if skipped and (_NUMBERED_HEADING.match(lines[skipped].text.strip()) or _item_label_line(lines[skipped].text)):
            lines = lines[skipped:]
    first = lines[0] if lines else None
    if first is None or not (_NUMBERED_HEADING.match(first.text.strip()) or _item_label_line(first.text)):
        return None
    # A section's name is its line's whole text, set as a heading or not: plain text and web pages
    # print "Resumé" over its paragraph with no blank line between.
    sections = {
        " ".join(address.text.split()).casefold().rstrip(":")
        for address in document.addresses
        if len(address.text) < 40
    }
    if sections & _ITEM_PROPOSAL_SECTIONS and sections & _ITEM_CASE_SECTIONS:
        return first
    return None
