"""The paper's reference numbers as the card takes them: its form's fields first, then the text's labels; a number under
a decision's heading, after the genre in the heading or in a record's heading; an item's number from its own heading.
"""

from __future__ import annotations

from collections.abc import Callable

from townhall.reading.analysis import form_values
from townhall.reading.analysis.agenda_items import agenda_item_number
from townhall.reading.analysis.evidence import FORM_FIELD, STRUCTURE, EvidenceLog
from townhall.reading.analysis.record_headings import RECORD_NUMBER, numbered_genre_heading
from townhall.reading.card import References
from townhall.reading.layout import Document


def paper_references(
    document: Document, fields, kind: str, from_layout, decided, references: References, labelled: Callable, log: EvidenceLog
) -> dict[str, str | None]:
    """Return the case, document, paper and agenda item numbers of the paper, each logged with its evidence."""
    parts: dict[str, str | None] = {}
    for key in ("case", "document", "paper"):
        parts[key] = labelled(f"references.{key}", form_values.reference(fields, key), lambda key=key: getattr(references, key))
    if parts["paper"] is None and decided is not None:
        parts["paper"] = decided[0]
        log.at("references.paper", decided[2], STRUCTURE, "number under the decision's heading")
    if parts["paper"] is None:
        numbered = numbered_genre_heading(document)
        if numbered is not None:
            parts["paper"], address = numbered
            log.at("references.paper", address, STRUCTURE, "number after the genre in the heading")
    if parts["paper"] is None and from_layout is not None and kind in ("minutes", "agenda"):
        number = RECORD_NUMBER.search(from_layout[1].text)
        if number:
            parts["paper"] = number.group(1)
            log.at("references.paper", from_layout[1], STRUCTURE, "number in the heading naming the record")
    parts["agenda_item"] = references.agenda_item
    if parts["agenda_item"] is None and (item := form_values.agenda_item(fields)) is not None:
        parts["agenda_item"], field = item
        log.at("references.agenda_item", field.address, FORM_FIELD, f"form field {field.label!r}")
    if parts["agenda_item"] is None and kind == "agenda_item" and from_layout is not None:
        # One item printed alone is numbered by its own heading ("12.3 Draft strategy"), or by the one under the
        # agenda's section heading that named its genre ("QUESTIONS ON NOTICE" over "14.1 Question on Notice - …").
        heading = from_layout[1]
        if agenda_item_number(heading.text) is None:
            following = document.addresses[document.addresses.index(heading) + 1 :][:2]
            heading = next((line for line in following if agenda_item_number(line.text) is not None), heading)
        parts["agenda_item"] = agenda_item_number(heading.text)
        if parts["agenda_item"] is not None:
            log.at("references.agenda_item", heading, STRUCTURE, "the item's numbered heading")
    return parts
