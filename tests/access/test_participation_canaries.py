"""Responders' personal data without consent, hidden, withdrawn and deleted responses, and hearings on
hidden papers reach no public surface; a consented response is published where the crawl looks."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from crawl import Crawl, crawl_oparl, crawl_site

pytestmark = pytest.mark.django_db

#: A consented, published response: the crawl must find it, on the published responses page.
PUBLISHED = "kontrollsvar"
#: Each canary with the way it was kept from the public.
CANARIES = {
    "quarzelwind": "name of a responder who did not consent",
    "quarzelwind@example.org": "e-mail of a responder who did not consent",
    "zirbelmoos": "text of a response without consent",
    "flimmerkraut": "text of a response the clerk hid",
    "grubenwicht": "text of a withdrawn response",
    "morastling": "text of a response its author asked to delete",
    "pellingerhof": "name the clerk hid from a published response",
    "anna.published@example.org": "e-mail of a consenting responder",
    "nebelkraehenanhoerung": "hearing on a non-public paper",
}


@pytest.fixture
def hearings(world):
    from townhall.participation.models import Hearing, Response

    closed = timezone.now() - timedelta(days=1)
    public = Hearing.objects.create(paper=world.control, title="Anhörung zum Stadthafen", letter="Bitte um Stellungnahmen.",
                                    opens_at=closed - timedelta(days=20), closes_at=closed, responses_published=timezone.now())
    hidden_paper = Hearing.objects.create(paper=world.non_public, title="Nebelkraehenanhoerung", letter="Nebelkraehenanhoerung",
                                          opens_at=closed - timedelta(days=20), closes_at=closed + timedelta(days=30))

    def response(n, **fields):
        values = dict(hearing=public, receipt=f"R-{n}", token=f"token-{n}", name="Anna Published",
                      email="anna.published@example.org", text=f"{PUBLISHED} {n}", consent=True)
        values.update(fields)
        return Response.objects.create(**values)

    response(1)
    response(2, name="Quarzelwind", email="quarzelwind@example.org", text="zirbelmoos", consent=False)
    response(3, text="flimmerkraut", hidden=True, hidden_reason="abuse")
    response(4, text="grubenwicht", withdrawn=timezone.now())
    response(5, text="morastling", deletion_requested=timezone.now())
    response(6, name="Pellingerhof", organisation="Pellingerhof e.V.", personal_data_hidden=True, personal_data_reason="asked")
    return public, hidden_paper


@pytest.mark.parametrize("visitor", ["anonymous", "signed in without rights"])
def test_no_personal_data_or_unpublished_response_reaches_a_visitor(hearings, visitor, citizen_client):
    crawl = Crawl(Client() if visitor == "anonymous" else citizen_client)
    crawl_site(crawl, [PUBLISHED, *CANARIES])
    crawl_oparl(crawl)
    assert crawl.failures() == []
    assert "published responses" in crawl.kinds_holding(PUBLISHED)
    leaks = [f"{what} ({stem}) -> {where}" for stem, what in CANARIES.items() for where in crawl.found(stem)]
    assert leaks == [], "\n".join(leaks)


def test_the_public_hearing_page_never_shows_the_hearing_of_a_hidden_paper(hearings):
    _public, hidden = hearings
    assert Client().get(f"/hearings/{hidden.pk}/").status_code == 404
    assert Client().get(f"/hearings/{hidden.pk}/responses/").status_code == 404
