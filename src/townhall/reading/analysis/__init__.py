"""Turn the layout of a council paper into a card.

Each module holds the extraction of one group of fields as pure functions (layout or text in,
facts out); :func:`analyse` cleans the text once, detects its language and fills every field.
"""

from __future__ import annotations

from townhall.reading.analysis.actions import find_action_items
from townhall.reading.analysis.attachments import find_attachments
from townhall.reading.analysis.cleanup import clean_text
from townhall.reading.analysis.consultations import extract_consultations
from townhall.reading.analysis.contacts import find_emails, find_phones, find_urls
from townhall.reading.analysis.dates import document_date
from townhall.reading.analysis.deadlines import extract_deadlines
from townhall.reading.analysis.events import extract_events
from townhall.reading.analysis.kind import classify_kind
from townhall.reading.analysis.language import detect_language
from townhall.reading.analysis.municipality import find_municipality
from townhall.reading.analysis.organizations import find_organizations
from townhall.reading.analysis.people import find_case_handler, find_people, find_signatories
from townhall.reading.analysis.public import find_public
from townhall.reading.analysis.references import extract_references
from townhall.reading.analysis.title import find_title
from townhall.reading.analysis.units import find_addressees, find_author_unit
from townhall.reading.card import UNDETERMINED, Card
from townhall.reading.layout import Document
from townhall.reading.text_layout import text_document

__all__ = ["analyse", "clean_text", "detect_language"]


def analyse(document: Document | str, *, language: str | None = None) -> Card:
    """Return the card of one council paper from its layout (or its plain text).

    *language* ("da", "de", "en") skips detection when the caller already knows it.
    """
    if isinstance(document, str):
        document = text_document(document)
    text = clean_text(_with_letterhead(document))
    language = language or detect_language(text)
    hint = None if language == UNDETERMINED else language
    author_unit = find_author_unit(text)
    kind = classify_kind(text)
    addressees = find_addressees(text, kind)
    case_handler = find_case_handler(text)
    signatories = find_signatories(text)
    municipality = find_municipality(text)
    consultations = tuple(extract_consultations(text, hint))
    known_people = [*([case_handler] if case_handler else []), *signatories]
    known_bodies = [
        *([author_unit] if author_unit else []),
        *addressees,
        *(step.organization for step in consultations),
    ]
    return Card(
        language=language,
        kind=kind,
        title=find_title(text),
        municipality=municipality,
        date=document_date(text, hint),
        public=find_public(text),
        references=extract_references(text),
        author_unit=author_unit,
        case_handler=case_handler,
        signatories=tuple(signatories),
        addressees=tuple(addressees),
        consultations=consultations,
        deadlines=tuple(extract_deadlines(text, hint)),
        events=tuple(extract_events(text, hint)),
        attachments=tuple(find_attachments(text)),
        emails=tuple(find_emails(text)),
        phones=tuple(find_phones(text)),
        urls=tuple(find_urls(text)),
        organizations=tuple(find_organizations(text, known_bodies)),
        people=tuple(find_people(text, known_people)),
        action_items=tuple(find_action_items(text)),
    )


def _with_letterhead(document: Document) -> str:
    """Return the flat text with the first page's running header (a letterhead) in front of it.

    The header is furniture for the layout, but it is where many papers name their
    municipality, office and case number.
    """
    if not document.pages:
        return ""
    first = document.pages[0]
    header = [line.text for line in first.furniture if line.box is None or first.height is None or line.box.top < first.height / 2]
    if not header:
        return document.text
    return "\n".join(header) + "\n\n" + document.text
