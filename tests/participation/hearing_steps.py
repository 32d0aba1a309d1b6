"""Steps the hearing tests share: open a hearing through the service, post the response form."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone


def open_hearing(council, *, opens=-1, closes=14, **fields):
    """Open a hearing on the council's paper through the service, *opens*/*closes* days from now."""
    from townhall.participation.hearings import InviteeEntry, hearing_open

    now = timezone.now()
    values = dict(
        title="Høring om integrationspolitik", letter="Kommunen beder om jeres bemærkninger til udkastet.",
        parts="1. Sprog\n2. Beskæftigelse", audience="both", documents=[council.draft],
        invitees=[InviteeEntry("Dansk Flygtningehjælp", "hoering@flygtning.example", "association")],
    )
    values.update(fields)
    return hearing_open(by=council.clerk, paper=council.paper, opens_at=now + timedelta(days=opens),
                        closes_at=now + timedelta(days=closes), **values)


def respond(client, hearing, *, extra=None, **fields):
    """Post the public response form (with *extra* request headers); return the answer."""
    data = {"name": "Anna Berg", "organisation": "", "kind": "citizen", "email": "anna@example.org",
            "text": "Sprogundervisningen bør starte tidligere.", "part": "1. Sprog", "consent": "on", "website": ""}
    data.update(fields)
    return client.post(f"/hearings/{hearing.pk}/", {k: v for k, v in data.items() if v is not None}, **(extra or {}))
