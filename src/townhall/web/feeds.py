"""Subscriptions: iCalendar files of meetings and deadlines, and an Atom feed for any search."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import icalendar
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from townhall.core.models import Body
from townhall.core.slugs import body_for_slug
from townhall.search.query import clean_query_text
from townhall.search.selectors import search_papers
from townhall.web import selectors
from townhall.web.forms import DeadlineFilterForm, SearchForm

FEED_ITEMS = 50
PRODUCT_ID = "-//townhall//council information//EN"


def _absolute(request, path: str) -> str:
    return f"{settings.PUBLIC_URL}{path}" if settings.PUBLIC_URL else request.build_absolute_uri(path)


def _calendar(name: str) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def _ical_response(calendar: icalendar.Calendar, file_name: str) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    return response


def _meetings_calendar(request, name: str, meetings, file_name: str) -> HttpResponse:
    calendar = _calendar(name)
    host = request.get_host().split(":")[0]
    stamp = timezone.now()
    for meeting in meetings:
        if meeting.start is None:
            continue
        event = icalendar.Event()
        event.add("uid", f"meeting-{meeting.pk}@{host}")
        event.add("dtstamp", stamp)
        if meeting.all_day:
            # Only the day is known: an all-day event (VALUE=DATE), never a meeting at midnight.
            day = timezone.localtime(meeting.start).date()
            event.add("dtstart", day)
            event.add("dtend", day + timedelta(days=1))
        else:
            event.add("dtstart", meeting.start)
            event.add("dtend", meeting.end or meeting.start + timedelta(hours=2))
        organizations = ", ".join(org.name for org in meeting.organizations.all())
        event.add("summary", meeting.name or organizations or meeting.body.name)
        if meeting.location:
            event.add("location", str(meeting.location))
        event.add("description", f"{meeting.body.name}\n{organizations}".strip())
        event.add("url", _absolute(request, reverse("web:meeting", args=[meeting.pk])))
        event.add("status", "CANCELLED" if meeting.cancelled else "CONFIRMED")
        event.add("last-modified", meeting.modified)
        calendar.add_component(event)
    return _ical_response(calendar, file_name)


def meeting_ical(request, pk: int):
    """Return one meeting as an iCalendar file, to add it to a calendar."""
    meeting = selectors.meeting_for_calendar(pk)
    return _meetings_calendar(request, meeting.name or meeting.body.name, [meeting], f"meeting-{meeting.pk}.ics")


def meetings_ical(request):
    """Return the meetings of every municipality as an iCalendar file."""
    return _meetings_calendar(request, _("Council meetings"), selectors.meetings_for_feed(), "meetings.ics")


def body_meetings_ical(request, slug: str):
    """Return one municipality's meetings as an iCalendar file (a former slug redirects)."""
    found, current = body_for_slug(slug)
    if found is not None and not current:
        return redirect("web:body-meetings-ical", slug=found.slug, permanent=True)
    body = get_object_or_404(Body, slug=slug)
    return _meetings_calendar(request, body.name, selectors.meetings_for_feed(body=body), f"{body.slug}-meetings.ics")


def organization_meetings_ical(request, pk: int):
    """Return one committee's meetings as an iCalendar file."""
    organization = selectors.visible_organization(None, pk)
    return _meetings_calendar(
        request, f"{organization.name} ({organization.body.name})",
        selectors.meetings_for_feed(organization=organization), f"organization-{organization.pk}-meetings.ics",
    )


def deadlines_ical(request):
    """Return deadlines (all, or filtered like the deadlines page) as all-day iCalendar events.

    Like every feed it holds what anyone may see: calendar files get passed on and fetched without a session.
    """
    form = DeadlineFilterForm(request.GET or None)
    form.is_valid()
    data = getattr(form, "cleaned_data", {})
    body = Body.objects.filter(slug=data["body"]).first() if data.get("body") else None
    today = timezone.localdate()
    deadlines = selectors.deadlines_between(
        None, start=data.get("start") or today - timedelta(days=90), end=data.get("end"),
        body=body, organization=data.get("organization"),
    )[:1000]
    calendar = _calendar(_("Deadlines") + (f" – {body.name}" if body else ""))
    host = request.get_host().split(":")[0]
    stamp = timezone.now()
    for deadline in deadlines:
        event = icalendar.Event()
        event.add("uid", f"deadline-{deadline.pk}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline.date)
        event.add("dtend", deadline.date + timedelta(days=1))
        event.add("summary", f"{_('Deadline')}: {deadline.purpose or deadline.paper.name}")
        event.add("description", f"{deadline.paper.name} ({deadline.paper.reference})\n{deadline.body.name}".strip())
        event.add("url", _absolute(request, reverse("web:paper", args=[deadline.paper_id])))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return _ical_response(calendar, "deadlines.ics")


class SearchFeed(Feed):
    """An Atom feed of the newest papers matching a search (same query string as the search page)."""

    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        form = SearchForm(request.GET or None)
        form.is_valid()
        arguments = form.search_arguments()
        arguments.update(page=1, sort="newest")
        return {"search": arguments, "query_string": request.GET.urlencode()}

    def title(self, subject):
        if subject["search"]["query"]:
            return _("Papers matching “%(query)s”") % {"query": clean_query_text(subject["search"]["query"])[:200]}
        return _("New papers")

    def link(self, subject):
        return reverse("web:search") + (f"?{subject['query_string']}" if subject["query_string"] else "")

    def feed_url(self, subject):
        # The feed's self link names this very search, so a reader that follows it keeps the query.
        return reverse("web:search-feed") + (f"?{subject['query_string']}" if subject["query_string"] else "")

    def subtitle(self, subject):
        return _("New council papers for this search, newest first.")

    def items(self, subject):
        # Feed readers fetch without a session, so the feed shows what anonymous visitors see.
        return search_papers(user=None, per_page=FEED_ITEMS, **subject["search"]).hits

    # Read documents may hold control characters, which XML 1.0 cannot carry.
    def item_title(self, hit):
        paper = hit.paper
        return clean_query_text(f"{paper.name} ({paper.reference})" if paper.reference else paper.name)

    def item_description(self, hit):
        paper = hit.paper
        return clean_query_text(f"{paper.body.name} · {paper.get_kind_display()}<br>{hit.snippet_html}")

    def item_link(self, hit):
        return reverse("web:paper", args=[hit.paper.pk])

    def item_pubdate(self, hit):
        paper = hit.paper
        if paper.date:
            return datetime.combine(paper.date, time(0, 0), tzinfo=timezone.get_current_timezone())
        return paper.created

    def item_updateddate(self, hit):
        return hit.paper.modified
