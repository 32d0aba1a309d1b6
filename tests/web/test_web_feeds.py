"""Subscriptions: iCalendar files of meetings and deadlines, and Atom feeds of searches."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import icalendar
import pytest
from django.urls import reverse

from townhall.core.models import Meeting, Organization

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def calendar_events(response) -> list:
    assert response["Content-Type"].startswith("text/calendar")
    return list(icalendar.Calendar.from_ical(response.content).walk("VEVENT"))


def test_meetings_calendar_holds_every_upcoming_meeting(client, demo):
    summaries = {str(event["SUMMARY"]) for event in calendar_events(client.get("/meetings.ics"))}
    assert {"Full Council", "Byrådsmøde", "Sitzung des Integrationsrates"} <= summaries


def test_meeting_event_has_start_place_and_link(client, demo):
    meeting = Meeting.objects.get(name="Byrådsmøde")
    event = next(e for e in calendar_events(client.get("/meetings.ics")) if str(e["SUMMARY"]) == "Byrådsmøde")
    assert event.decoded("DTSTART") == meeting.start
    assert "Søby Rådhus" in str(event["LOCATION"])
    assert str(event["URL"]).endswith(reverse("web:meeting", args=[meeting.pk]))


def test_body_calendar_holds_only_that_bodys_meetings(client, demo):
    events = calendar_events(client.get(reverse("web:body-meetings-ical", args=["northbridge-city-council"])))
    assert {str(e["SUMMARY"]) for e in events} == {"Finance and Resources Committee", "Full Council", "Housing and Communities Committee"}


def test_organization_calendar_holds_only_that_committees_meetings(client, demo):
    committee = Organization.objects.get(name="Jugendhilfeausschuss")
    events = calendar_events(client.get(reverse("web:organization-meetings-ical", args=[committee.pk])))
    assert [str(e["SUMMARY"]) for e in events] == ["Sitzung des Jugendhilfeausschusses"]


def test_deadlines_calendar_holds_all_day_events_of_public_deadlines(client, demo):
    events = calendar_events(client.get("/deadlines.ics"))
    summaries = " ".join(str(e["SUMMARY"]) for e in events)
    assert "Responses to the budget consultation" in summaries
    assert "Radfahrstreifen" not in summaries
    assert all(not hasattr(e.decoded("DTSTART"), "hour") for e in events)


def test_deadlines_calendar_follows_the_page_filter(client, demo):
    events = calendar_events(client.get("/deadlines.ics", {"body": "northbridge-city-council"}))
    assert [str(e["SUMMARY"]) for e in events] == ["Deadline: Responses to the budget consultation"]


def test_search_feed_is_atom_with_the_matching_papers(client, demo):
    response = client.get("/search/feed.atom", {"q": "Kindertagesbetreuung"})
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    titles = [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]
    # The paper with the typed word comes first; a paper that mentions a Kita (same concept) may follow.
    assert titles[0] == "Ausbau der Kindertagesbetreuung im Stadtteil Nordviertel (0412/2026)"
    assert len(titles) <= 2


def test_search_feed_links_back_to_the_search(client, demo):
    root = ET.fromstring(client.get("/search/feed.atom", {"q": "budget", "body": "northbridge-city-council"}).content)
    links = [link.get("href") for link in root.findall(f"{ATOM}link")]
    assert any("/search/?q=budget&body=northbridge-city-council" in href for href in links)


def test_search_feed_entries_link_to_the_paper_pages(client, demo):
    root = ET.fromstring(client.get("/search/feed.atom", {"q": "budget"}).content)
    entry_links = [link.get("href") for entry in root.iter(f"{ATOM}entry") for link in entry.findall(f"{ATOM}link")]
    assert entry_links and all("/papers/" in href for href in entry_links)
