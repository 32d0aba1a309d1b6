"""In headless Chromium, choosing a step's organization lists that organization's coming meetings in place."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from townhall.council.services import meetings, papers as paper_services
from townhall.council.services.routes import route_of

pytestmark = pytest.mark.browser


def test_choosing_the_organization_lists_its_meetings_without_a_reload(live_town, live_server, chromium):
    town = live_town
    paper = paper_services.paper_draft(by=town.handler, body=town.body, unit=town.unit, name="Cykelsti langs åen", kind="proposal")
    committee_meeting = meetings.meeting_create(by=town.admin, organization=town.committee, name="Teknisk udvalg, maj",
                                                start=timezone.now() + timedelta(days=7))
    finance_meeting = meetings.meeting_create(by=town.admin, organization=town.other_committee, name="Økonomiudvalget, maj",
                                              start=timezone.now() + timedelta(days=9))
    client = Client()
    client.force_login(town.handler)
    context = chromium.new_context(locale="en-GB")
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto(f"{live_server.url}/staff/papers/{paper.pk}/")
    marker = page.evaluate("window.routeMarker = 1")

    meeting = page.locator("#id_route-0-meeting")
    assert meeting.locator("option").all_text_contents() == ["—"]
    page.locator("#id_route-0-organization").select_option(label=town.other_committee.name)
    page.wait_for_selector(f"#id_route-0-meeting option[value='{finance_meeting.pk}']", state="attached")
    assert page.locator("#id_route-0-meeting option").count() == 2
    page.locator("#id_route-0-organization").select_option(label=town.committee.name)
    page.wait_for_selector(f"#id_route-0-meeting option[value='{committee_meeting.pk}']", state="attached")
    assert page.locator(f"#id_route-0-meeting option[value='{finance_meeting.pk}']").count() == 0
    assert page.evaluate("window.routeMarker") == marker  # the same page: nothing was reloaded

    page.locator("#id_route-0-meeting").select_option(str(committee_meeting.pk))
    page.locator("#id_route-0-role").select_option("decision")
    with page.expect_navigation():
        page.get_by_role("button", name="Save the route").click()
    assert [(step.organization, step.consultation.meeting) for step in route_of(paper)] == [(town.committee, committee_meeting)]
    context.close()
