"""The kind of paper a text is, as the card takes it: the genre its heading names, else its form's genre field, else
the text's cues; an office's Antrag is its proposal, a proposal a group puts forward its motion, a hearing's answer a
letter.
"""

from __future__ import annotations

from townhall.reading.analysis import form_values
from townhall.reading.analysis.evidence import FORM_FIELD, STRUCTURE, EvidenceLog
from townhall.reading.analysis.kind import classify_kind, kind_from_layout
from townhall.reading.analysis.proposers import proposed_by_administration, put_forward_by_members
from townhall.reading.analysis.replies import answers_a_letter
from townhall.reading.layout import Document


def paper_kind(document: Document, text: str, fields, log: EvidenceLog) -> tuple[str, tuple[str, object] | None]:
    """Return the paper's kind, logged with its evidence, and the heading that named its genre (or None)."""
    from_layout = kind_from_layout(document, text)
    if from_layout is not None:
        kind, address = from_layout
        log.at("kind", address, STRUCTURE, "genre named by the heading")
    elif (named := form_values.genre(fields)) is not None:
        kind, field = named
        log.at("kind", field.address, FORM_FIELD, f"form field {field.label!r}")
    else:
        kind = classify_kind(text)
    if kind == "motion" and from_layout is not None and proposed_by_administration(text, from_layout[1].text):
        kind = "proposal"
        log.at("kind", from_layout[1], STRUCTURE, "an office's Antrag to a body")
    if kind == "proposal" and (group := put_forward_by_members(fields)) is not None:
        kind = "motion"
        log.at("kind", group.address, STRUCTURE, f"put forward by a group ({group.label!r})")
    if kind == "hearing" and answers_a_letter(text):
        kind = "letter"  # a body heard answers the hearing in a letter of its own
    return kind, from_layout
