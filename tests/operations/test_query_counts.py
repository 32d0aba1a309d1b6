"""No list page costs a query per row: each web and OParl list needs as many queries for many rows as for few."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from townhall.oparl.api.addresses import BODY_LISTS

pytestmark = pytest.mark.django_db


def grow(body, n: int, tag: str) -> None:
    """Add *n* of every kind of row a list shows, each with the relations its page renders."""
    from townhall.core import services
    from townhall.core.models import AgendaItem, Consultation, Location, Meeting, Membership, Organization, Paper, Person

    # One committee and one person take part in everything, so their own pages grow too.
    shared_committee = Organization.objects.filter(body=body).order_by("pk").first()
    shared_person = Person.objects.filter(body=body).order_by("pk").first()
    for i in range(n):
        stamp = datetime(2026, 3, 1, 9, tzinfo=timezone.utc) + timedelta(days=i)
        committee = Organization.objects.create(body=body, name=f"Udvalg {tag}{i}", classification="committee")
        person = Person.objects.create(body=body, name=f"Person {tag}{i}", family_name=f"Navn{tag}{i}")
        Membership.objects.create(person=person, organization=committee, role="Medlem", start_date=date(2026, 1, 1))
        place = Location.objects.create(body=body, description=f"Mødelokale {tag}{i}")
        meeting = Meeting.objects.create(body=body, name=f"Møde {tag}{i}", start=stamp, location=place)
        meeting.organizations.add(committee, shared_committee)
        Membership.objects.create(person=shared_person, organization=committee, role="Formand", start_date=date(2026, 1, 1))
        item = AgendaItem.objects.create(meeting=meeting, order=1, number="1", name=f"Punkt {tag}{i}", public=True)
        main = services.file_store(data=f"Indstilling {tag}{i} om cykelstier\n".encode(), file_name=f"i{tag}{i}.txt",
                                   mime_type="text/plain", body=body, name=f"Indstilling {tag}{i}")
        extra = services.file_store(data=f"Bilag {tag}{i}\n".encode(), file_name=f"b{tag}{i}.txt", mime_type="text/plain",
                                    body=body, name=f"Bilag {tag}{i}")
        paper = Paper.objects.create(body=body, name=f"Cykelsti {tag}{i}", reference=f"Q-{tag}{i}", date=date(2026, 3, 1) + timedelta(days=i),
                                     paper_type="Indstilling", kind="proposal", language="da", main_file=main)
        paper.auxiliary_files.add(extra)
        paper.originator_persons.add(person, shared_person)
        consultation = Consultation.objects.create(paper=paper, meeting=meeting, agenda_item=item, role="Beslutning", position=0)
        consultation.organizations.add(committee, shared_committee)
    from townhall.search.indexing import index_papers

    index_papers(set(Paper.objects.filter(body=body).values_list("pk", flat=True)))


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured)


def pages(body) -> list[str]:
    from townhall.core.models import Meeting, Organization, Paper, Person

    meeting = Meeting.objects.filter(body=body).order_by("-pk").first()
    organization = Organization.objects.filter(body=body).order_by("pk").first()
    return [
        "/", "/search/?q=cykelsti", "/search/?q=", "/calendar/2026/3/", "/deadlines/", "/bodies/", f"/bodies/{body.slug}/",
        f"/organizations/{organization.pk}/", f"/persons/{Person.objects.filter(body=body).order_by('pk').first().pk}/",
        f"/meetings/{meeting.pk}/", f"/papers/{Paper.objects.filter(body=body).order_by('-pk').first().pk}/",
        "/oparl/v1.1/body", *[f"/oparl/v1.1/body/{body.pk}/{segment}" for _, segment in BODY_LISTS.values()],
    ]


def test_every_list_page_needs_as_many_queries_for_many_rows_as_for_few(demo, client):
    from townhall.core.models import Body

    body = Body.objects.get(name="Søby Kommune")
    grow(body, 3, "a")
    urls = pages(body)
    few = {url: queries(client, url) for url in urls}
    grow(body, 12, "b")
    many = {url: queries(client, url) for url in urls}
    growing = {url: (few[url], many[url]) for url in few if many[url] > few[url]}
    assert growing == {}
