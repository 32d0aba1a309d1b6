"""Steps the event tests share: open an event through the service, post the registration form."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone


def open_event(council, *, deadline=7, starts=10, capacity=2, **fields):
    """Open an event on the council's paper, its deadline and start *deadline*/*starts* days from now."""
    from townhall.participation.conferences import InviteeEntry, conference_open

    now = timezone.now()
    values = dict(
        title="Integrationskonference 2027", description="En dag om sprog og beskæftigelse.",
        address="Søby Rådhus, Torvet 1, 5000 Søby", capacity=capacity, waiting_list=True,
        fields=["organisation", "diet"], questions="Hvilken workshop vil du deltage i?",
        invitees=[InviteeEntry("Mette Lund", "mette@udvalg.example")],
    )
    values.update(fields)
    return conference_open(by=council.clerk, paper=council.paper, starts_at=now + timedelta(days=starts),
                           ends_at=now + timedelta(days=starts, hours=6),
                           registration_deadline=now + timedelta(days=deadline), **values)


def register(client, conference, *, extra=None, **fields):
    """Post the public registration form (with *extra* request headers); return the answer."""
    data = {"name": "Anna Berg", "email": "anna@example.org", "field_organisation": "Søby Lejerforening",
            "field_diet": "vegetar", "question_1": "Sprog", "website": ""}
    data.update(fields)
    return client.post(f"/events/{conference.pk}/", {k: v for k, v in data.items() if v is not None}, **(extra or {}))
