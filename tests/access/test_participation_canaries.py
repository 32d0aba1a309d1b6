"""Responders' personal data without consent, hidden, withdrawn and deleted responses, registrants' and
invitees' names, e-mail addresses and answers, and hearings and events on hidden papers reach no public
surface; a consented response is published, and a public event shown, where the crawl looks."""

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
    "quendelmarsch": "name of a registrant",
    "quendelmarsch@example.org": "e-mail of a registrant",
    "wurzelbreiwunsch": "a registrant's answer",
    "kieselhuber": "name of a registrant on the waiting list",
    "ilmenseeverband@example.org": "e-mail of an invitee of an event",
    "ilmenseeverband": "name of an invitee of an event",
    "nebelkraehenkonferenz": "event on a non-public paper",
}
#: An event on a public paper: the crawl must find it on its page.
PUBLIC_EVENT = "kontrollkonferenz"


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
    _events(world)
    return public, hidden_paper


def _events(world):
    from townhall.participation.models import Conference, ConferenceInvitee, Registration

    soon = timezone.now() + timedelta(days=20)

    def event(paper, title):
        return Conference.objects.create(paper=paper, title=title, description=title, address="Rathaus", starts_at=soon,
                                         ends_at=soon + timedelta(hours=5), registration_deadline=soon - timedelta(days=5),
                                         capacity=1, fields=["diet"])

    public = event(world.control, "Kontrollkonferenz")
    hidden = event(world.non_public, "Nebelkraehenkonferenz")
    invitee = ConferenceInvitee.objects.create(conference=public, name="Ilmenseeverband", email="ilmenseeverband@example.org",
                                               token="invitee-canary", invited=timezone.now())
    Registration.objects.create(conference=public, invitee=invitee, token="registration-1", name="Quendelmarsch",
                                email="quendelmarsch@example.org", answers={"field_diet": "wurzelbreiwunsch"})
    Registration.objects.create(conference=public, token="registration-2", name="Kieselhuber", email="kieselhuber@example.org",
                                status=Registration.WAITING)
    Registration.objects.create(conference=hidden, token="registration-3", name="Quendelmarsch",
                                email="quendelmarsch@example.org")


@pytest.mark.parametrize("visitor", ["anonymous", "signed in without rights"])
def test_no_personal_data_or_unpublished_response_reaches_a_visitor(hearings, visitor, citizen_client):
    crawl = Crawl(Client() if visitor == "anonymous" else citizen_client)
    crawl_site(crawl, [PUBLISHED, PUBLIC_EVENT, *CANARIES])
    crawl_oparl(crawl)
    assert crawl.failures() == []
    assert "published responses" in crawl.kinds_holding(PUBLISHED)
    assert {"event page", "event iCalendar"} <= set(crawl.kinds_holding(PUBLIC_EVENT))
    leaks = [f"{what} ({stem}) -> {where}" for stem, what in CANARIES.items() for where in crawl.found(stem)]
    assert leaks == [], "\n".join(leaks)


def test_the_public_hearing_page_never_shows_the_hearing_of_a_hidden_paper(hearings):
    _public, hidden = hearings
    assert Client().get(f"/hearings/{hidden.pk}/").status_code == 404
    assert Client().get(f"/hearings/{hidden.pk}/responses/").status_code == 404


def test_the_public_event_page_never_shows_the_event_of_a_hidden_paper(hearings):
    from townhall.participation.models import Conference

    hidden = Conference.objects.get(title="Nebelkraehenkonferenz")
    assert Client().get(f"/events/{hidden.pk}/").status_code == 404
    assert Client().get(f"/events/{hidden.pk}/calendar.ics").status_code == 404
