"""Meetings at the centre: agendas with routed papers and outcomes, routes with past outcomes, time shown right."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import icalendar
import pytest
from django.test import Client
from django.utils import timezone

from townhall.core import services
from townhall.core.models import Consultation, Deadline, Meeting, Organization, Paper

pytestmark = pytest.mark.django_db


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=timezone.get_current_timezone())


@pytest.fixture
def committee(body):
    return Organization.objects.create(body=body, name="Økonomiudvalget", organization_type="committee")


def _routed(body, committee, meeting, *, name: str, public: bool = True, card: dict | None = None) -> Paper:
    paper = Paper.objects.create(body=body, name=name, language="da", public=public, card=card or {})
    step = Consultation.objects.create(paper=paper, meeting=meeting, position=0, role="Beslutning",
                                       date=timezone.localtime(meeting.start).date())
    step.organizations.add(committee)
    return paper


def test_paper_routed_to_a_meeting_without_an_agenda_is_on_its_page(client, body, committee):
    meeting = Meeting.objects.create(body=body, name="Økonomiudvalget", start=_midnight(date(2019, 3, 5)))
    meeting.organizations.add(committee)
    _routed(body, committee, meeting, name="Budget 2020 – første behandling", card={"references": {"agenda_item": "Punkt 7"}})
    page = client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert "Budget 2020 – første behandling" in page
    assert '<span class="agenda-number">7</span>' in page
    assert "The agenda has not been published yet." not in page
    assert "No outcome recorded" in page


def test_routed_paper_not_on_the_published_agenda_is_listed_after_the_items(client, body, committee):
    meeting = Meeting.objects.create(body=body, name="Økonomiudvalget", start=timezone.now() - timedelta(days=3))
    services.agenda_item_create(meeting=meeting, order=1, number="1", name="Godkendelse af dagsorden", public=True)
    _routed(body, committee, meeting, name="Lokalplan 12")
    page = client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert page.index("Godkendelse af dagsorden") < page.index("Lokalplan 12")


def test_non_public_routed_paper_is_left_out_for_visitors_and_in_the_non_public_part_for_staff(staff_client, body, committee):
    meeting = Meeting.objects.create(body=body, name="Økonomiudvalget", start=timezone.now() - timedelta(days=3))
    _routed(body, committee, meeting, name="Åben sag")
    _routed(body, committee, meeting, name="Personalesag om løn", public=False)
    visitor = Client().get(f"/meetings/{meeting.pk}/").content.decode()
    assert "Åben sag" in visitor
    assert "Personalesag om løn" not in visitor
    assert "Non-public part" not in visitor
    staff = staff_client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert staff.index("Non-public part") < staff.index("Personalesag om løn")


def test_agenda_item_outcome_and_votes_are_shown_in_the_interface_language(client, body, committee):
    meeting = Meeting.objects.create(body=body, name="Byrådet", start=timezone.now() - timedelta(days=10))
    services.agenda_item_create(meeting=meeting, order=1, number="4", name="Klimaplan", public=True,
                                result="Godkendt med 21 stemmer for og 4 imod")
    page = client.get(f"/meetings/{meeting.pk}/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Angenommen" in page
    assert "21 dafür, 4 dagegen" in page
    assert "Godkendt med 21 stemmer for og 4 imod" in page


def test_meeting_with_only_a_date_is_shown_without_a_time(client, body, committee):
    meeting = Meeting.objects.create(body=body, name="Økonomiudvalget", start=_midnight(date(2019, 3, 5)))
    page = client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert "midnight" not in page and "0:00" not in page
    assert 'datetime="2019-03-05"' in page
    assert "time not given" in page


def test_calendar_file_of_a_dated_meeting_holds_an_all_day_event(client, body, committee):
    meeting = Meeting.objects.create(body=body, name="Økonomiudvalget", start=_midnight(date(2019, 3, 5)))
    calendar = icalendar.Calendar.from_ical(client.get(f"/meetings/{meeting.pk}/meeting.ics").content)
    event = next(iter(calendar.walk("VEVENT")))
    assert event["DTSTART"].dt == date(2019, 3, 5)
    assert event["DTEND"].dt == date(2019, 3, 6)
    assert b"DTSTART;VALUE=DATE:20190305" in event.to_ical()


def test_calendar_file_of_a_timed_meeting_keeps_its_time(client, demo):
    meeting = Meeting.objects.get(name="Byrådsmøde")
    calendar = icalendar.Calendar.from_ical(client.get(f"/meetings/{meeting.pk}/meeting.ics").content)
    event = next(iter(calendar.walk("VEVENT")))
    assert event["DTSTART"].dt == meeting.start


def test_feed_of_all_meetings_exports_dated_meetings_as_all_day(client, body, committee):
    Meeting.objects.create(body=body, name="Økonomiudvalget", start=_midnight(timezone.localdate() + timedelta(days=3)))
    calendar = icalendar.Calendar.from_ical(client.get("/meetings.ics").content)
    starts = [event["DTSTART"].dt for event in calendar.walk("VEVENT")]
    assert starts == [timezone.localdate() + timedelta(days=3)]


def test_past_route_step_without_an_outcome_says_so_and_never_upcoming(client, body, committee):
    meeting = Meeting.objects.create(body=body, name="Økonomiudvalget", start=_midnight(date(2012, 6, 1)))
    paper = _routed(body, committee, meeting, name="Skolestruktur")
    later = Consultation.objects.create(paper=paper, position=1, role="Orientering")  # undated, on a paper of 2012
    later.organizations.add(committee)
    services.papers_date_refresh([paper.pk])
    page = client.get(f"/papers/{paper.pk}/").content.decode()
    route = page[page.index('class="timeline"'):page.index("</ol>", page.index('class="timeline"'))]
    assert route.count("No outcome recorded") == 2
    assert "Upcoming" not in route


def test_route_step_shows_the_outcome_of_its_agenda_item(client, demo):
    paper = Paper.objects.get(name="Minutes of the Housing and Communities Committee")
    page = client.get(f"/papers/{paper.pk}/").content.decode()
    assert 'class="outcome outcome-recommended"' in page


def test_future_route_step_is_upcoming(client, demo):
    paper = Paper.objects.get(name="Godkendelse af Klimaplan 2030 for Søby Kommune")
    assert "Upcoming" in client.get(f"/papers/{paper.pk}/").content.decode()


def test_calendar_month_grid_puts_each_meeting_on_its_day(client, demo):
    meeting = Meeting.objects.get(name="Byrådsmøde")
    start = timezone.localtime(meeting.start)
    page = client.get(f"/calendar/{start.year}/{start.month}/").content.decode()
    grid = page[page.index('class="month-grid"'):page.index("</table>")]
    assert f'href="#day-{start:%Y-%m-%d}"' in grid
    assert f'href="/meetings/{meeting.pk}/"' in grid
    assert f'id="day-{start:%Y-%m-%d}"' in page


def test_deadlines_say_how_many_days_are_left_or_that_they_passed(client, demo):
    paper = Paper.objects.get(name="Budget consultation 2027/28")
    Deadline.objects.create(paper=paper, body=paper.body, date=timezone.localdate() - timedelta(days=2), purpose="Early responses")
    page = client.get("/deadlines/", {"start": (timezone.localdate() - timedelta(days=5)).isoformat()}).content.decode()
    assert "28 days left" in page
    assert "passed" in page


def test_agenda_item_page_shows_its_outcome(client, body):
    meeting = Meeting.objects.create(body=body, name="Byrådet", start=timezone.now() - timedelta(days=1))
    item = services.agenda_item_create(meeting=meeting, order=1, number="2", name="Budget", public=True, result="Udsat")
    page = client.get(f"/agenda-items/{item.pk}/").content.decode()
    assert 'class="outcome outcome-deferred"' in page


def test_deadlines_filter_offers_the_committees_of_the_chosen_municipality_only(client, demo):
    page = client.get("/deadlines/").content.decode()
    field = page[page.index('id="organization-field"'):page.index("</div>", page.index('id="organization-field"'))]
    assert "Choose a municipality first" in field and "Økonomiudvalget" not in field
    page = client.get("/deadlines/", {"body": "soeby-kommune"}).content.decode()
    field = page[page.index('id="organization-field"'):page.index("</div>", page.index('id="organization-field"'))]
    assert "Økonomiudvalget" in field
    assert "Jugendhilfeausschuss" not in field


def test_calendar_month_names_each_meetings_time_place_and_state_with_its_name_escaped(client, body, committee):
    from townhall.core.models import Location

    day = timezone.localdate().replace(day=10)
    hall = Location.objects.create(description="Rådhuset", room="Sal <1>")
    timed = Meeting.objects.create(body=body, name="Møde om <script>x</script>", location=hall, cancelled=True,
                                   start=datetime.combine(day, time(16, 30), tzinfo=timezone.get_current_timezone()))
    dated = Meeting.objects.create(body=body, name="", start=_midnight(day))
    page = client.get(f"/calendar/{day.year}/{day.month}/").content.decode()
    cell = page[page.index('class="cell-meetings"'):page.index("</ul>", page.index('class="cell-meetings"'))]
    assert f'<time datetime="{timezone.localtime(timed.start).isoformat()}">16:30</time> Møde om &lt;script&gt;x&lt;/script&gt;</a>' in cell
    assert f'<a href="/meetings/{dated.pk}/" lang="{body.language}">Meeting</a>' in cell
    listed = page[page.index(f'id="day-{day:%Y-%m-%d}"'):]
    assert "Møde om &lt;script&gt;x&lt;/script&gt;" in listed and "<script>x" not in page
    assert "Rådhuset, Sal &lt;1&gt;" in listed
    assert '<span class="tag tag-closed">Cancelled</span>' in listed
    assert "<span>time not given</span>" in listed
