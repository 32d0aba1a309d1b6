"""The clerk's whole story in headless Chromium against the live server, with a real SMTP server.

A case handler uploads a document, confirms the pre-filled paper and routes it through two
committees to the council; the committee's secretary builds and publishes the agenda; the members
get the invitation by mail; the secretary records attendance, votes and the decision, and the paper
moves on; the minutes are published; the public sees exactly the public parts on the web and over
OParl, while the committee's member reads the non-public part; an action item is created and closed.
"""

from __future__ import annotations

import re

from datetime import timedelta

import pytest
from playwright.sync_api import expect
from django.test import Client
from django.utils import timezone

from townhall.core.models import AgendaItem, Meeting, Paper
from townhall.council.models import ActionItem, ActionStatus, Attendance, MeetingRecord, PaperStatus, StepState
from townhall.council.services.routes import route_of

pytestmark = pytest.mark.browser

DOCUMENT = """Søby Kommune
Teknik- og Miljøforvaltningen

Indstilling

Tilslutning til klimacharter for Søby

Sagsnr. 2026-0417

Forvaltningen indstiller, at udvalget anbefaler byrådet at tiltræde charteret.
"""
TITLE = "Tilslutning til klimacharter for Søby"
#: A non-public item on the agenda: members read it, the public never does.
CLOSED = "Personalesag Kanarielukket"


def signed_in_page(chromium, base, user=None):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    if user is not None:
        client = Client()
        client.force_login(user)
        context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}])
    page = context.new_page()
    page.set_default_timeout(20_000)
    return page


def press(page, name: str, scope=None) -> None:
    """Click the button *name* (in *scope*) and wait for the page it leads to."""
    with page.expect_navigation():
        (scope or page).get_by_role("button", name=name).click()


def test_a_paper_from_upload_through_decision_and_minutes_to_its_action_item(live_town, smtp, live_server, chromium, settings, tmp_path):
    town = live_town
    settings.PUBLIC_URL = base = live_server.url

    # 1. The case handler uploads the document, confirms the pre-filled paper and routes it.
    handler = signed_in_page(chromium, base, town.handler)
    handler.goto(f"{base}/staff/bodies/{town.body.slug}/papers/upload/")
    document = tmp_path / "indstilling.txt"
    document.write_text(DOCUMENT, encoding="utf-8")
    handler.get_by_label("Document (PDF, Word, text, HTML or a scan)").set_input_files(str(document))
    press(handler, "Read the document")
    assert handler.get_by_label("Title").input_value() == TITLE
    assert handler.get_by_label("Reference").input_value() == "2026-0417"
    handler.get_by_label("Drafting unit").select_option(label=town.unit.name)
    press(handler, "Save the draft")
    paper = Paper.objects.get(name=TITLE)
    assert paper.main_file.file_name == "indstilling.txt" and not paper.public
    for row, (organization, role) in enumerate([(town.committee, "preliminary"), (town.other_committee, "preliminary"),
                                                (town.council, "decision")]):
        handler.locator(f"#id_route-{row}-organization").select_option(label=organization.name)
        handler.locator(f"#id_route-{row}-role").select_option(role)
    press(handler, "Save the route")
    press(handler, "Submit")
    assert handler.get_by_text("The paper was submitted.").is_visible()
    assert [step.organization for step in route_of(paper)] == [town.committee, town.other_committee, town.council]

    # 2. The secretary plans the meeting, builds the agenda and publishes the invitation.
    secretary = signed_in_page(chromium, base, town.secretary)
    secretary.goto(f"{base}/staff/committees/{town.committee.pk}/meetings/")
    plan = secretary.locator("form", has=secretary.get_by_role("button", name="Plan the meeting"))
    plan.get_by_label("Name").fill("Teknisk udvalg, marts")
    plan.get_by_label("Start").fill((timezone.localtime() + timedelta(days=7)).strftime("%Y-%m-%dT%H:%M"))
    press(secretary, "Plan the meeting", plan)
    with secretary.expect_navigation():
        secretary.get_by_role("link", name="Teknisk udvalg, marts").click()
    meeting = Meeting.objects.get(name="Teknisk udvalg, marts")
    press(secretary, f"Put {TITLE} on the agenda")
    for title, public in ((CLOSED, False), ("Godkendelse af dagsorden", True)):
        secretary.get_by_label("Title of the item").fill(title)
        secretary.get_by_label(re.compile(r"^Public part")).set_checked(public)
        press(secretary, "Add the item")
    # The approval of the agenda goes first: two moves up, in place (htmx).
    secretary.evaluate("window.sameDocument = true")
    for place in (1, 0):
        secretary.get_by_role("button", name="Move Godkendelse af dagsorden up").click()
        expect(secretary.locator(".agenda-name").nth(place)).to_contain_text("Godkendelse af dagsorden")
    expect(secretary.get_by_role("button", name="Move Godkendelse af dagsorden up")).to_be_disabled()
    assert secretary.evaluate("window.sameDocument") is True   # no page reload
    press(secretary, "Publish the invitation")
    record = MeetingRecord.objects.get(meeting=meeting)
    assert record.invitation_published_at is not None
    items = list(AgendaItem.objects.filter(meeting=meeting).order_by("order"))
    assert [item.name for item in items] == ["Godkendelse af dagsorden", TITLE, CLOSED]
    assert [item.number for item in items] == ["1", "2", "3"]

    # 3. The members get the invitation through the real SMTP server, with the calendar entry.
    invitation = smtp.wait_for("member@soeby.example")[0]
    assert "Teknisk udvalg, marts" in invitation["Subject"]
    text = invitation.get_body(("plain",)).get_content()
    assert TITLE in text and CLOSED in text
    assert [part.get_content_type() for part in invitation.iter_attachments()] == ["text/calendar"]

    # 4. The meeting takes place; the secretary records attendance and the decisions.
    Meeting.objects.filter(pk=meeting.pk).update(start=timezone.now() - timedelta(hours=2), end=timezone.now() - timedelta(minutes=5))
    secretary.goto(f"{base}/staff/meetings/{meeting.pk}/")
    secretary.get_by_label(f"{town.member_person.name}: Present").check()
    press(secretary, "Save the attendance")
    decisions = [
        ("Godkendelse af dagsorden", {"result": "approved", "unanimous": True, "text": "Dagsordenen blev godkendt."}),
        (TITLE, {"result": "approved", "votes": ("5", "2", "0"), "text": "Udvalget anbefaler indstillingen."}),
        (CLOSED, {"result": "approved", "unanimous": True, "text": "Fratrædelse efter aftale Kanariebeslutning."}),
    ]
    for name, decision in decisions:
        form = secretary.locator("form", has=secretary.get_by_role("group", name=f"Decision on {name}"))
        form.get_by_label("Result").select_option(decision["result"])
        if decision.get("unanimous"):
            form.get_by_label("Unanimous").check()
        else:
            for label, value in zip(("For", "Against", "Abstaining"), decision["votes"]):
                form.get_by_label(re.compile(f"^{label}:?$")).fill(value)
        form.get_by_label("Resolution text").fill(decision["text"])
        press(secretary, "Record the decision", form)
    assert Attendance.objects.get(meeting=meeting, person=town.member_person).status == "present"
    steps = route_of(paper)
    assert [step.state for step in steps] == [StepState.DONE, StepState.CURRENT, StepState.PLANNED]
    assert steps[1].recommendation.startswith(f"{town.committee.name} anbefaler")
    handler.goto(f"{base}/staff/papers/{paper.pk}/")
    assert handler.locator(".recommendation").first.inner_text().startswith(f"{town.committee.name} anbefaler")

    # 5. The minutes are approved and published.
    press(secretary, "Approve the minutes")
    press(secretary, "Publish the minutes")
    record.refresh_from_db()
    assert record.minutes_published_at is not None

    # 6. The public sees exactly the public parts, on the web and over OParl.
    public = signed_in_page(chromium, base)
    public.goto(f"{base}/meetings/{meeting.pk}/")
    page = public.locator("main").inner_text()
    assert TITLE in page and "Godkendelse af dagsorden" in page
    assert "Kanarie" not in public.content()
    paper_item = items[1]
    public.goto(f"{base}/agenda-items/{paper_item.pk}/")
    item_page = public.locator("main").inner_text()
    assert "Udvalget anbefaler indstillingen." in item_page and "5 for, 2 imod, 0 undlod" in item_page
    assert public.goto(f"{base}/agenda-items/{items[2].pk}/").status == 404
    api = public.request.get(f"{base}/oparl/v1.1/meeting/{meeting.pk}").json()
    assert [item["name"] for item in api["agendaItem"]] == ["Godkendelse af dagsorden", TITLE]
    on_paper = api["agendaItem"][1]
    assert on_paper["result"] == "Godkendt (5 for, 2 imod, 0 undlod)"
    assert on_paper["resolutionText"] == "Udvalget anbefaler indstillingen."
    assert api["invitation"]["accessUrl"] and api["resultsProtocol"]["accessUrl"]
    minutes = public.request.get(api["resultsProtocol"]["accessUrl"])
    assert minutes.ok and minutes.headers["content-type"] == "application/pdf"
    body = public.request.get(f"{base}/oparl/v1.1/body/{town.body.pk}").json()
    listed = public.request.get(body["agendaItem"]).text()
    assert TITLE in listed and "Kanarie" not in listed
    public.goto(f"{base}/papers/{paper.pk}/")
    assert TITLE in public.locator("h1").inner_text()

    # The committee's member, signed in, reads the non-public part and the members' agenda.
    member = signed_in_page(chromium, base, town.member)
    member.goto(f"{base}/meetings/{meeting.pk}/")
    assert CLOSED in member.locator("main").inner_text()
    assert member.locator(f'a[href*="/files/{record.members_packet_id}/"]').count() >= 1

    # 7. An action item is created on the paper and closed with a follow-up.
    handler.goto(f"{base}/staff/papers/{paper.pk}/")
    handler.get_by_label("Task").fill("Meld tilslutningen til klimacharteret")
    handler.get_by_label("Responsible unit").select_option(label=town.unit.name)
    handler.get_by_label(re.compile(r"^Due")).fill((timezone.localdate() + timedelta(days=14)).isoformat())
    press(handler, "Create the action item")
    action = ActionItem.objects.get(paper=paper)
    handler.goto(f"{base}/staff/actions/{action.pk}/")
    handler.get_by_label("What happened").fill("Tilslutningen er meldt til sekretariatet.")
    handler.get_by_label("Status").select_option("done")
    press(handler, "Save the follow-up")
    assert handler.get_by_text("Tilslutningen er meldt til sekretariatet.").is_visible()
    action.refresh_from_db()
    assert action.status == ActionStatus.DONE
    assert paper.council.status == PaperStatus.SUBMITTED   # before the finance committee now
