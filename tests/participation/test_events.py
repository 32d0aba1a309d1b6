"""Events with registration: capacity and waiting list, the confirmation with its calendar file, cancelling, the deadline."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import icalendar
import pytest
from django.test import Client
from django.utils import timezone

from event_steps import open_event, register
from smtp_inbox import html_of, link_in, text_of
from townhall.council.models import AuditEntry
from townhall.participation.models import Conference, Registration


def test_a_clerk_opens_an_event_and_the_invitee_gets_an_invitation_with_a_registration_link(council, smtp):
    now = timezone.localtime()
    answer = council.clerk_client.post(f"/staff/events/new/{council.paper.pk}/", {
        "title": "Integrationskonference 2027", "description": "En dag om sprog.", "address": "Søby Rådhus",
        "starts_at": (now + timedelta(days=10)).strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (now + timedelta(days=10, hours=5)).strftime("%Y-%m-%dT%H:%M"),
        "registration_deadline": (now + timedelta(days=5)).strftime("%Y-%m-%dT%H:%M"),
        "capacity": "40", "waiting_list": "on", "fields": ["organisation", "diet"],
        "questions": "Hvilken workshop?", "invitees": "Mette Lund, mette@udvalg.example",
    })
    conference = Conference.objects.get()
    assert answer.status_code == 302 and answer["Location"] == f"/staff/events/{conference.pk}/"
    mail = smtp.wait_for("mette@udvalg.example")[0]
    assert "Integrationskonference 2027" in mail["Subject"]
    form = Client().get(link_in(mail, "invitation=")).content.decode()
    assert "Mette Lund" in form and "Hvilken workshop?" in form and 'name="field_diet"' in form
    assert AuditEntry.objects.filter(action="event.open", object_id=str(conference.pk)).exists()
    assert f"/events/{conference.pk}/" in Client().get(f"/papers/{council.paper.pk}/").content.decode()


def test_a_case_handler_of_another_body_cannot_open_an_event_or_read_its_participants(council):
    conference = open_event(council)
    assert council.outsider_client.get(f"/staff/events/new/{council.paper.pk}/").status_code == 403
    assert council.outsider_client.get(f"/staff/events/{conference.pk}/").status_code == 403
    assert council.outsider_client.get(f"/staff/events/{conference.pk}/participants.csv").status_code == 403
    assert Client().get(f"/staff/events/{conference.pk}/participants.csv").status_code == 302


def test_registrations_fill_the_places_then_the_waiting_list_each_told_where_they_stand(council, smtp):
    conference = open_event(council, capacity=2)
    for number in (1, 2, 3):
        answer = register(Client(), conference, name=f"Person {number}", email=f"p{number}@example.org")
        assert answer.status_code == 302
    states = list(Registration.objects.order_by("pk").values_list("status", flat=True))
    assert states == ["confirmed", "confirmed", "waiting"]
    confirmed = smtp.wait_for("p1@example.org")[0]
    assert "Registration confirmed" in confirmed["Subject"]
    ics = [part for part in confirmed.iter_attachments() if part.get_content_type() == "text/calendar"]
    assert len(ics) == 1
    event = icalendar.Calendar.from_ical(ics[0].get_content()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Integrationskonference 2027" and "Søby Rådhus" in str(event["LOCATION"])
    assert event.decoded("DTSTART") == conference.starts_at.replace(microsecond=0)
    waiting = smtp.wait_for("p3@example.org")[0]
    assert "waiting list" in waiting["Subject"] and "number 1 on the waiting list" in text_of(waiting)
    assert not [part for part in waiting.iter_attachments() if part.get_content_type() == "text/calendar"]
    page = Client().get(link_in(waiting, "/events/registrations/")).content.decode()
    assert "You are number 1 on the waiting list" in page
    assert "All places are taken; you can register for the waiting list." in Client().get(f"/events/{conference.pk}/").content.decode()


def test_cancelling_a_place_moves_the_first_on_the_waiting_list_up_and_tells_them(council, smtp):
    conference = open_event(council, capacity=1)
    register(Client(), conference, name="Første", email="first@example.org")
    register(Client(), conference, name="Anden", email="second@example.org")
    register(Client(), conference, name="Tredje", email="third@example.org")
    cancel_link = link_in(smtp.wait_for("first@example.org")[0], "/events/registrations/")
    assert "Cancel my registration" in Client().get(cancel_link).content.decode()
    assert Registration.objects.get(email="first@example.org").status == "confirmed"   # opening the link cancels nothing
    Client().post(cancel_link + "cancel/")
    assert dict(Registration.objects.values_list("email", "status")) == {
        "first@example.org": "cancelled", "second@example.org": "confirmed", "third@example.org": "waiting"}
    moved = smtp.wait_for("second@example.org", 2)[1]
    assert "You have a place" in moved["Subject"]
    assert [part for part in moved.iter_attachments() if part.get_content_type() == "text/calendar"]
    assert "Registration cancelled" in smtp.wait_for("first@example.org", 2)[1]["Subject"]
    assert "number 1 on the waiting list" in Client().get(
        f"/events/registrations/{Registration.objects.get(email='third@example.org').token}/").content.decode()


def test_a_full_event_without_waiting_list_refuses_registration_saying_so(council):
    conference = open_event(council, capacity=1, waiting_list=False)
    register(Client(), conference, email="first@example.org")
    answer = register(Client(), conference, email="late@example.org")
    assert answer.status_code == 400 and "This event is full: all 1 places are taken." in answer.content.decode()
    assert Registration.objects.count() == 1


def test_registration_after_the_deadline_is_refused_naming_the_deadline(council):
    conference = open_event(council)
    Conference.objects.filter(pk=conference.pk).update(registration_deadline=timezone.now() - timedelta(hours=1))
    answer = register(Client(), conference)
    body = answer.content.decode()
    assert answer.status_code == 400 and "Registration for this event closed on" in body
    assert Registration.objects.count() == 0


def test_registering_twice_with_one_address_keeps_one_registration(council, smtp):
    conference = open_event(council)
    register(Client(), conference)
    register(Client(), conference)
    assert Registration.objects.count() == 1
    assert len(smtp.wait_for("anna@example.org", 2)) == 2


def test_a_malformed_address_and_the_honeypot_are_refused(council):
    conference = open_event(council)
    answer = register(Client(), conference, email="anna@@example")
    assert answer.status_code == 400 and "Enter a valid e-mail address" in answer.content.decode()
    assert register(Client(), conference, website="http://spam.example").status_code == 400
    assert Registration.objects.count() == 0


def test_registrations_are_rate_limited_per_network(council, settings):
    settings.FORM_LIMIT_PER_NETWORK = 3
    conference = open_event(council, capacity=None)
    codes = [register(Client(), conference, email=f"n{n}@example.org").status_code for n in range(5)]
    assert codes == [302, 302, 302, 429, 429]


def test_script_in_a_registration_is_text_in_the_mail_the_staff_page_and_the_csv(council, smtp):
    conference = open_event(council)
    register(Client(), conference, name="<script>alert(1)</script>", field_diet="=HYPERLINK(\"http://evil\")")
    mail = smtp.wait_for("anna@example.org")[0]
    assert "<script>" not in html_of(mail) and "&lt;script&gt;" in html_of(mail)
    page = council.clerk_client.get(f"/staff/events/{conference.pk}/").content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    rows = list(csv.reader(io.StringIO(council.clerk_client.get(f"/staff/events/{conference.pk}/participants.csv").content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Name", "E-mail", "Status"] and "Dietary requirements" in rows[0]
    assert rows[1][rows[0].index("Dietary requirements")] == "'=HYPERLINK(\"http://evil\")"


def test_the_participant_list_exports_places_and_waiting_list_as_csv_and_is_logged(council):
    conference = open_event(council, capacity=1)
    register(Client(), conference, name="Bo Holm", email="bo@example.org", question_1="Beskæftigelse")
    register(Client(), conference, name="Carl Sen", email="carl@example.org")
    answer = council.clerk_client.get(f"/staff/events/{conference.pk}/participants.csv")
    assert answer.status_code == 200 and answer["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert [(row["Name"], row["Status"], row["Place on the waiting list"]) for row in rows] == [
        ("Bo Holm", "registered", ""), ("Carl Sen", "on the waiting list", "1")]
    assert rows[0]["Hvilken workshop vil du deltage i?"] == "Beskæftigelse" and rows[0]["Organisation"] == "Søby Lejerforening"
    assert AuditEntry.objects.filter(action="event.participants.export", object_id=str(conference.pk)).exists()


def test_the_clerk_cancels_a_registration_and_the_waiting_list_moves_up_logged(council, smtp):
    conference = open_event(council, capacity=1)
    register(Client(), conference, email="first@example.org")
    register(Client(), conference, email="second@example.org")
    first = Registration.objects.get(email="first@example.org")
    council.clerk_client.post(f"/staff/events/{conference.pk}/registrations/{first.pk}/cancel/")
    assert Registration.objects.get(email="second@example.org").status == "confirmed"
    entry = AuditEntry.objects.get(action="event.registration.cancel")
    assert "first@example.org" not in str(entry.before) + str(entry.after)


def test_invitees_who_have_not_answered_are_reminded_once_before_the_deadline(council, smtp, settings):
    from townhall.participation.conferences import InviteeEntry, send_reminders

    settings.REMINDER_DAYS = 3
    conference = open_event(council, deadline=2, invitees=[
        InviteeEntry("Mette Lund", "mette@udvalg.example"), InviteeEntry("Ole Dam", "ole@udvalg.example"),
        InviteeEntry("Ida Krog", "ida@udvalg.example")])
    register(Client(), conference, name="Ole Dam", email="ole@udvalg.example")
    ida = conference.invitees.get(email="ida@udvalg.example")
    Client().post(f"/events/{conference.pk}/decline/", {"invitation": ida.token})
    assert send_reminders() == 1
    assert send_reminders() == 0
    reminder = smtp.wait_for("mette@udvalg.example", 2)[1]
    assert "Påmindelse" in reminder["Subject"] and "invitation=" in text_of(reminder)   # in the body's language
    smtp.wait_for("ole@udvalg.example", 2)   # the invitation and the confirmation, no reminder
    assert len(smtp.to("ole@udvalg.example")) == 2 and len(smtp.to("ida@udvalg.example")) == 1


def test_no_reminder_while_the_deadline_is_further_away_than_the_reminder_days(council, settings):
    from townhall.participation.conferences import send_reminders

    settings.REMINDER_DAYS = 3
    open_event(council, deadline=6)
    assert send_reminders() == 0


def test_an_event_the_paper_names_opens_for_registration_in_one_step_pre_filled(council):
    from townhall.core.models import Deadline, Event

    start = timezone.localdate() + timedelta(days=30)
    event = Event.objects.create(paper=council.paper, body=council.body, name="Integrationskonferencen",
                                 place="Søby Kulturhus", start=start, end=start)
    Deadline.objects.create(paper=council.paper, body=council.body, date=start - timedelta(days=10), purpose="tilmelding")
    paper_page = council.clerk_client.get(f"/papers/{council.paper.pk}/").content.decode()
    assert f"/staff/events/new/{council.paper.pk}/?from={event.pk}" in paper_page
    form = council.clerk_client.get(f"/staff/events/new/{council.paper.pk}/?from={event.pk}")
    fields = form.context["form"]
    assert fields["title"].value() == "Integrationskonferencen" and fields["address"].value() == "Søby Kulturhus"
    # The form shows the body's local time.
    assert fields["starts_at"].value().date() == start and fields["starts_at"].value().hour == 9
    assert fields["registration_deadline"].value().date() == start - timedelta(days=10)
    values = {field.name: field.value() for field in fields if field.value() not in (None, "", [])}
    for name in ("starts_at", "ends_at", "registration_deadline"):
        values[name] = values[name].strftime("%Y-%m-%dT%H:%M")
    values["waiting_list"] = "on"
    answer = council.clerk_client.post(f"/staff/events/new/{council.paper.pk}/", values)
    conference = Conference.objects.get()
    assert answer.status_code == 302 and conference.card_event_id == event.pk and conference.address == "Søby Kulturhus"
    assert f"?from={event.pk}" not in council.clerk_client.get(f"/papers/{council.paper.pk}/").content.decode()


def test_an_event_on_a_hidden_paper_stays_hidden(council):
    conference = open_event(council)
    council.paper.public = False
    council.paper.save()
    assert Client().get(f"/events/{conference.pk}/").status_code == 404
    assert Client().get(f"/events/{conference.pk}/calendar.ics").status_code == 404
    assert conference.title not in Client().get("/events/").content.decode()
