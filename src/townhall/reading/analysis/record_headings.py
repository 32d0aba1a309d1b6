"""The headings that title a council's record or one item of it, and the lines they are read from.

A paper's number after its genre in the first heading ("BA-Antrag 20-26 / B 01694"), a record's one numbered item
("12. Salg af …"), a record's genre heading that goes on with its meeting, the line under an item's number, and the
block that names the record an extract is cut from ("Auszug aus dem Protokoll …").
"""

from __future__ import annotations

import re

from townhall.reading.analysis.agenda_items import agenda_item_number, agenda_item_title, whole_item_heading
from townhall.reading.layout import LIST_ITEM, Document

RECORD_NUMBER = re.compile(r"\b(?:Nr\.?|No\.?|Nummer)\s*(\d{1,5}(?:/\d{2,4})?)\b", re.IGNORECASE)


_GENRE_NUMBER = re.compile(
    # (an enactment's number too: "BY-LAW NO. 2026-058", "Ordinance No. 26-07")
    r"^(?:(?i:by-?law|ordinance|resolution)\s+(?i:no\.?|number)\s*(?P<enacted>\d{1,4}[-/]\d{1,4})$|(?:[A-ZÄÖÜ][\wäöü]*-)?(?:Antrag|Anfrage|Vorlage|Sitzungsvorlage|Beschlussvorlage|Mitteilungsvorlage|Informationsvorlage"
    r"|Drucksache|Beschlussdrucksache|Informationsdrucksache|Fraktionsvorlage)\s+(?:Nr\.?\s*)?"
    r"(?P<number>\d{1,4}[-/]\d{1,4}\s*/\s*[A-Z]{1,3}\s*\d{2,6}|[A-Z]{0,4}[-/ ]?\d{1,6}[/-]\d{2,4}(?:[/-][\w-]+)?))"
)


def numbered_genre_heading(document):
    """Return the paper number that follows the genre in the first heading ("BA-Antrag 20-26 / B 01694")."""
    for address in document.addresses[:6]:
        match = _GENRE_NUMBER.match(" ".join(address.text.split()))
        if match:
            return " ".join((match.group("number") or match.group("enacted")).split()), address
    return None


_ITEM_HEAD_ADDRESSES = 16


def one_item_heading(document: Document, number: str | None) -> tuple[str, object] | None:
    """Return the title and line of the numbered heading of a record's one item ("12. Salg af …"), or None.

    A record whose text numbers any other item (its table of contents, a second item) is titled as a record.
    """
    if number is None:
        return None
    found = None
    for position, address in enumerate(document.addresses):
        numbered = agenda_item_number(address.text)
        if numbered is not None and numbered != number:
            if found is not None and getattr(address.item, "role", "") == LIST_ITEM:
                continue  # a numbered list in the item's own text ("Borgmesteren indstiller, at" / "1. …"), no item
            return None
        if found is None and numbered == number and position < _ITEM_HEAD_ADDRESSES:
            title = agenda_item_title(whole_item_heading(address))
            found = (title, address) if title else None
    return found


def genre_heading_with_tail(from_layout) -> str | None:
    """Return the heading that named the kind when it says more than the genre word alone."""
    if from_layout is None:
        return None
    heading = " ".join(from_layout[1].text.split("\t")[0].split())
    # "Minutes of a meeting of the Planning Committee held on Tuesday, 5 March 2024 at 7.00 pm in …":
    # where and when it was held is the meeting's, not the title's.
    heading = re.split(r"\s+held\s+(?:on|at|in)\b", heading, maxsplit=1)[0].rstrip(" ,")
    words = heading.split()
    if len(words) < 3 or len(heading) > 200:
        return None
    return heading


def line_under(document, address):
    """Return the first line with text after *address* in the document's reading order, or None."""
    addresses = document.addresses
    at = next((index for index, other in enumerate(addresses) if other is address), None)
    if at is None:
        return None
    return next((other for other in addresses[at + 1 :] if other.text.strip()), None)


# An extract of minutes ("Auszug aus der Niederschrift") is titled by its item, not by the meeting.
EXTRACT = re.compile(r"\b(?:Auszug|Niederschriftsauszug|Protokollauszug|Beschlussauszug|Uddrag|Udskrift|Extract)\b", re.IGNORECASE)


def extract_heading(document: Document) -> frozenset[tuple[int, int]]:
    """Return the lines of the block that names the record an extract is cut from ("Auszug aus dem Protokoll …")."""
    for address in document.addresses[:12]:
        if EXTRACT.search(address.text):
            return frozenset((other.page, other.line) for other in document.addresses[:20] if other.item is address.item)
    return frozenset()
