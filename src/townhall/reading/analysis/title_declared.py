"""The title a web page declares in its <title>, the site's own name cut off: a fallback when the paper names none."""

from __future__ import annotations

import re

from townhall.reading.analysis.kind import _genre
from townhall.reading.analysis.title import _tidy
from townhall.reading.analysis.title_checks import _BODY_LINE, _DATE_ONLY, _FORM_LINE

# How a page's <title> joins the subject to the site's name: "Subject - Site", "Subject | Stadt X".
_DECLARED_PARTS = re.compile(r"\s+[-|–—]\s+")
# A part that names the site, a portal, a council system or a municipality rather than the subject.
_SITE_PART = re.compile(
    r"\b(?:rats?informations?system|bürgerinformations?system|ratsinfo|ris|sessionnet|allris|moderngov|mgov|escribe"
    r"|legistar|civicweb|politikerweb|mødeportal|dagsordener|portal|website|webseite|hjemmeside|homepage|home"
    r"|rådhusets?\b.*|online)\b"
    r"|^(?:(?:Landeshauptstadt|Hansestadt|Stadt|Gemeinde|Markt|Kreis|Landkreis|Amt)\s+\S.*"
    r"|(?:City|Town|Borough|County|District|Municipality) of\s+\S.*"
    r"|\S.*\s(?:Kommune|Regionskommune|Council|City Council|County Council|Borough Council|District Council))$"
    r"|\.(?:dk|de|at|ch|gov|org|com|net|uk)\b",
    re.IGNORECASE,
)
# A part that is only a genre or a listing's name ("Dagsorden", "StR-Anträge", "Sitzungsvorlage 20-26 / V 04180").
_LISTING_PART = re.compile(
    r"^(?:[\wÄÖÜäöü]{1,6}-)?[\wäöüæøå]*(?:anträge|antrag|anfragen|anfrage|vorlagen|vorlage|sitzungen|sitzung|drucksachen"
    r"|drucksache|tagesordnung|niederschrift|protokoll|dokumente|dokument|beschlüsse|gremien|dagsordener|dagsorden"
    r"|referater|referat|møder|møde|udvalg|sager|agendas|agenda|minutes|meetings|meeting|decisions|decision|reports"
    r"|report|documents|document|committees|issues|issue|items(?: at meetings)?|agenda item|item|details)"
    r"(?:\s*/\s*\S+)*(?:\s+[\w/ .-]*\d[\w/ .-]*)?$",
    re.IGNORECASE,
)

# A file's name or the program that wrote it: "Microsoft Word - notat.docx".
_FILE_NAME = re.compile(r"\.(?:docx?|pdf|odt|rtf|html?|txt)\b|^Microsoft\b|^Untitled\b|^Dokument\d", re.IGNORECASE)


def title_from_declared(declared: str | None) -> str | None:
    """Return a web page's subject from the title it declares, the site's own name cut off.

    "Udvidelse af skolen - Rådhusets dagsordener" gives "Udvidelse af skolen". A title that is
    only a site's name, a genre or a listing ("Dagsorden - Politikerweb", "Ratsinformationssystem |
    Stadt X", "Sitzungsvorlage 20-26 / V 04180") gives none: it names no subject.
    """
    if not declared:
        return None
    parts = _DECLARED_PARTS.split(" ".join(declared.split()))
    separators = _DECLARED_PARTS.findall(" ".join(declared.split()))
    while len(parts) > 1 and _SITE_PART.search(parts[-1]):
        parts.pop()
        separators.pop()
    while len(parts) > 1 and (_SITE_PART.search(parts[0]) or _LISTING_PART.match(parts[0]) or _genre(parts[0])):
        # "Agenda item - Subject", "Site - Listing - Subject": the breadcrumb before the subject.
        parts.pop(0)
        separators.pop(0)
    if _FILE_NAME.search(declared):
        return None
    if any(_SITE_PART.search(part) or _LISTING_PART.match(part.strip()) or _genre(part) for part in parts):
        return None
    title = parts[0] + "".join(separator + part for separator, part in zip(separators, parts[1:]))
    title = _tidy(title)
    if len(title) < 8 or _DATE_ONLY.match(title) or _FORM_LINE.match(title) or _BODY_LINE.search(title):
        return None
    return title
