"""Fixtures for the OParl tests: a populated instance and a client for the API."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

import pytest

API = "http://testserver/oparl/v1.1/"


@pytest.fixture
def oparl_root():
    """The URL of the System object as the test client sees it."""
    return API


@dataclass
class Populated:
    """What the `populated` fixture made beyond the demo, by role."""

    body: object
    other_body: object
    papers: list = field(default_factory=list)
    deleted: dict = field(default_factory=dict)
    non_public_paper: object = None
    non_public_file: object = None
    rich_paper: object = None
    rich_meeting: object = None


def _stamp(days: int) -> datetime:
    return datetime(2026, 1, 1, 9, 30, tzinfo=timezone.utc) + timedelta(days=days)


@pytest.fixture
def populated(demo):
    """Load the demo plus generated objects: enough papers for several list pages, every relation
    OParl knows filled at least once, non-public material, and one soft-deleted object of each type."""
    from townhall.core import services
    from townhall.core.models import (
        AgendaItem, Body, Consultation, LegislativeTerm, Location, Meeting, Membership, Organization, Paper, Person,
    )

    body = Body.objects.get(name="Søby Kommune")
    other_body = Body.objects.get(name="Stadt Lindenau")
    result = Populated(body=body, other_body=other_body)

    # Generated papers with spread-out timestamps, so filters and pagination have work to do.
    generated = Paper.objects.bulk_create(
        Paper(body=body, name=f"Generated paper {n}", reference=f"GEN-{n:04d}", date=date(2026, 1, 1) + timedelta(days=n % 300),
              paper_type="Notat", kind="memo", language="da", created=_stamp(n), modified=_stamp(n + 1))
        for n in range(130)
    )
    result.papers = generated

    committee = Organization.objects.filter(body=body).order_by("id")[1]
    council = Organization.objects.filter(body=body).order_by("id")[0]
    person = Person.objects.filter(body=body).order_by("id").first()
    square = Location.objects.create(body=body, description="Torvet", locality="Søby",
                                     geojson={"type": "Feature", "geometry": {"type": "Point", "coordinates": [11.5, 55.1]}, "properties": {}})
    person.location = square
    person.title = ["cand.scient.pol."]
    person.email = ["mk@soeby.dk"]
    person.save()
    committee.sub_organization_of = council
    committee.post = ["Formand", "Næstformand"]
    committee.save()
    Membership.objects.create(person=person, organization=committee, role="Stedfortræder", on_behalf_of=council,
                              start_date=date(2026, 1, 1), end_date=date(2026, 6, 30), voting_right=False)

    master = services.file_store(data=b"%PDF-1.4 budget\n", file_name="budget.pdf", mime_type="application/pdf", body=body, name="Budget")
    derivative = services.file_store(data=b"budget as text\n", file_name="budget.txt", mime_type="text/plain", body=body, name="Budget (tekst)")
    derivative.master_file = master
    derivative.save()
    invitation = services.file_store(data="Indkaldelse til mødet\n".encode(), file_name="indkaldelse.txt", mime_type="text/plain", body=body, name="Indkaldelse")
    minutes = services.file_store(data="Beslutningsprotokol\n".encode(), file_name="protokol.txt", mime_type="text/plain", body=body, name="Protokol")
    secret = services.file_store(data=b"lukket bilag\n", file_name="lukket.txt", mime_type="text/plain", body=body, name="Lukket bilag", public=False)
    result.non_public_file = secret

    meeting = Meeting.objects.filter(body=body).order_by("id").first()
    meeting.invitation = invitation
    meeting.results_protocol = minutes
    meeting.save()
    meeting.participants.set(Person.objects.filter(body=body)[:2])
    meeting.auxiliary_files.add(master, secret)
    result.rich_meeting = meeting
    item = AgendaItem.objects.filter(meeting=meeting, public=True).order_by("order").last()
    item.resolution_file = derivative
    item.resolution_text = "Godkendt."
    item.save()
    item.auxiliary_files.add(secret)

    rich = Paper.objects.filter(body=body, public=True, main_file__isnull=False).order_by("id").first()
    rich.related_papers.add(generated[0])
    rich.superordinated_papers.add(generated[1])
    rich.locations.add(square)
    rich.originator_persons.add(person)
    rich.originator_organizations.add(committee)
    rich.auxiliary_files.add(secret)
    result.rich_paper = rich

    hidden = Paper.objects.create(body=body, name="Fortrolig personalesag", public=False, reference="LUK-1")
    services.consultation_create(paper=hidden, meeting=meeting, role="Beslutning", organizations=[committee])
    rich.related_papers.add(hidden)
    result.non_public_paper = hidden

    # One soft-deleted object of each type.
    targets = {
        "Paper": generated[-1],
        "Organization": Organization.objects.create(body=body, name="Nedlagt udvalg"),
        "Person": Person.objects.create(body=body, name="Tidligere medlem"),
        "Meeting": Meeting.objects.create(body=body, name="Aflyst møde", start=_stamp(400)),
        "File": services.file_store(data=b"withdrawn\n", file_name="withdrawn.txt", mime_type="text/plain", body=body, name="Trukket tilbage"),
        "Location": Location.objects.create(body=body, description="Gammelt mødelokale"),
        "LegislativeTerm": LegislativeTerm.objects.create(body=body, name="Byrådet 2022-2025", start_date=date(2022, 1, 1), end_date=date(2025, 12, 31)),
        "Membership": Membership.objects.create(person=person, organization=council, role="Tidligere"),
        "AgendaItem": services.agenda_item_create(meeting=meeting, order=99, name="Udgået punkt"),
        "Consultation": Consultation.objects.create(paper=generated[-2], meeting=meeting, role="Udgået"),
    }
    for obj in targets.values():
        services.soft_delete(obj)
    result.deleted = targets
    return result

