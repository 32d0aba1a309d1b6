"""A paper's card records: its people, route, deadlines, events and named attachments, replaced with each card."""

from __future__ import annotations

from townhall.core.models import Consultation, Deadline, Event, File, Paper
from townhall.ingest.linking.directory import Directory
from townhall.ingest.linking.storable import fit
from townhall.ingest.rows import RowInsert
from townhall.reading.card import Card

# The rows a card writes, each kind with one statement prepared once (see townhall.ingest.rows).
_PLACEHOLDER_ROWS = RowInsert(File, ("body_id", "name", "public", "visible", "source_uri"))
_CONSULTATION_ROWS = RowInsert(Consultation, ("paper_id", "position", "date", "role", "meeting_id"))
_CONSULTATION_ORGANIZATION_ROWS = RowInsert(Consultation.organizations.through, ("consultation_id", "organization_id"))
_SIGNATORY_ROWS = RowInsert(Paper.signatories.through, ("paper_id", "person_id"))
_AUXILIARY_ROWS = RowInsert(Paper.auxiliary_files.through, ("paper_id", "file_id"))
_DEADLINE_ROWS = RowInsert(Deadline, ("paper_id", "body_id", "date", "purpose"))
_EVENT_ROWS = RowInsert(Event, ("paper_id", "body_id", "name", "place", "start", "end"))


def replace_card_records(paper: Paper, card: Card, directory: Directory, *, fresh: bool = False) -> None:
    """Drop the records an earlier card of *paper* made and make those of *card*.

    *fresh* says the paper was created in this transaction, so there is nothing to drop.
    """
    body = paper.body
    if not fresh:
        Deadline.objects.filter(paper=paper).delete()
        Event.objects.filter(paper=paper).delete()
        Consultation.organizations.through.objects.filter(consultation__paper=paper, consultation__origin_id="").delete()
        Consultation.objects.filter(paper=paper, origin_id="").delete()
        placeholders = list(_placeholder_files(paper).values_list("id", flat=True))
        if placeholders:
            paper.auxiliary_files.remove(*placeholders)
            File.all_objects.filter(id__in=placeholders).delete()

    case_handler = directory.person(card.case_handler) if card.case_handler else None
    if paper.case_handler_id != case_handler:
        paper.case_handler_id = case_handler
        paper.save(update_fields=["case_handler", "modified"])
    signatories = _unique(directory.people(name for name in card.signatories if name.strip()))
    if fresh:
        # A new paper has no links yet: insert them without asking which exist (what .set() does).
        _SIGNATORY_ROWS([(paper.pk, person) for person in signatories], returning=False)
    else:
        paper.signatories.set(signatories)

    if fresh or not paper.consultations.exclude(origin_id="").exists():
        _make_consultations(paper, card, directory)

    _DEADLINE_ROWS(
        [(paper.pk, body.pk, fact.date, fit(Deadline, "purpose", fact.purpose or "")) for fact in card.deadlines if fact.date],
        returning=False,
    )
    _EVENT_ROWS(
        [
            (paper.pk, body.pk, fit(Event, "name", fact.name or fact.place or ""), fit(Event, "place", fact.place or ""),
             fact.start, fact.end if fact.end is None or fact.start is None or fact.end >= fact.start else None)
            for fact in card.events
            if fact.name or fact.place
        ],
        returning=False,
    )

    titles = _unique(title.strip() for title in card.attachments if title.strip())
    if titles and (fresh or not paper.auxiliary_files.exclude(origin_id="").exists()):
        source_uri = fit(File, "source_uri", paper.source_uri)
        # A placeholder is hidden with its paper, not by a flag of its own.
        placeholders = _PLACEHOLDER_ROWS([(body.pk, fit(File, "name", title), True, paper.public, source_uri) for title in titles])
        _AUXILIARY_ROWS([(paper.pk, file) for file in placeholders], returning=False)


def _make_consultations(paper: Paper, card: Card, directory: Directory) -> None:
    """Create the paper's route: one consultation per step the card reads.

    Addressees ("Til:", "Gremium") are not steps: a paper addressed to a committee names no
    meeting, date or role for it, so the route holds only what the document says was planned.
    """
    steps: list[tuple[int, object, str]] = []
    seen: set[tuple[int, object]] = set()
    for step in card.consultations:
        if not step.organization.strip():
            continue
        organization = directory.organization(step.organization)
        if (organization, step.date) not in seen:
            seen.add((organization, step.date))
            steps.append((organization, step.date, step.role or ""))
    if not steps:
        return
    dated = [(organization, day) for organization, day, _ in steps if day]
    meetings = dict(zip(dated, directory.meetings(dated)))
    consultations = _CONSULTATION_ROWS([
        (paper.pk, position, day, fit(Consultation, "role", role), meetings[(organization, day)] if day else None)
        for position, (organization, day, role) in enumerate(steps)
    ])
    _CONSULTATION_ORGANIZATION_ROWS(
        [(consultation, organization) for consultation, (organization, _, _) in zip(consultations, steps)], returning=False
    )


def _placeholder_files(paper: Paper):
    """Return the content-less File records an earlier card of *paper* made for named attachments."""
    return File.all_objects.filter(
        auxiliary_of_papers=paper, storage_name="", sha256__isnull=True, origin_id="", origin_access_url="", origin_download_url=""
    )


def _unique(values):
    seen = set()
    result = []
    for value in values:
        if value not in seen:
            seen.add(value)
            result.append(value)
    return result
