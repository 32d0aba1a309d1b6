"""The demo's open hearing (the Danish housing policy letter) and its conference open for registration."""

from __future__ import annotations

import secrets
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings

from townhall.core.models import Paper
from townhall.participation.models import Conference, Hearing, Invitee

#: The demo paper the hearing is on, and the organisations it invites (fictional, on example.org).
PAPER_NAME = "Høring om udkast til ny boligsocial politik"
INVITEES = [
    ("Søby Lejerforening", "hoering@lejerforening.example.org", "association"),
    ("Boligselskabet Søbyhus", "post@soebyhus.example.org", "business"),
]
PARTS = "1. Boligsociale indsatser\n2. Udlejning og anvisning\n3. Tryghed i boligområderne"


def load_hearings(today: date) -> int:
    """Open the demo hearing on the housing policy paper (no mail is sent); return how many were made."""
    paper = Paper.objects.filter(name=PAPER_NAME).first()
    if paper is None:
        return 0
    zone = ZoneInfo(settings.TIME_ZONE)
    deadline = paper.deadlines.order_by("date").values_list("date", flat=True).first() or today + timedelta(days=14)
    hearing = Hearing.objects.create(
        paper=paper, title=PAPER_NAME, audience="both", parts=PARTS,
        letter=("Søby Kommune sender hermed udkast til ny boligsocial politik i høring. "
                "Vi hører gerne jeres bemærkninger, særligt til udlejning og tryghed i boligområderne."),
        opens_at=datetime.combine(today - timedelta(days=3), time(8, 0), tzinfo=zone),
        closes_at=datetime.combine(deadline, time(12, 0), tzinfo=zone),
    )
    hearing.documents.set([file for file in (paper.main_file,) if file is not None])
    for name, email, kind in INVITEES:
        Invitee.objects.create(hearing=hearing, name=name, email=email, kind=kind, token=secrets.token_urlsafe(32))
    return 1


#: The demo paper that invites the committee to a conference; its card names the event.
CONFERENCE_PAPER = "Udvalget inviteres til Nordisk konference om inklusion på arbejdsmarkedet i Aarhus"


def load_conferences() -> int:
    """Open the conference the demo's invitation names for registration, as a clerk would from its card."""
    from townhall.participation.conferences import draft_from_card_event

    paper = Paper.objects.filter(name=CONFERENCE_PAPER).first()
    event = paper.events.order_by("start", "pk").first() if paper is not None else None
    if event is None or event.start is None:
        return 0
    draft = draft_from_card_event(event)
    Conference.objects.create(
        paper=paper, card_event=event, title=draft.title, starts_at=draft.starts_at, ends_at=draft.ends_at,
        address=draft.address or "Aarhus", online_url=draft.online_url, registration_deadline=draft.registration_deadline,
        description=("Konferencen samler kommuner, virksomheder og organisationer om inklusion på arbejdsmarkedet. "
                     "Udvalgets medlemmer tilmelder sig her."),
        capacity=40, waiting_list=True, fields=["organisation", "diet"], questions="Hvilken workshop vil du deltage i?",
    )
    return 1
