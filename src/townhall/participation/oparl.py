"""Hearings in OParl, as the ``townhall:hearings`` property of their paper: dates and links, no personal data."""

from __future__ import annotations

from django.db.models import Count, Q
from django.urls import reverse

from townhall.core import access
from townhall.oparl.api.formats import oparl_datetime
from townhall.participation.models import Conference, Hearing


def hearing_queryset():
    """Return the hearings with what their OParl form needs, loaded for a page of papers at once."""
    counted = Q(responses__withdrawn__isnull=True, responses__deletion_requested__isnull=True, responses__hidden=False)
    return (Hearing.objects.select_related("summary_file").order_by("opens_at", "id")
            .annotate(oparl_responses=Count("responses", filter=counted)))


def hearing_json(hearing: Hearing, addresses) -> dict:
    """Return the OParl form of *hearing*: what the public hearing page shows, never a responder's data."""
    summary = hearing.summary_file
    fields = {
        "name": hearing.title,
        "audience": hearing.audience,
        "opens": oparl_datetime(hearing.opens_at),
        "closes": oparl_datetime(hearing.closes_at),
        "lateResponsesAccepted": hearing.allow_late,
        "responseCount": hearing.oparl_responses if hearing.has_closed() else None,
        "responsesPublished": oparl_datetime(hearing.responses_published),
        "summaryFile": addresses.object("File", summary.pk) if summary is not None and access.is_public(summary) else None,
        "web": addresses.site + reverse("participation:hearing", args=[hearing.pk]),
    }
    return {key: value for key, value in fields.items() if value is not None}


def conference_queryset():
    """Return the events with registration, ordered as their paper lists them."""
    return Conference.objects.order_by("starts_at", "id")


def conference_json(conference: Conference, addresses) -> dict:
    """Return the OParl form of an event with registration: what its public page shows, never a registrant.

    The number of places taken is left out: it changes with every registration, which gives the paper
    no new ``modified`` time.
    """
    fields = {
        "name": conference.title,
        "description": conference.description or None,
        "start": oparl_datetime(conference.starts_at),
        "end": oparl_datetime(conference.ends_at),
        "address": conference.address or None,
        "onlineUrl": conference.online_url or None,
        "registrationDeadline": oparl_datetime(conference.registration_deadline),
        "places": conference.capacity,
        "waitingList": conference.waiting_list,
        "calendar": addresses.site + reverse("participation:event-calendar", args=[conference.pk]),
        "web": addresses.site + reverse("participation:event", args=[conference.pk]),
    }
    return {key: value for key, value in fields.items() if value is not None}
