"""Reads of council records, with access rules applied in one place."""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import QuerySet

from townhall.core.models import AgendaItem, Deadline, Event, File, Meeting, Paper


def can_see_non_public(user) -> bool:
    """Staff with the view permission see non-public material; everyone else sees public material only."""
    return bool(user and user.is_authenticated and user.is_active and user.has_perm("core.view_paper"))


def visible_papers(user=None) -> QuerySet[Paper]:
    papers = Paper.objects.all()
    return papers if can_see_non_public(user) else papers.filter(public=True)


def visible_files(user=None) -> QuerySet[File]:
    files = File.objects.all()
    return files if can_see_non_public(user) else files.filter(public=True)


def visible_agenda_items(user=None) -> QuerySet[AgendaItem]:
    items = AgendaItem.objects.all()
    return items if can_see_non_public(user) else items.exclude(public=False)


def visible_deadlines(user=None) -> QuerySet[Deadline]:
    deadlines = Deadline.objects.filter(paper__deleted=False)
    return deadlines if can_see_non_public(user) else deadlines.filter(paper__public=True)


def visible_events(user=None) -> QuerySet[Event]:
    events = Event.objects.filter(paper__deleted=False)
    return events if can_see_non_public(user) else events.filter(paper__public=True)


def upcoming_deadlines(*, user=None, days: int = 30, today: date | None = None, body=None) -> QuerySet[Deadline]:
    """Return deadlines from today to *days* ahead across all bodies (or one), soonest first."""
    today = today or date.today()
    deadlines = visible_deadlines(user).filter(date__gte=today, date__lte=today + timedelta(days=days))
    if body is not None:
        deadlines = deadlines.filter(body=body)
    return deadlines.select_related("paper", "body").order_by("date", "id")


def upcoming_meetings(*, after=None, body=None) -> QuerySet[Meeting]:
    from django.utils import timezone

    meetings = Meeting.objects.filter(start__gte=after or timezone.now(), cancelled=False)
    if body is not None:
        meetings = meetings.filter(body=body)
    return meetings.select_related("body", "location").order_by("start", "id")


def meeting_agenda(meeting: Meeting, user=None) -> QuerySet[AgendaItem]:
    """Return a meeting's visible agenda items in agenda order."""
    return visible_agenda_items(user).filter(meeting=meeting).order_by("order", "id")


