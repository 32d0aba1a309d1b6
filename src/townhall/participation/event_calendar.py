"""The iCalendar file of an event, attached to the confirmation of a place."""

from __future__ import annotations

from datetime import timezone as dt_timezone

from django.conf import settings
from icalendar import Calendar
from icalendar import Event as CalendarEvent


def event_ics(conference, link: str) -> bytes:
    """Return *conference* as an iCalendar file (times in UTC) that calendar programs can add."""
    calendar = Calendar()
    calendar.add("prodid", "-//townhall//participation//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    entry = CalendarEvent()
    host = (settings.PUBLIC_URL or "http://localhost").split("://", 1)[-1].split("/", 1)[0] or "localhost"
    entry.add("uid", f"event-{conference.pk}@{host}")
    entry.add("dtstamp", conference.modified.astimezone(dt_timezone.utc))
    entry.add("dtstart", conference.starts_at.astimezone(dt_timezone.utc))
    entry.add("dtend", conference.ends_at.astimezone(dt_timezone.utc))
    entry.add("summary", conference.title)
    if conference.description:
        entry.add("description", conference.description)
    place = ", ".join(part for part in (conference.address, conference.online_url) if part)
    if place:
        entry.add("location", place)
    entry.add("url", link)
    calendar.add_component(entry)
    return calendar.to_ical()
