"""The staff pages pass axe-core (every impact level) in Danish, German and English, and fit a phone.

The demo's council work gives every staff page something to show: a paper drafted, routed, decided
and moved on, its meeting invited, decided and minuted, an open action item. Beside it a draft with
its route form and a meeting whose agenda is still being built (candidates, free items, the
attendance table, the buttons that move items) are added. Each page is saved to
``build/screenshots/``.
"""

from __future__ import annotations

from datetime import timedelta
import pytest
from django.test import Client
from django.utils import timezone

pytestmark = pytest.mark.browser

LANGUAGES = {"da": "da-DK", "de": "de-DE", "en": "en-GB"}


def staff_pages(clerk) -> dict[str, str]:
    """Return every staff page with a name, for the Danish demo body (a draft and a planned meeting added)."""
    from townhall.core.models import Body, Organization
    from townhall.council.models import ActionItem, MeetingRecord, StepRole
    from townhall.council.services import meetings, papers
    from townhall.council.services.routes import StepPlan, route_set

    body = Body.objects.get(slug__startswith="soeby")
    committee = Organization.objects.get(body=body, name="Teknik- og Miljøudvalget")
    decided = MeetingRecord.objects.filter(organization=committee).get()
    draft = papers.paper_draft(by=clerk, body=body, name="Ny parkeringsstrategi", reference="TMU-2026-040",
                               recommendation="Forvaltningen indstiller, at strategien sendes i høring.")
    route_set(by=clerk, paper=draft, steps=[StepPlan(committee, StepRole.PRELIMINARY)])
    submitted = papers.paper_draft(by=clerk, body=body, name="Vejbelysning på Strandvejen")
    route_set(by=clerk, paper=submitted, steps=[StepPlan(committee, StepRole.DECISION)])
    papers.paper_submit(by=clerk, paper=submitted)
    planned = meetings.meeting_create(by=clerk, organization=committee, start=timezone.now() + timedelta(days=10),
                                      name="Teknik- og Miljøudvalget, næste møde")
    meetings.agenda_add_item(by=clerk, meeting=planned, name="Godkendelse af dagsorden")
    meetings.agenda_add_item(by=clerk, meeting=planned, name="Meddelelser")
    decided_paper = decided.meeting.agenda_items.filter(consultations__isnull=False).first().consultations.first().paper
    return {
        "home": "/staff/",
        "papers": f"/staff/bodies/{body.slug}/papers/",
        "paper-new": f"/staff/bodies/{body.slug}/papers/new/",
        "paper-upload": f"/staff/bodies/{body.slug}/papers/upload/",
        "paper-draft": f"/staff/papers/{draft.pk}/",
        "paper-decided": f"/staff/papers/{decided_paper.pk}/",
        "paper-versions": f"/staff/papers/{decided_paper.pk}/versions/",
        "committee-meetings": f"/staff/committees/{committee.pk}/meetings/",
        "meeting-planned": f"/staff/meetings/{planned.pk}/",
        "meeting-decided": f"/staff/meetings/{decided.meeting_id}/",
        "minutes": f"/staff/meetings/{decided.meeting_id}/minutes/",
        "actions": f"/staff/bodies/{body.slug}/actions/",
        "action": f"/staff/actions/{ActionItem.objects.filter(body=body).first().pk}/",
        "roles": f"/staff/bodies/{body.slug}/roles/",
        "two-factor": "/staff/two-factor/",
    }


def test_staff_pages_pass_axe_in_every_language_and_fit_a_phone(live_server, transactional_db, demo, chromium, django_user_model,
                                                                page_audit):
    clerk = django_user_model.objects.get(username="soeby-sekretariat")
    pages = staff_pages(clerk)
    session = Client()
    session.force_login(clerk)
    runs = [(language, locale, 1280) for language, locale in LANGUAGES.items()] + [("en", "en-GB", 390)]
    for language, locale, width in runs:
        context = chromium.new_context(viewport={"width": width, "height": 900}, locale=locale,
                                       extra_http_headers={"Accept-Language": language})
        context.add_cookies([{"name": "sessionid", "value": session.cookies["sessionid"].value, "url": live_server.url}])
        page = context.new_page()
        for name, path in {**pages, "sign-in": None}.items():
            if name == "sign-in":
                # Signed out: the sign-in form itself.
                context.clear_cookies()
                path = "/staff/login/"
            response = page.goto(live_server.url + path)
            assert response.status == 200, f"{name}: {response.status}"
            page_audit.check(page, f"{name}@{width}/{language}", width=width, screenshot=f"staff-{name}-{width}-{language}.png")
        context.close()
    assert page_audit.failures == {}
    assert page_audit.too_wide == []
