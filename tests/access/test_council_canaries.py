"""No material the clerk's side keeps back reaches anyone who may not see it, on any public surface.

Canary words stand in a draft that was never published, a non-public matter on an agenda (its
title, its decision's resolution text and the members' agenda and minutes), a meeting planned but not
yet invited, and a late item whose supplement is not published. Every page, search, feed, calendar,
OParl list and object and file is fetched anonymously and as each staff role of the body and of
another body (roles alone grant no non-public material on the public site); staff pages of another
body answer nothing.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from crawl import Crawl, crawl_oparl, crawl_site

pytestmark = pytest.mark.django_db

DRAFT, CLOSED, RESOLUTION, PLANNED, LATE = "Kanarieudkast", "Kanarielukket", "Kanariebeslutning", "Kanariemoede", "Kanariesent"
CANARIES = [DRAFT, CLOSED, RESOLUTION, PLANNED, LATE]


@pytest.fixture
def council_world(demo, django_user_model):
    from townhall.core.models import Body, Organization
    from townhall.council.models import Result, Role, StaffRole, StepRole
    from townhall.council.services import decisions, invitations, meetings, papers
    from townhall.council.services.routes import StepPlan, route_set

    body = Body.objects.get(slug__startswith="soeby")
    committee = Organization.objects.get(body=body, name="Teknik- og Miljøudvalget")
    clerk = django_user_model.objects.get(username="soeby-sekretariat")

    draft = papers.paper_draft(by=clerk, body=body, name=f"{DRAFT} om vejnavne", recommendation=f"{DRAFT} indstilling")
    route_set(by=clerk, paper=draft, steps=[StepPlan(committee, StepRole.DECISION)])

    closed = papers.paper_draft(by=clerk, body=body, name=f"{CLOSED} personalesag", confidential=True)
    route_set(by=clerk, paper=closed, steps=[StepPlan(committee, StepRole.DECISION)])
    papers.paper_submit(by=clerk, paper=closed)
    held = meetings.meeting_create(by=clerk, organization=committee, start=timezone.now() - timedelta(days=2))
    meetings.agenda_add_item(by=clerk, meeting=held, name="Godkendelse af dagsorden")
    item = meetings.agenda_add_paper(by=clerk, meeting=held, paper=closed)
    invitations.invitation_publish(by=clerk, meeting=held)
    for agenda_item in held.agenda_items.all():
        decisions.decision_record(by=clerk, item=agenda_item, result=Result.APPROVED, unanimous=True,
                                  resolution_text=f"{RESOLUTION} fratrædelse" if agenda_item == item else "Godkendt.")
    decisions.minutes_approve(by=clerk, meeting=held)
    decisions.minutes_publish(by=clerk, meeting=held)

    meetings.meeting_create(by=clerk, organization=committee, start=timezone.now() + timedelta(days=9), name=f"{PLANNED} ekstraordinært")
    coming = meetings.meeting_create(by=clerk, organization=committee, start=timezone.now() + timedelta(days=4))
    meetings.agenda_add_item(by=clerk, meeting=coming, name="Meddelelser")
    invitations.invitation_publish(by=clerk, meeting=coming)
    meetings.agenda_add_item(by=clerk, meeting=coming, name=f"{LATE} vejarbejde")

    accounts = {}
    other = Body.objects.get(name="Stadt Lindenau")
    other_committee = Organization.objects.filter(body=other, classification="committee").first()
    for key, role, where, organization in [
        ("case handler", Role.CASE_HANDLER, body, None), ("secretary", Role.SECRETARY, body, committee),
        ("council member", Role.MEMBER, body, committee), ("administrator of another body", Role.ADMINISTRATOR, other, None),
        ("secretary of another body", Role.SECRETARY, other, other_committee),
    ]:
        user = django_user_model.objects.create_user(username=key.replace(" ", "-"), password="a-long-test-password")
        StaffRole.objects.create(user=user, role=role, body=where, organization=organization)
        accounts[key] = user
    return {"accounts": accounts, "draft": draft, "closed": closed, "held": held}


VISITORS = ["anonymous", "case handler", "secretary", "council member", "administrator of another body", "secretary of another body"]


@pytest.mark.parametrize("visitor", VISITORS)
def test_no_council_canary_reaches_the_public_surfaces(council_world, visitor):
    client = Client()
    if visitor != "anonymous":
        client.force_login(council_world["accounts"][visitor])
    crawl = Crawl(client)
    crawl_site(crawl, CANARIES)
    crawl_oparl(crawl)
    assert crawl.failures() == []
    leaks = [f"{stem} -> {where}" for stem in CANARIES for where in crawl.found(stem)]
    assert leaks == [], "\n".join(leaks)


@pytest.mark.parametrize("visitor", ["administrator of another body", "secretary of another body"])
def test_staff_of_another_body_reach_no_staff_page_of_this_one(council_world, visitor):
    client = Client()
    client.force_login(council_world["accounts"][visitor])
    held = council_world["held"].pk
    for url in [f"/staff/papers/{council_world['draft'].pk}/", f"/staff/papers/{council_world['closed'].pk}/versions/",
                f"/staff/meetings/{held}/", f"/staff/meetings/{held}/minutes/", f"/staff/meetings/{held}/agenda-members.pdf",
                f"/staff/meetings/{held}/minutes-members.pdf"]:
        response = client.get(url)
        assert response.status_code in (403, 404), url
        assert not any(stem.encode() in response.content for stem in CANARIES), url


def test_the_committee_secretary_reads_the_members_agenda_with_the_closed_matter(council_world):
    client = Client()
    client.force_login(council_world["accounts"]["secretary"])
    held = council_world["held"].pk
    packet = client.get(f"/staff/meetings/{held}/agenda-members.pdf")
    assert packet.status_code == 200
    import pypdfium2 as pdfium

    text = "".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(packet.content))
    assert CLOSED in text
