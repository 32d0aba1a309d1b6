"""The whole story in headless Chromium against the live server, with a real SMTP server.

A clerk opens a hearing; the invited organisation gets the mail, responds with an attachment, edits
the response and gets its receipt; a response sent after the deadline is refused; the clerk
moderates, publishes and attaches the summary; a follower of the committee gets a digest. Then a
conference the paper names is opened for registration, fills its places and its waiting list, and the
invitee who did not answer is reminded.
"""

from __future__ import annotations

import io
from datetime import timedelta

import docx
import pytest
from django.test import Client
from django.utils import timezone

from smtp_inbox import link_in, text_of
from townhall.core.models import Consultation, Organization, Paper
from townhall.participation.models import Hearing, Response

pytestmark = pytest.mark.browser

def new_page(chromium, base, session=None):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    if session:
        context.add_cookies([{"name": "sessionid", "value": session, "url": base}])
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def word_file(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_hearing_from_opening_to_published_responses_and_a_committee_digest(council, smtp, live_server, chromium, settings, tmp_path):
    settings.PUBLIC_URL = live_server.url
    base = live_server.url
    committee = Organization.objects.create(body=council.body, name="Social- og Integrationsudvalget", classification="committee")
    Consultation.objects.create(paper=council.paper, role="indstilling").organizations.add(committee)
    signed_in = Client()
    signed_in.force_login(council.clerk)
    clerk = new_page(chromium, base, signed_in.cookies["sessionid"].value)

    # 1. The clerk opens the hearing from the paper's page.
    clerk.goto(f"{base}/papers/{council.paper.pk}/")
    clerk.get_by_role("link", name="Open a hearing on this paper").click()
    clerk.get_by_label("Title").fill("Høring om integrationspolitik 2027")
    clerk.get_by_label("Hearing letter").fill("Kommunen beder om bemærkninger til udkastet.")
    clerk.get_by_label("Parts of the draft").fill("1. Sprog\n2. Beskæftigelse")
    clerk.get_by_label("Invited organisations").fill("Dansk Flygtningehjælp, hoering@flygtning.example, association")
    now = timezone.localtime()
    clerk.get_by_label("Opens").fill((now - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"))
    clerk.get_by_label("Closes").fill((now + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M"))
    clerk.get_by_role("button", name="Open the hearing").click()
    clerk.wait_for_url("**/staff/hearings/*/")
    hearing = Hearing.objects.get()

    # 2. The invited organisation responds with an attachment, through the link in its mail.
    invitation = smtp.wait_for("hoering@flygtning.example")[0]
    organisation = new_page(chromium, base)
    organisation.goto(base + link_in(invitation, "invitation="))
    assert organisation.get_by_text("You answer for Dansk Flygtningehjælp").is_visible()
    organisation.get_by_label("Your name").fill("Bo Holm")
    organisation.get_by_label("Part of the draft you comment on").select_option("1. Sprog")
    organisation.get_by_label("Your response").fill("Sprogundervisningen bør starte i første uge. <b>Vigtigt</b>")
    attachment = tmp_path / "bemaerkninger.docx"
    attachment.write_bytes(word_file("Vi ønsker gratis sprogundervisning for alle."))
    organisation.get_by_label("Attachments (PDF, Word, OpenDocument, PNG or JPEG)").set_input_files(str(attachment))
    organisation.get_by_label("Publish my name and my response with the hearing's responses").check()
    organisation.get_by_role("button", name="Send response").click()
    organisation.wait_for_url("**/hearings/responses/*/")
    receipt = organisation.locator("#receipt").inner_text()
    response = Response.objects.get()
    assert receipt == response.receipt and response.attachments.count() == 1
    first = smtp.wait_for("hoering@flygtning.example", 2)[1]
    assert receipt in first["Subject"]

    # 3. It edits the response with the link from the receipt and gets the receipt again.
    organisation.goto(base + link_in(first, "/hearings/responses/"))
    organisation.get_by_label("Your response").fill("Sprogundervisningen bør starte allerede i første uge.")
    organisation.get_by_role("button", name="Save changes").click()
    assert organisation.get_by_text("Your response was changed.").is_visible()
    again = smtp.wait_for("hoering@flygtning.example", 3)[2]
    assert receipt in again["Subject"] and "allerede i første uge" in text_of(again)

    # 4. A response sent after the deadline is refused, saying so.
    citizen = new_page(chromium, base)
    citizen.goto(f"{base}/hearings/{hearing.pk}/")
    citizen.get_by_label("Your name").fill("Carl Sen")
    citizen.get_by_label("E-mail address").fill("carl@example.org")
    citizen.get_by_label("Your response").fill("Jeg kommer for sent.")
    Hearing.objects.filter(pk=hearing.pk).update(closes_at=timezone.now() - timedelta(minutes=1))
    citizen.get_by_role("button", name="Send response").click()
    assert citizen.get_by_text("responses are no longer taken").first.is_visible()
    assert Response.objects.count() == 1

    # 5. The clerk moderates, publishes and attaches the summary to the paper.
    clerk.goto(f"{base}/staff/hearings/{hearing.pk}/")
    assert clerk.get_by_text("bemaerkninger.docx").is_visible()
    clerk.locator(f"#redact-{response.pk}").fill("Navn ønskes ikke offentliggjort")
    clerk.get_by_role("button", name="Hide name and organisation").click()
    clerk.get_by_role("button", name="Publish the responses").click()
    clerk.get_by_role("textbox", name="Hearing summary").fill("Høringsnotat: ønske om tidligere sprogundervisning.")
    clerk.get_by_role("button", name="Save and attach to the paper").click()
    assert clerk.get_by_text("The summary was saved and attached to the paper.").is_visible()
    published = new_page(chromium, base)
    published.goto(f"{base}/hearings/{hearing.pk}/responses/")
    body = published.locator("main").inner_text()
    assert "allerede i første uge" in body and "Name withheld" in body and "Bo Holm" not in body
    published.goto(f"{base}/papers/{council.paper.pk}/")
    summary_file = Hearing.objects.get().summary_file
    assert summary_file.name == "Høringsnotat: Høring om integrationspolitik 2027"   # in the paper's language
    assert published.locator(f'a[href*="/files/{summary_file.pk}/"]').count() >= 1

    # 6. A follower of the committee confirms and gets a digest of the next paper before it.
    follower = new_page(chromium, base)
    follower.goto(f"{base}/organizations/{committee.pk}/")
    follower.get_by_role("link", name="Follow by e-mail").click()
    follower.get_by_label("E-mail address").fill("borger@example.org")
    follower.get_by_label("As soon as there is news").check()
    follower.get_by_role("button", name="Follow by e-mail").click()
    assert follower.get_by_text("We sent a mail to borger@example.org").is_visible()
    follower.goto(base + link_in(smtp.wait_for("borger@example.org")[0], "/follow/confirm/"))
    follower.get_by_role("button", name="Confirm").click()
    assert follower.get_by_text("You follow it now").is_visible()
    paper = Paper.objects.create(body=council.body, name="Handleplan for sprogundervisning", public=True, kind="proposal")
    Consultation.objects.create(paper=paper, role="indstilling").organizations.add(committee)
    from townhall.participation.follows import send_digests

    assert send_digests(now=timezone.now() + timedelta(seconds=1))["mails"] == 1
    digest = smtp.wait_for("borger@example.org", 2)[1]
    assert "Handleplan for sprogundervisning" in text_of(digest)
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_conference_fills_its_places_then_the_waiting_list_and_the_invitee_who_did_not_answer_is_reminded(
        council, smtp, live_server, chromium, settings):
    from townhall.core.models import Deadline, Event
    from townhall.jobs.scheduler import tick
    from townhall.participation.models import Conference, Registration

    settings.PUBLIC_URL = live_server.url
    settings.REMINDER_DAYS = 3
    base = live_server.url
    start = timezone.localdate() + timedelta(days=20)
    Event.objects.create(paper=council.paper, body=council.body, name="Integrationskonferencen 2027", place="Søby Kulturhus",
                         start=start, end=start)
    Deadline.objects.create(paper=council.paper, body=council.body, date=start - timedelta(days=10), purpose="Tilmelding")
    signed_in = Client()
    signed_in.force_login(council.clerk)
    clerk = new_page(chromium, base, signed_in.cookies["sessionid"].value)

    # 6a. The clerk opens the event the paper names for registration, checking the pre-filled form.
    clerk.goto(f"{base}/papers/{council.paper.pk}/")
    clerk.get_by_role("link", name="Open registration for “Integrationskonferencen 2027”").click()
    assert clerk.get_by_label("Title").input_value() == "Integrationskonferencen 2027"
    assert clerk.get_by_label("Address").input_value() == "Søby Kulturhus"
    clerk.locator("#id_capacity").fill("2")
    clerk.get_by_label("Dietary requirements").check()
    clerk.get_by_label("Invited people").fill("Mette Lund, mette@udvalg.example\nOle Dam, ole@udvalg.example")
    clerk.get_by_role("button", name="Open for registration").click()
    clerk.wait_for_url("**/staff/events/*/")
    conference = Conference.objects.get()
    invitation = smtp.wait_for("ole@udvalg.example")[0]

    # 6b. Two people take the two places (one through the invitation), the third goes onto the waiting list.
    for number, (name, address) in enumerate([("Ole Dam", None), ("Anna Berg", "anna@example.org"),
                                              ("Carl Sen", "carl@example.org")]):
        visitor = new_page(chromium, base)
        visitor.goto(base + link_in(invitation, "invitation=") if address is None else f"{base}/events/{conference.pk}/")
        if address is not None:
            visitor.get_by_label("Your name").fill(name)
            visitor.get_by_label("E-mail address").fill(address)
        visitor.get_by_label("Dietary requirements").fill("vegetar")
        visitor.get_by_role("button", name="Join the waiting list" if number == 2 else "Register").click()
        visitor.wait_for_url("**/events/registrations/*/")
        expected = "You are number 1 on the waiting list." if number == 2 else "You have a place."
        assert expected in visitor.locator("#registration-status").inner_text()
    assert list(Registration.objects.order_by("pk").values_list("status", flat=True)) == ["confirmed", "confirmed", "waiting"]
    confirmed = smtp.wait_for("anna@example.org")[0]
    assert [part for part in confirmed.iter_attachments() if part.get_content_type() == "text/calendar"]
    assert "waiting list" in text_of(smtp.wait_for("carl@example.org")[0])

    # 6c. Three days before the deadline the invitee who did not answer is reminded, once; the one who registered is not.
    Conference.objects.filter(pk=conference.pk).update(registration_deadline=timezone.now() + timedelta(days=2))
    tick()
    tick()
    reminder = smtp.wait_for("mette@udvalg.example", 2)[1]
    assert "Integrationskonferencen 2027" in reminder["Subject"] and "invitation=" in text_of(reminder)
    assert len(smtp.to("mette@udvalg.example")) == 2
    assert len(smtp.to("ole@udvalg.example")) == 2   # the invitation and the confirmation

    # 6d. A place given back goes to the first on the waiting list.
    anna = new_page(chromium, base)
    anna.goto(base + link_in(confirmed, "/events/registrations/"))
    anna.get_by_role("button", name="Cancel my registration").click()
    assert anna.get_by_text("Your registration was cancelled.").is_visible()
    moved = smtp.wait_for("carl@example.org", 2)[1]
    assert "A place became free" in text_of(moved)   # in the language the registrant wrote in
