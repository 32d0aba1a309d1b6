"""A card read again for a paper already stored: a harvested paper's card, a new reading of its unchanged main file."""

from __future__ import annotations

from django.db import transaction

from townhall.core import access, services
from townhall.core.models import Paper
from townhall.corrections.services import corrected_card
from townhall.ingest.linking.card_records import replace_card_records
from townhall.ingest.linking.directory import Directory, writers_take_turns
from townhall.ingest.linking.files import fill_file
from townhall.ingest.linking.storable import card_json, clean, fit
from townhall.ingest.readings import DocumentReading
from townhall.reading.card import KINDS, Card
from townhall.search.indexing import index_paper


def link_card_to_paper(paper: Paper, card: Card) -> None:
    """Fill a paper's card records (people, route, deadlines, events, attachments) from *card*.

    For a harvested paper the card adds what OParl does not carry (case handler, signatories,
    deadlines, events); the route and attachment list read from the card are only used when
    the harvested paper has none of its own. The paper's card, kind and (when unset) language
    are taken from the card; its name, reference, date and public flag are left as they are.
    """
    with transaction.atomic():
        writers_take_turns()
        # A clerk's corrections of the card win over what was read.
        card = corrected_card(paper.pk, card)
        before = access.linked_to_papers([paper.pk])
        paper.card = card_json(card)
        paper.kind = card.kind if card.kind in KINDS else "other"
        if not paper.language and card.language:
            paper.language = card.language
        paper.save(update_fields=["card", "kind", "language", "modified"])
        _records_anew(paper, card, before)


def relink_paper(paper_id: int, reading: DocumentReading) -> None:
    """Store a new reading of a paper's unchanged main file: its text, card, fields and card records.

    The clerks' corrections win over the new reading, as at every reading. The paper's public flag,
    version and files stay as they are: the document is the same, only how it was read changed.
    """
    with transaction.atomic():
        writers_take_turns()
        paper = Paper.objects.select_for_update(of=("self",)).select_related("body", "main_file").get(pk=paper_id)
        card = corrected_card(paper.pk, reading.card)
        before = access.linked_to_papers([paper.pk])
        if paper.main_file is not None:
            fill_file(paper.main_file, reading)
        title = clean(card.title or "").strip()
        paper.name = fit(Paper, "name", title or paper.name)
        paper.reference = fit(Paper, "reference", card.references.paper or card.references.case or paper.reference)
        paper.date = card.date
        paper.effective_date = card.date
        paper.effective_date_source = "paper" if card.date else ""
        paper.kind = card.kind if card.kind in KINDS else "other"
        paper.language = reading.language or paper.language
        paper.card = card_json(card)
        paper.extractor_version = fit(Paper, "extractor_version", reading.extractor_version)
        paper.save()
        _records_anew(paper, card, before)


def _records_anew(paper: Paper, card: Card, before) -> None:
    """Write a paper's card records from ``card`` again, then its dates, what depends on it and its index entry.

    ``before`` is what was linked to the paper before (``access.linked_to_papers``).
    """
    directory = Directory(paper.body, card.language)
    directory.public = paper.public
    replace_card_records(paper, card, directory)
    services.papers_date_refresh([paper.pk])
    access.papers_changed([paper.pk], before=before)
    index_paper(paper)
