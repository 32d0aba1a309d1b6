"""Lines of a paper's head the title reader passes over or joins to a genre's name.

A recipient's postal address is no title ("Mette og Lars Vinther" / "Kløvervej 17" / "6880 Aalstrup"); the procedure a
subject is under, on a line of its own, is no part of it ("Beteiligung der Behörden … gemäß § 4 Abs. 2 BauGB"); and
what a report is about completes its genre's name ("Bericht des Prüfungsausschusses" / "über die Gebarungsprüfung …"); and
the label an agenda system prints over an appendix names the item it belongs to, not the appendix ("Bilag 2 til punkt 9,
Byrådet 24. juni 2026", "Anlage 3 zu TOP 5", "Appendix A to Item 7.2"); nor does an extract's head: the body that
met with its council ("Økonomiudvalget, Skovby Kommune") and the item's number with its part of the sitting ("Punkt 7,
åbent punkt", "TOP 4 – öffentlich").
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A postal address's last line: "6880 Aalstrup", "D-56401 Neuenfeld", "3052 St. Leonhard am Walde".
_POSTCODE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÆØÅÄÖÜ][\w.'’-]*(?:\s+[\wæøåäöüÆØÅÄÖÜ.'’-]+){0,3}$")
_POSTAL_BLOCK_LINES = 6
_APPENDIX_LABEL = re.compile(
    r"^(?:Bilag|Anlage|Beilage|Appendix|Attachment|Annex|Enclosure)\s+[\w.]{1,4}\s+(?:til|zu|zur|zum|to)\s+"
    r"(?:(?:the\s+)?(?:dagsordens)?punkt|pkt\.?|sag|TOP|Tagesordnungspunkt|Vorlage|Drucksache|(?:agenda\s+)?item|report)\b",
    re.IGNORECASE,
)
# What a report under its genre's name is about, on the next line: "über die …", "om …", "on the …".
# (a sitting is what a record is about, and the record's head is no title: "Auszug aus der Niederschrift" / "über die Sitzung …")
_WHAT_ABOUT = re.compile(
    r"^(?:über|om|vedrørende|on|about|into)\s+(?!.*\b(?:Sitzung|møde[t]?|meeting)\b)\S"
    # an enactment's body and day and what it lays down: "Verordnung" / "des Gemeinderates … vom …, mit der …"
    r"|^(?:des|der)\s+[A-ZÄÖÜ][\w-]*\b.*?\b(?:mit der|mit dem|mit welcher)\b"
)
# The enacting formula between an enactment's name and its articles: "Auf Grund des § 25 … wird verordnet:", "Gemäß
# § 4 GemO hat der Gemeinderat … folgende Satzung beschlossen:", "I medfør af § 3 … fastsættes:", "NOW THEREFORE …
# enacts as follows:". It is no title.
_ENACTING_FORMULA = re.compile(
    r"^(?:Auf ?Grund|Aufgrund|Gemäß|Gemäss|Gestützt auf|In Ausführung|I medfør af|I henhold til|Now,? therefore|Be it)\b"
    r".*(?:\b(?:erlässt|erläßt|beschlossen|beschließt|beschliesst|verordnet|folgende|fastsættes|bestemmes|enacts?|ordains?"
    r"|resolved)\b|:)\s*$",
    re.IGNORECASE,
)

# The decisions a body took at a sitting, published under its day: "Beschlüsse des Einwohnerrates vom 19. November
# 2026", "Decisions of the Council of 4 May 2026", "Beslutninger fra Byrådets møde den 3. juni 2026". The day is the
# subject's own, not a date line.
_DECISIONS_OF_SITTING = re.compile(
    r"^(?:Beschlüsse|Entscheide|Decisions|Resolutions|Beslutninger)\s+(?:des|der|of(?: the)?|fra|i)\s+\S.*"
    r"\b(?:vom|of|from|den|møde den)\s+\d",
    re.IGNORECASE,
)


def decisions_of_sitting(line: str) -> bool:
    """Tell whether *line* heads the decisions a body took at a sitting: "Beschlüsse des Einwohnerrates vom …"."""
    return bool(_DECISIONS_OF_SITTING.match(line))


def postal_block(lines: list[str], index: int) -> bool:
    """Tell whether the block opening at *index* is a postal address: a few lines, the last a postcode and town."""
    if index and lines[index - 1]:
        return False
    end = index
    while end < len(lines) and lines[end]:
        end += 1
    return 2 <= end - index <= _POSTAL_BLOCK_LINES and bool(_POSTCODE_TOWN.match(lines[end - 1]))


def procedure_line(line: str) -> bool:
    """Tell whether a line under a subject names the procedure it is under: "Beteiligung der Behörden gemäß § 4 BauGB"."""
    return line[:1].isupper() and "§" in line


def what_about(line: str) -> bool:
    """Tell whether *line* says what a report named by its genre is about: "über die Gebarungsprüfung vom …"."""
    return bool(_WHAT_ABOUT.match(line))


# The room a meeting sits in, under the meeting's line in an item's head: "Mødelokale 2.14, Rådhuset", "Sitzungssaal 1".
_VENUE_LINE = re.compile(
    r"^(?:Mødelokale|Mødesal|Mødested|Lokale|Sitzungssaal|Sitzungszimmer|Ratssaal|Raum|Committee Room|Council Chamber"
    r"|Meeting Room)\b.{0,60}(?<!\.)$",
    re.IGNORECASE,
)


def venue_line(line: str) -> bool:
    """Tell whether *line* names the room a meeting sits in: "Mødelokale 2.14, Rådhuset"."""
    return bool(_VENUE_LINE.match(line))


def enacting_formula(line: str) -> bool:
    """Tell whether *line* is an enactment's formula before its articles: "Auf Grund des § 25 … wird verordnet:"."""
    return bool(_ENACTING_FORMULA.match(line))


def appendix_label(line: str) -> bool:
    """Tell whether *line* is the label over an appendix that names its agenda item: "Bilag 2 til punkt 9, Byrådet …"."""
    return bool(_APPENDIX_LABEL.match(line))


_ITEM_AND_PART = re.compile(
    r"^(?:Agenda Item|Item|Tagesordnungspunkt|TOP|Dagsordenspunkt|Punkt|Pkt\.)\s*:?\s*\d{1,3}(?:\.\d{1,2})*\.?"
    r"\s*[,–-]\s*(?:åbent?|lukket|(?:nicht ?)?öffentlich|public|open|closed|exempt)(?:\s+punkt)?$",
    re.IGNORECASE,
)


def item_and_part(line: str) -> bool:
    """Tell whether *line* is an item's number with its part of the sitting: "Punkt 7, åbent punkt"."""
    return bool(_ITEM_AND_PART.match(line))


def body_and_council(line: str, body_word: re.Pattern, is_issuer: Callable[[str], bool]) -> bool:
    """Tell whether *line* names a body and, after a comma, the council it belongs to: "Økonomiudvalget, Skovby Kommune"."""
    body, comma, council = line.partition(", ")
    return bool(comma and body_word.search(body) and is_issuer(council))


#: Words of a line of running text; a form's fields and a paper's subject label stand above the first of them.
RUNNING_TEXT_WORDS = 12


def is_running_text(text: str) -> bool:
    """Whether ``text`` is a sentence of running text, not a label, a value or a heading."""
    return len(text.split()) >= RUNNING_TEXT_WORDS and text.rstrip().endswith((".", "!", "?"))
