"""No material the clerk's side keeps back reaches anyone who may not see it, on any surface.

Canary words stand in a draft that was never published, a non-public matter on an agenda (its
title, its document, its decision's resolution text and the members' agenda and minutes), a meeting
planned but not yet invited, and a late item whose supplement is not published. Every page, search,
feed, calendar, OParl list and object and file is fetched anonymously and as each staff role of the
body and of another body. Roles alone grant no non-public material on the public site, with one
exception: the council members of the committee read its non-public matter there once the
invitation is published (and nothing else: no draft, no planned meeting, no unannounced late item),
while feeds, calendar files, sitemaps and OParl stay public-only for them too. Staff pages of another
body answer nothing.
"""

from __future__ import annotations

from datetime import timedelta

import pypdfium2 as pdfium
import pytest
from django.test import Client
from django.utils import timezone

from crawl import Crawl, crawl_oparl, crawl_site

pytestmark = pytest.mark.django_db

DRAFT, CLOSED, RESOLUTION, PLANNED, LATE = "Kanarieudkast", "Kanarielukket", "Kanariebeslutning", "Kanariemoede", "Kanariesent"
CANARIES = [DRAFT, CLOSED, RESOLUTION, PLANNED, LATE]
#: What the committee's members read on the public pages; the rest nobody outside the staff pages does.
MEMBERS_READ = [CLOSED, RESOLUTION]


@pytest.fixture
def council_world(demo, django_user_model):
    from townhall.core.models import Body, Organization
    from townhall.council.models import MeetingRecord, Result, Role, StaffRole, StepRole
    from townhall.council.services import decisions, invitations, meetings, papers
    from townhall.council.services.routes import StepPlan, route_set

    body = Body.objects.get(slug__startswith="soeby")
    committee = Organization.objects.get(body=body, name="Teknik- og Miljøudvalget")
    finance = Organization.objects.get(body=body, name="Økonomiudvalget")
    clerk = django_user_model.objects.get(username="soeby-sekretariat")

    draft = papers.paper_draft(by=clerk, body=body, name=f"{DRAFT} om vejnavne", recommendation=f"{DRAFT} indstilling")
    route_set(by=clerk, paper=draft, steps=[StepPlan(committee, StepRole.DECISION)])

    text = f"Fortroligt bilag. {CLOSED} aftale om fratrædelse.\n"
    document = papers.upload_store(by=clerk, body=body, data=text.encode(), file_name="personalesag.txt",
                                   mime_type="text/plain", text=text, language="da")
    closed = papers.paper_draft(by=clerk, body=body, name=f"{CLOSED} personalesag", confidential=True, main_file=document)
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
        ("council member", Role.MEMBER, body, committee), ("council member of another committee", Role.MEMBER, body, finance),
        ("administrator of another body", Role.ADMINISTRATOR, other, None),
        ("secretary of another body", Role.SECRETARY, other, other_committee),
        ("council member of another body", Role.MEMBER, other, other_committee),
    ]:
        user = django_user_model.objects.create_user(username=key.replace(" ", "-"), password="a-long-test-password")
        StaffRole.objects.create(user=user, role=role, body=where, organization=organization)
        accounts[key] = user
    return {"accounts": accounts, "draft": draft, "closed": closed, "held": held, "record": MeetingRecord.objects.get(meeting=held)}


def _client(council_world, visitor: str) -> Client:
    client = Client()
    if visitor != "anonymous":
        client.force_login(council_world["accounts"][visitor])
    return client


def _crawl(client) -> Crawl:
    crawl = Crawl(client)
    crawl_site(crawl, CANARIES)
    crawl_oparl(crawl)
    return crawl


VISITORS = ["anonymous", "case handler", "secretary", "council member of another committee", "administrator of another body",
            "secretary of another body", "council member of another body"]


@pytest.mark.parametrize("visitor", VISITORS)
def test_no_council_canary_reaches_the_public_surfaces(council_world, visitor):
    crawl = _crawl(_client(council_world, visitor))
    assert crawl.failures() == []
    leaks = [f"{stem} -> {where}" for stem in CANARIES for where in crawl.found(stem)]
    assert leaks == [], "\n".join(leaks)


def _serves_the_public_share(kind: str) -> bool:
    """Say whether a surface answers everyone alike: feeds, calendar files, sitemaps and the OParl API."""
    return kind.startswith("OParl") or "iCalendar" in kind or "feed" in kind or kind == "sitemap"


def test_a_council_member_reads_the_non_public_matter_of_their_committee_and_nothing_else(council_world):
    crawl = _crawl(_client(council_world, "council member"))
    assert crawl.failures() == []
    leaks = [f"{stem} -> {where}" for stem in (DRAFT, PLANNED, LATE) for where in crawl.found(stem)]
    leaks += [f"{stem} -> {kind}" for stem in MEMBERS_READ for kind in crawl.kinds_holding(stem) if _serves_the_public_share(kind)]
    assert leaks == [], "\n".join(leaks)
    assert {"paper page", "agenda item page", "meeting page", "search page", "search results (htmx)", "file download",
            "document page", "organization page"} <= crawl.kinds_holding(CLOSED)
    assert "agenda item page" in crawl.kinds_holding(RESOLUTION)


def _pdf_text(data: bytes) -> str:
    return "".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(data))


@pytest.mark.parametrize("visitor, reads", [
    ("council member", True), ("anonymous", False), ("council member of another committee", False),
    ("council member of another body", False), ("case handler", False),
])
def test_the_members_agenda_and_minutes_are_on_the_meeting_page_for_its_members_alone(council_world, visitor, reads):
    client = _client(council_world, visitor)
    record = council_world["record"]
    page = client.get(f"/meetings/{council_world['held'].pk}/").content.decode()
    for pdf, stem in ((record.members_packet, CLOSED), (record.members_minutes, RESOLUTION)):
        assert (f"/files/{pdf.pk}/" in page) is reads
        download = client.get(f"/files/{pdf.pk}/download/")
        assert download.status_code == (200 if reads else 404)
        if reads:
            assert stem in _pdf_text(download.content)


def _soeby_count(client) -> int:
    facets = {group.name: group for group in client.get("/search/").context["facets"]}
    return next(option.count for option in facets["body"].options if option.label == "Søby Kommune")


def test_search_facets_count_the_committees_non_public_paper_for_its_members_alone(council_world):
    public = _soeby_count(Client())
    assert _soeby_count(_client(council_world, "council member")) == public + 1
    assert _soeby_count(_client(council_world, "council member of another committee")) == public
    assert _soeby_count(_client(council_world, "secretary")) == public


@pytest.mark.parametrize("visitor", ["administrator of another body", "secretary of another body"])
def test_staff_of_another_body_reach_no_staff_page_of_this_one(council_world, visitor):
    client = _client(council_world, visitor)
    held = council_world["held"].pk
    for url in [f"/staff/papers/{council_world['draft'].pk}/", f"/staff/papers/{council_world['closed'].pk}/versions/",
                f"/staff/meetings/{held}/", f"/staff/meetings/{held}/minutes/", f"/staff/meetings/{held}/agenda-members.pdf",
                f"/staff/meetings/{held}/minutes-members.pdf"]:
        response = client.get(url)
        assert response.status_code in (403, 404), url
        assert not any(stem.encode() in response.content for stem in CANARIES), url


def test_the_committee_secretary_reads_the_members_agenda_with_the_closed_matter(council_world):
    client = _client(council_world, "secretary")
    packet = client.get(f"/staff/meetings/{council_world['held'].pk}/agenda-members.pdf")
    assert packet.status_code == 200
    assert CLOSED in _pdf_text(packet.content)
