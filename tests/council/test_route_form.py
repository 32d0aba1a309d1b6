"""The route form of a paper's staff page lists, per step, the coming meetings of that step's organization."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from townhall.council.models import StepRole
from townhall.council.selectors import ROUTE_MEETINGS_SHOWN
from townhall.council.services import meetings, papers as paper_services
from townhall.council.services.routes import StepPlan, route_of, route_set


def draft(town):
    return paper_services.paper_draft(by=town.handler, body=town.body, unit=town.unit, name="Cykelsti langs åen", kind="proposal")


def plan_meeting(town, organization, days, name):
    return meetings.meeting_create(by=town.admin, organization=organization, name=name,
                                   start=timezone.now() + timedelta(days=days))


def options(html: str, select_id: str) -> list[str]:
    """Return the labels of the options of the select *select_id* in *html*."""
    from lxml import html as lxml_html

    select = lxml_html.fromstring(html).get_element_by_id(select_id)
    return [option.text_content() for option in select.iter("option")]


def page(client, user, paper, query=""):
    client.force_login(user)
    response = client.get(reverse("staff:paper", args=[paper.pk]) + query)
    assert response.status_code == 200
    return response.content.decode()


def test_a_step_lists_the_coming_meetings_of_its_own_organization_only(client, town):
    paper = draft(town)
    soon = plan_meeting(town, town.committee, 7, "Teknisk udvalg, maj")
    plan_meeting(town, town.other_committee, 8, "Økonomiudvalget, maj")
    past = plan_meeting(town, town.committee, -30, "Teknisk udvalg, april")
    route_set(by=town.handler, paper=paper, steps=[StepPlan(town.committee, StepRole.PRELIMINARY),
                                                   StepPlan(town.council, StepRole.DECISION)])
    html = page(client, town.handler, paper)
    committee_row = options(html, "id_route-0-meeting")
    assert committee_row[0] == "—" and [label.split(" — ")[0] for label in committee_row[1:]] == [soon.name]
    assert past.name not in html
    assert options(html, "id_route-1-meeting") == ["—"]
    assert f"{town.council.name} has no coming meetings." in html
    # An empty row lists no meetings until an organization is chosen in it.
    assert options(html, "id_route-2-meeting") == ["—"]
    assert "Lists the coming meetings of the organization chosen in this step." in html


def test_a_step_keeps_the_meeting_it_aims_at_when_that_is_beyond_the_list(client, town):
    paper = draft(town)
    for week in range(ROUTE_MEETINGS_SHOWN):
        plan_meeting(town, town.committee, 7 * (week + 1), f"Teknisk udvalg {week + 1}")
    far = plan_meeting(town, town.committee, 7 * (ROUTE_MEETINGS_SHOWN + 5), "Teknisk udvalg, langt ude")
    route_set(by=town.handler, paper=paper, steps=[StepPlan(town.committee, StepRole.DECISION, far)])
    html = page(client, town.handler, paper)
    labels = options(html, "id_route-0-meeting")
    assert len(labels) == ROUTE_MEETINGS_SHOWN + 2 and labels[1].startswith(far.name)
    assert f'<option value="{far.pk}" selected>' in html
    # Saved again as shown, the route still aims at the meeting.
    data = {"route-TOTAL_FORMS": 1, "route-INITIAL_FORMS": 0, "route-0-organization": town.committee.pk,
            "route-0-role": "decision", "route-0-meeting": far.pk}
    client.post(reverse("staff:paper-route", args=[paper.pk]), data)
    assert route_of(paper)[-1].consultation.meeting == far


def test_more_meetings_than_the_list_shows_are_one_link_away(client, town):
    paper = draft(town)
    planned = [plan_meeting(town, town.committee, 7 * (week + 1), f"Teknisk udvalg {week + 1}")
               for week in range(ROUTE_MEETINGS_SHOWN + 3)]
    route_set(by=town.handler, paper=paper, steps=[StepPlan(town.committee, StepRole.DECISION)])
    html = page(client, town.handler, paper)
    assert len(options(html, "id_route-0-meeting")) == ROUTE_MEETINGS_SHOWN + 1
    assert f"The next {ROUTE_MEETINGS_SHOWN} meetings of {town.committee.name}." in html
    assert f"List every coming meeting of {town.committee.name}" in html
    everything = page(client, town.handler, paper, "?meetings=all")
    assert len(options(everything, "id_route-0-meeting")) == len(planned) + 1
    assert "List every coming meeting" not in everything


def test_choosing_an_organization_fetches_its_meetings_for_that_row(client, town):
    paper = draft(town)
    soon = plan_meeting(town, town.other_committee, 3, "Økonomiudvalget, juni")
    client.force_login(town.handler)
    url = reverse("staff:paper-route-meetings", args=[paper.pk])
    response = client.get(url, {"route-2-organization": town.other_committee.pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="route-2-meeting-field"' in html and 'name="route-2-meeting"' in html
    assert [label.split(" — ")[0] for label in options(html, "id_route-2-meeting")] == ["—", soon.name]


@pytest.mark.parametrize("value", ["", "abc", "-1", "99999999999999999999999", "0x10"])
def test_a_row_asks_for_meetings_of_no_organization_of_the_body_and_gets_none(client, town, other_town, value):
    paper = draft(town)
    plan_meeting(other_town, other_town.committee, 3, "Bauausschuss, Juni")
    client.force_login(town.handler)
    url = reverse("staff:paper-route-meetings", args=[paper.pk])
    for asked in (value, other_town.committee.pk):
        response = client.get(url, {"route-0-organization": asked})
        assert response.status_code == 200
        assert options(response.content.decode(), "id_route-0-meeting") == ["—"]


def test_only_those_who_plan_the_route_fetch_meetings(client, town, other_town):
    paper = draft(town)
    url = reverse("staff:paper-route-meetings", args=[paper.pk])
    client.force_login(other_town.handler)
    assert client.get(url, {"route-0-organization": town.committee.pk}).status_code == 404
    # The committee's member reads the paper routed to it, but does not plan its route.
    route_set(by=town.handler, paper=paper, steps=[StepPlan(town.committee, StepRole.DECISION)])
    client.force_login(town.member)
    assert client.get(reverse("staff:paper", args=[paper.pk])).status_code == 200
    assert client.get(url, {"route-0-organization": town.committee.pk}).status_code == 403
