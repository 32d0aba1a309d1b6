"""A clerk opens a hearing; organisations and the public respond, get receipts, edit and withdraw until the deadline."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from hearing_steps import open_hearing, respond
from smtp_inbox import html_of, link_in, text_of
from townhall.council.models import AuditEntry
from townhall.participation.models import Hearing, Response


def test_a_clerk_opens_a_hearing_and_the_invited_organisation_gets_its_invitation(council, smtp):
    page = council.clerk_client.get(f"/staff/hearings/new/{council.paper.pk}/")
    assert page.status_code == 200 and "Udkast til integrationspolitik" in page.content.decode()
    now = timezone.localtime()
    answer = council.clerk_client.post(f"/staff/hearings/new/{council.paper.pk}/", {
        "title": "Høring om integrationspolitik", "letter": "Vi beder om bemærkninger inden fristen.",
        "documents": [council.draft.pk], "parts": "1. Sprog\n2. Beskæftigelse", "audience": "both",
        "invitees": "Dansk Flygtningehjælp, hoering@flygtning.example, association\nErhvervsforeningen, post@erhverv.example, business",
        "opens_at": (now - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        "closes_at": (now + timedelta(days=10)).strftime("%Y-%m-%dT%H:%M"),
    })
    hearing = Hearing.objects.get()
    assert answer.status_code == 302 and answer["Location"] == f"/staff/hearings/{hearing.pk}/"
    mail = smtp.wait_for("hoering@flygtning.example")[0]
    assert "Høring om integrationspolitik" in mail["Subject"]
    assert "Vi beder om bemærkninger inden fristen." in text_of(mail)
    invitation = link_in(mail, "invitation=")
    form = Client().get(invitation).content.decode()
    assert "Dansk Flygtningehjælp" in form and 'name="invitation"' in form
    assert smtp.wait_for("post@erhverv.example")
    assert AuditEntry.objects.filter(action="hearing.open", object_id=str(hearing.pk)).exists()
    # The time the clerk typed is the body's local time.
    assert timezone.localtime(hearing.closes_at).strftime("%H:%M") == (now + timedelta(days=10)).strftime("%H:%M")


def test_a_case_handler_of_another_body_cannot_open_a_hearing_on_the_paper(council):
    assert council.outsider_client.get(f"/staff/hearings/new/{council.paper.pk}/").status_code == 403
    assert Client().get(f"/staff/hearings/new/{council.paper.pk}/").status_code == 302


def test_the_hearing_page_shows_the_letter_the_documents_and_the_time_left(council):
    hearing = open_hearing(council, closes=3)
    page = Client().get(f"/hearings/{hearing.pk}/").content.decode()
    assert "Kommunen beder om jeres bemærkninger til udkastet." in page
    assert f"/files/{council.draft.pk}/" in page
    assert "2\xa0days" in page and "Send response" in page
    assert f"/hearings/{hearing.pk}/" in Client().get(f"/papers/{council.paper.pk}/").content.decode()


def test_a_response_gets_a_receipt_mail_and_can_be_edited_and_withdrawn_until_the_deadline(council, smtp):
    hearing = open_hearing(council)
    answer = respond(Client(), hearing)
    response = Response.objects.get()
    assert answer.status_code == 302 and answer["Location"] == f"/hearings/responses/{response.token}/"
    receipt = smtp.wait_for("anna@example.org")[0]
    assert response.receipt in receipt["Subject"] and response.receipt in text_of(receipt)
    own = link_in(receipt, "/hearings/responses/")
    visitor = Client()
    assert response.receipt in visitor.get(own).content.decode()

    edited = visitor.post(own, {"name": "Anna Berg", "text": "Sprogundervisningen bør starte i første uge.",
                                "part": "2. Beskæftigelse", "consent": "on", "kind": "citizen"})
    assert edited.status_code == 302
    response.refresh_from_db()
    assert response.text == "Sprogundervisningen bør starte i første uge." and response.part == "2. Beskæftigelse"
    again = smtp.wait_for("anna@example.org", 2)[1]
    assert response.receipt in again["Subject"] and "første uge" in text_of(again)

    visitor.post(own + "withdraw/")
    response.refresh_from_db()
    assert response.withdrawn is not None
    assert "withdrawn" in smtp.wait_for("anna@example.org", 3)[2]["Subject"]


def test_a_response_after_the_deadline_is_refused_with_the_deadline_named(council):
    hearing = open_hearing(council, opens=-10, closes=-1)
    answer = respond(Client(), hearing)
    assert answer.status_code == 400
    assert "passed on" in answer.content.decode() and "no longer taken" in answer.content.decode()
    assert not Response.objects.exists()


def test_a_late_response_is_taken_and_marked_late_when_the_clerk_allows_it(council):
    hearing = open_hearing(council, opens=-10, closes=-1, allow_late=True)
    assert respond(Client(), hearing).status_code == 302
    assert Response.objects.get().late is True


def test_a_response_cannot_be_changed_after_the_deadline(council):
    hearing = open_hearing(council)
    respond(Client(), hearing)
    response = Response.objects.get()
    Hearing.objects.filter(pk=hearing.pk).update(closes_at=timezone.now() - timedelta(minutes=1))
    answer = Client().post(f"/hearings/responses/{response.token}/", {"name": "X", "text": "Ændret", "kind": "citizen"})
    assert answer.status_code == 400 and "can no longer be changed" in answer.content.decode()
    response.refresh_from_db()
    assert response.text == "Sprogundervisningen bør starte tidligere."


def test_only_invited_organisations_answer_a_hearing_for_organisations(council):
    hearing = open_hearing(council, audience="organisations")
    public = respond(Client(), hearing)
    assert public.status_code == 400 and "Only invited organisations" in public.content.decode()
    invitee = hearing.invitees.get()
    answer = respond(Client(), hearing, invitation=invitee.token, email="hoering@flygtning.example")
    assert answer.status_code == 302
    response = Response.objects.get()
    assert response.invitee == invitee and response.organisation == "Dansk Flygtningehjælp" and response.kind == "association"


def test_html_in_a_response_is_escaped_on_every_page_and_in_the_mail(council, smtp):
    hearing = open_hearing(council, opens=-10, closes=1)
    script = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    respond(Client(), hearing, name=f"Eve {script}", text=f"Bemærkning {script}")
    response = Response.objects.get()
    mail = smtp.wait_for("anna@example.org")[0]
    assert "<script>" not in html_of(mail) and "&lt;script&gt;" in html_of(mail)
    assert "<script>alert" not in Client().get(f"/hearings/responses/{response.token}/").content.decode()
    assert "<script>alert" not in council.clerk_client.get(f"/staff/hearings/{hearing.pk}/").content.decode()


@pytest.mark.parametrize("email", ["anna", "anna@", "anna@@example.org", "anna@example..org", "a b@example.org", "anna@exam ple.org"])
def test_a_malformed_email_address_gets_a_clear_message(council, email):
    hearing = open_hearing(council)
    answer = respond(Client(), hearing, email=email)
    assert answer.status_code == 400 and "Enter a valid e-mail address" in answer.content.decode()
    assert not Response.objects.exists()


def test_a_form_that_fills_the_hidden_field_is_refused(council):
    hearing = open_hearing(council)
    assert respond(Client(), hearing, website="http://spam.example").status_code == 400
    assert not Response.objects.exists()


def test_a_thousand_responses_in_a_minute_from_one_address_are_rate_limited(council, settings):
    hearing = open_hearing(council)
    visitor = Client()
    statuses = [respond(visitor, hearing, extra={"REMOTE_ADDR": f"10.0.{n // 250}.{n % 250}"}).status_code for n in range(1000)]
    assert statuses.count(302) == settings.FORM_LIMIT_PER_ADDRESS
    assert statuses.count(429) == 1000 - settings.FORM_LIMIT_PER_ADDRESS
    assert Response.objects.count() == settings.FORM_LIMIT_PER_ADDRESS
    refused = respond(Client(), hearing)
    assert "Too many responses" in refused.content.decode()


def test_one_network_is_limited_across_addresses(council, settings):
    hearing = open_hearing(council)
    visitor = Client(REMOTE_ADDR="192.0.2.7")
    statuses = [respond(visitor, hearing, email=f"person{n}@example.org").status_code for n in range(40)]
    assert statuses.count(302) == settings.FORM_LIMIT_PER_NETWORK


def test_a_responder_can_ask_for_deletion_and_the_clerk_is_told(council, smtp):
    hearing = open_hearing(council)
    respond(Client(), hearing)
    response = Response.objects.get()
    Client().post(f"/hearings/responses/{response.token}/delete/")
    response.refresh_from_db()
    assert response.deletion_requested is not None
    told = smtp.wait_for("clerk@soeby.example")[0]
    assert response.receipt in told["Subject"] and f"/staff/hearings/{hearing.pk}/" in text_of(told)


def test_invited_organisations_that_have_not_responded_are_reminded_once_before_the_deadline(council, smtp, settings):
    from townhall.participation.hearings import InviteeEntry, send_reminders

    # Waiting for the invitation ticks the scheduler, whose hook sends reminders: none is due yet.
    settings.REMINDER_DAYS = 1
    hearing = open_hearing(council, closes=2, invitees=[
        InviteeEntry("Dansk Flygtningehjælp", "hoering@flygtning.example", "association"),
        InviteeEntry("Erhvervsforeningen", "post@erhverv.example", "business")])
    invitation = smtp.wait_for("post@erhverv.example")[0]
    Client().post(link_in(invitation, "invitation="), {
        "invitation": hearing.invitees.get(email="post@erhverv.example").token, "name": "Eva Ek",
        "email": "post@erhverv.example", "text": "Vi støtter udkastet.", "part": "", "website": ""})
    assert Response.objects.count() == 1
    settings.REMINDER_DAYS = 3
    assert send_reminders() == 1 and send_reminders() == 0
    reminder = smtp.wait_for("hoering@flygtning.example", 2)[1]
    assert "Påmindelse" in reminder["Subject"] and "invitation=" in text_of(reminder)   # in the body's language
    assert "Høring om integrationspolitik" in text_of(reminder)
    page = council.clerk_client.get(f"/staff/hearings/{hearing.pk}/").content.decode()
    assert "reminded" in page
    smtp.wait_for("post@erhverv.example", 2)   # the invitation and the receipt, no reminder
    assert len(smtp.to("post@erhverv.example")) == 2


def test_no_hearing_reminder_while_the_deadline_is_further_away_or_past(council, settings):
    from townhall.participation.hearings import send_reminders

    settings.REMINDER_DAYS = 3
    far = open_hearing(council, closes=6)
    assert send_reminders() == 0
    Hearing.objects.filter(pk=far.pk).update(closes_at=timezone.now() - timedelta(hours=1))
    assert send_reminders() == 0
