"""Action items come from a paper or a decision, are followed up and closed; overdue ones are listed per unit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from townhall.council.models import ActionItem, ActionStatus, Result, StepRole
from townhall.council.services import actions, decisions, meetings, papers as paper_services
from townhall.council.services.routes import StepPlan, route_set


def decided_paper(town):
    paper = paper_services.paper_draft(by=town.handler, body=town.body, unit=town.unit, name="Klimacharter", kind="proposal")
    route_set(by=town.handler, paper=paper, steps=[StepPlan(town.committee, StepRole.DECISION)])
    paper_services.paper_submit(by=town.handler, paper=paper)
    meeting = meetings.meeting_create(by=town.secretary, organization=town.committee, start=timezone.now() - timedelta(hours=2))
    item = meetings.agenda_add_paper(by=town.secretary, meeting=meeting, paper=paper)
    decision = decisions.decision_record(by=town.secretary, item=item, result=Result.APPROVED, unanimous=True,
                                         resolution_text="Charteret tiltrædes.")
    return paper, meeting, decision


def test_an_action_item_from_a_decision_belongs_to_its_paper(town):
    paper, meeting, decision = decided_paper(town)
    item = actions.action_create(by=town.secretary, body=town.body, decision=decision, title="Underskriv charteret",
                                 owner_unit=town.unit, due=date.today() + timedelta(days=14))
    assert item.paper == paper and item.status == ActionStatus.OPEN


def test_an_owner_of_another_body_is_refused(town, other_town):
    paper, meeting, decision = decided_paper(town)
    with pytest.raises(ValidationError, match="another body"):
        actions.action_create(by=town.secretary, body=town.body, decision=decision, title="x", owner_unit=other_town.unit)
    assert not ActionItem.objects.exists()


def test_a_clerk_of_another_body_cannot_follow_it_up(town, other_town):
    paper, meeting, decision = decided_paper(town)
    item = actions.action_create(by=town.handler, body=town.body, paper=paper, title="Underskriv", owner_unit=town.unit)
    with pytest.raises(PermissionDenied):
        actions.action_follow_up(by=other_town.handler, item=item, text="Done", status=ActionStatus.DONE)


def test_overdue_items_are_listed_per_unit_and_closed_with_a_follow_up(client, town):
    paper, meeting, decision = decided_paper(town)
    late = actions.action_create(by=town.handler, body=town.body, paper=paper, title="Send charteret til KL",
                                 owner_unit=town.unit, due=date.today() - timedelta(days=3))
    client.force_login(town.handler)
    page = client.get(reverse("staff:actions", args=[town.body.slug])).content.decode()
    assert "Send charteret til KL" in page and "status-overdue" in page and town.unit.name in page
    response = client.post(reverse("staff:action", args=[late.pk]), {"text": "Sendt 3. marts.", "status": "done"})
    assert response.status_code == 302
    late.refresh_from_db()
    assert late.status == ActionStatus.DONE and late.follow_ups.get().text == "Sendt 3. marts."
    assert "Send charteret til KL" not in client.get(reverse("staff:actions", args=[town.body.slug])).content.decode()


def test_action_items_show_on_their_paper_and_are_created_there(client, town):
    paper, meeting, decision = decided_paper(town)
    client.force_login(town.handler)
    response = client.post(reverse("staff:paper-action", args=[paper.pk]), {"title": "Opdatér hjemmesiden", "owner_unit": town.unit.pk})
    assert response.status_code == 302
    assert ActionItem.objects.get().decision == decision
    assert "Opdatér hjemmesiden" in client.get(reverse("staff:paper", args=[paper.pk])).content.decode()


def test_the_home_page_shows_what_needs_the_secretary(client, town):
    paper, meeting, decision = decided_paper(town)
    meetings.meeting_create(by=town.secretary, organization=town.committee, start=timezone.now() + timedelta(days=5),
                            name="Teknisk udvalg, næste møde")
    client.force_login(town.secretary)
    page = client.get(reverse("staff:home")).content.decode()
    assert "Teknisk udvalg, næste møde" in page  # an agenda to publish
    assert str(meeting) in page  # minutes to approve
