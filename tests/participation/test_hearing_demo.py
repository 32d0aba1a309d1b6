"""The demo holds an open hearing with its response form, a conference open for registration, and follow links."""

from __future__ import annotations

import pytest
from django.test import Client

from townhall.core.models import Organization, Paper, Person

pytestmark = pytest.mark.django_db


def test_the_demo_has_an_open_hearing_with_its_response_form(demo):
    listing = Client().get("/hearings/").content.decode()
    assert "Høring om udkast til ny boligsocial politik" in listing.split("Open for responses")[1].split("</section>")[0]
    paper = Paper.objects.get(name="Høring om udkast til ny boligsocial politik")
    hearing = paper.hearings.get()
    page = Client().get(f"/hearings/{hearing.pk}/").content.decode()
    assert "Send response" in page and "2. Udlejning og anvisning" in page
    assert f"/hearings/{hearing.pk}/" in Client().get(f"/papers/{paper.pk}/").content.decode()


def test_the_demo_pages_offer_to_follow_by_email(demo):
    committee = Organization.objects.get(name="Teknik- og Miljøudvalget")
    person = Person.objects.get(name="Lene Bach")
    paper = Paper.objects.get(name="Godkendelse af Klimaplan 2030 for Søby Kommune")
    for path, kind, target in ((f"/organizations/{committee.pk}/", "committee", committee.pk),
                               (f"/persons/{person.pk}/", "person", person.pk),
                               (f"/papers/{paper.pk}/", "paper", paper.pk),
                               ("/search/?q=klimaplan", "search", "q=klimaplan")):
        page = Client().get(path).content.decode()
        assert f"/follow/?kind={kind}&amp;target=" in page, path
    assert Client().get("/follow/", {"kind": "search", "target": "q=klimaplan"}).status_code == 200


def test_the_demo_has_a_conference_open_for_registration_from_its_papers_card(demo):
    listing = Client().get("/events/").content.decode()
    assert "Nordisk konference om inklusion" in listing.split("Open for registration")[1].split("</section>")[0]
    paper = Paper.objects.get(name__startswith="Udvalget inviteres til Nordisk konference")
    conference = paper.conferences.get()
    assert conference.card_event in paper.events.all()
    page = Client().get(f"/events/{conference.pk}/").content.decode()
    assert "40 of 40 places left." in page and "Dietary requirements" in page and ">Register</button>" in page
    assert f"/events/{conference.pk}/" in Client().get(f"/papers/{paper.pk}/").content.decode()
