"""The title from the layout: the most prominent heading of the first page, passing over what is no title."""

from __future__ import annotations

import re

from townhall.reading.analysis.kind import _genre
from townhall.reading.analysis.title import _tidy
from townhall.reading.analysis.title_checks import (
    _ADDRESS_OR_CONTACT,
    _AGENDA_NUMBER,
    _BODY_LINE,
    _COUNCIL_BODY,
    _FORM_LINE,
    _LETTERHEAD_REACH,
    _form_in_first_column,
    _is_heading,
    _issuer_line,
)
from townhall.reading.analysis.kind import is_genre_name
from townhall.reading.analysis.title_lines import procedure_line, what_about

_LAYOUT_HEAD = 30
# The sections papers are built from, in da/de/en: a heading naming one is not the paper's title.
_SECTION_WORDS = (
    "unrestricted items|exempt items|restricted items|part [12i]+|öffentliche tagesordnung|nichtöffentliche tagesordnung"
    "|tagesordnung|dagsorden|agenda|åben dagsorden|lukket dagsorden|summary|resume|resumé|zusammenfassung|indhold|inhalt"
    "|contents|sachverhalt|begründung|beschluss|beschlussvorschlag|ergebnis|finanzielle auswirkungen|auswirkungen"
    "|beslutning|indstilling|recommendations?|background|baggrund|videre proces|proces|tilmelding|tidsplan|økonomi"
    "|økonomiske konsekvenser|kommunikation|lovgrundlag|problemstilling|løsning|sagsfremstilling|sagsbeskrivelse"
    "|next steps|purpose|introduction|financial implications|legal implications|conclusions?|options|risks?"
)
_SECTION_HEADINGS = re.compile(rf"^(?:den |die |the )?(?:{_SECTION_WORDS})(?:\s+(?:og|und|and|&)\s+(?:{_SECTION_WORDS}))*\s*:?$", re.IGNORECASE)
# How much a heading stands out is needed before it beats the text patterns.
_MIN_PROMINENCE = 2.0


def title_from_layout(document, *, excluded=frozenset()) -> tuple[str, object] | None:
    """Return the most prominent heading of the first page as the title, with its line.

    Prominence comes from the layout: a heading style or level (h1, Word "Title"), bold type,
    and a font larger than the page's body text. Lines that are no title (a letterhead's body
    name, a form label, a genre word alone, a date, an address, a section heading such as
    "Resume") are passed over, as in :func:`find_title`, and so are the *excluded* lines (a
    letter's sender and recipient blocks, given as (page, line) pairs).
    """
    head = [address for address in document.addresses if address.page == 1][:_LAYOUT_HEAD]
    if not head:
        return None
    body = _body_size(document.addresses[:400])
    best, best_score = None, _MIN_PROMINENCE
    seen_items = set()
    for order, address in enumerate(head):
        item = address.item
        if id(item) in seen_items or getattr(item, "rows", None) is not None or (address.page, address.line) in excluded:
            continue
        seen_items.add(id(item))
        lines = [line.text.strip() for line in item.lines if line.text.strip() and not set(line.text.strip()) <= set("=-_~*")]
        if not lines or len(lines) > 3:
            continue
        lines = [line for at, line in enumerate(lines) if not (at and procedure_line(line))]
        if _form_in_first_column(lines[0]):
            continue
        text = " ".join(lines)
        if is_genre_name(text) and (about := _what_about_below(document, address)) is not None:
            # "VERORDNUNG" over "des Gemeinderates … vom …, mit der …": the genre's name and what it is
            text = f"{text} {about}"
        prominent = address.source.bold or (address.source.size and body and address.source.size > body * 1.1)
        single = (
            len(text.split()) == 1 and len(text) >= 5 and text[0].isupper() and not text.endswith(".")
            and not _FORM_LINE.match(text) and not _genre(text) and not _BODY_LINE.search(text)
            and not _COUNCIL_BODY.search(text)
        )
        if not (_is_heading(text) or (single and prominent)):
            continue
        if _SECTION_HEADINGS.match(_AGENDA_NUMBER.sub("", text).strip(" :")):
            continue
        if _ADDRESS_OR_CONTACT.search(text):
            continue  # a letterhead's address, telephone or web address
        if order < _LETTERHEAD_REACH and _issuer_line(text):
            continue  # the issuing body or office at the top
        score = _prominence(item, address.source, body) - 0.05 * order + (0.5 if order == 0 else 0.0)
        if score > best_score:
            best, best_score = (text, address), score
    if best is None:
        return None
    return _tidy(best[0]), best[1]


def _what_about_below(document, address) -> str | None:
    """Return the paragraph under a genre's heading when it says what the paper is ("des Gemeinderates … vom …")."""
    position = document.addresses.index(address)
    below = next((other for other in document.addresses[position + 1 : position + 3] if other.item is not address.item), None)
    if below is None or not what_about(below.text.strip()):
        return None
    return " ".join(" ".join(line.text for line in below.item.lines).split())


def _prominence(item, line, body: float | None) -> float:
    score = 0.0
    if getattr(item, "role", "") == "heading":
        score += 2.0
        level = getattr(item, "level", None)
        if level is not None and level <= 1:
            score += 1.5
    if line.bold:
        score += 1.0
    if line.underlined:
        score += 0.5
    if line.size and body:
        score += max(0.0, min(8.0 * (line.size / body - 1.0), 6.0))
    return score


def _body_size(head) -> float | None:
    sizes: dict[float, int] = {}
    for address in head:
        size = address.source.size
        if size:
            sizes[size] = sizes.get(size, 0) + len(address.text)
    return max(sizes, key=sizes.get) if sizes else None


# --- The title a web page declares in its <title>, as a fallback --------------------------------
