"""Reads of council records, each through the one access rule of :mod:`townhall.core.access`."""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from townhall.core.access import can_see_non_public, shown_condition, visible
from townhall.core.models import (
    AgendaItem, Consultation, Deadline, Event, File, Meeting, Membership, Organization, Paper, Person,
)

__all__ = [
    "can_see_non_public", "visible_papers", "visible_files", "visible_agenda_items", "visible_deadlines",
    "visible_events", "visible_meetings", "visible_organizations", "visible_persons", "visible_memberships",
    "consultations_of_visible_papers",
    "upcoming_deadlines", "upcoming_meetings", "meeting_agenda",
]


def visible_papers(user=None) -> QuerySet[Paper]:
    return visible(Paper, user)


def visible_files(user=None) -> QuerySet[File]:
    return visible(File, user)


def visible_agenda_items(user=None) -> QuerySet[AgendaItem]:
    return visible(AgendaItem, user)


def visible_deadlines(user=None) -> QuerySet[Deadline]:
    return visible(Deadline, user)


def visible_events(user=None) -> QuerySet[Event]:
    return visible(Event, user)


def visible_meetings(user=None) -> QuerySet[Meeting]:
    return visible(Meeting, user)


def visible_organizations(user=None) -> QuerySet[Organization]:
    return visible(Organization, user)


def visible_persons(user=None) -> QuerySet[Person]:
    return visible(Person, user)


def visible_memberships(user=None) -> QuerySet[Membership]:
    return visible(Membership, user)


def consultations_of_visible_papers(user=None) -> QuerySet[Consultation]:
    """Return the consultations of the papers *user* may see (whatever their meeting or agenda item)."""
    # The paper's own columns, joined: "paper in (the papers anyone may see)" would read every paper.
    shown = Q(paper__deleted=False) if can_see_non_public(user) else shown_condition(Paper, user, through="paper")
    return Consultation.objects.filter(shown)


def upcoming_deadlines(*, user=None, days: int = 30, today: date | None = None, body=None) -> QuerySet[Deadline]:
    """Return deadlines from today to *days* ahead across all bodies (or one), soonest first."""
    today = today or date.today()
    deadlines = visible_deadlines(user).filter(date__gte=today, date__lte=today + timedelta(days=days))
    if body is not None:
        deadlines = deadlines.filter(body=body)
    return deadlines.select_related("paper", "body").order_by("date", "id")


def upcoming_meetings(*, user=None, after=None, body=None) -> QuerySet[Meeting]:
    """Return the meetings *user* may see from *after* (now) on, soonest first."""
    meetings = visible_meetings(user).filter(start__gte=after or timezone.now(), cancelled=False)
    if body is not None:
        meetings = meetings.filter(body=body)
    return meetings.select_related("body", "location").order_by("start", "id")


def meeting_agenda(meeting: Meeting, user=None) -> QuerySet[AgendaItem]:
    """Return a meeting's visible agenda items in agenda order."""
    return visible_agenda_items(user).filter(meeting=meeting).order_by("order", "id")
