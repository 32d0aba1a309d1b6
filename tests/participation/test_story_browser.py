"""The whole story in headless Chromium against the live server, with a real SMTP server.

A clerk opens a hearing; the invited organisation gets the mail, responds with an attachment, edits
the response and gets its receipt; a response sent after the deadline is refused; the clerk
moderates, publishes and attaches the summary; a follower of the committee gets a digest.
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
