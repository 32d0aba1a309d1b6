"""Decisions with votes move papers on; minutes are generated, approved and published."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from townhall.core.models import AgendaItem, Meeting
from townhall.core.selectors import visible_agenda_items, visible_files
from townhall.council.models import Decision, MeetingRecord, PaperRecord, PaperStatus, Result, StepRole, StepState
from townhall.council.services import decisions, invitations, meetings, papers as paper_services
from townhall.council.services.routes import StepPlan, route_of, route_set


def on_agenda(town, name, *, days=-1, confidential=False):
    paper = paper_services.paper_draft(by=town.handler, body=town.body, unit=town.unit, name=name, kind="proposal",
                                       confidential=confidential)
    route_set(by=town.handler, paper=paper, steps=[StepPlan(town.committee, StepRole.PRELIMINARY),
                                                   StepPlan(town.council, StepRole.DECISION)])
    paper_services.paper_submit(by=town.handler, paper=paper)
    meeting = meetings.meeting_create(by=town.secretary, organization=town.committee, start=timezone.now() + timedelta(days=days))
    item = meetings.agenda_add_paper(by=town.secretary, meeting=meeting, paper=paper)
    return paper, meeting, item


def test_a_decision_for_a_meeting_that_has_not_taken_place_is_refused(town):
    paper, meeting, item = on_agenda(town, "Klimacharter", days=3)
    with pytest.raises(ValidationError, match="has not taken place yet"):
        decisions.decision_record(by=town.secretary, item=item, result=Result.APPROVED, unanimous=True)
    assert not Decision.objects.exists()
    assert PaperRecord.objects.get(paper=paper).status == PaperStatus.ON_AGENDA


def test_a_decision_with_votes_moves_the_paper_on_to_the_council_with_the_recommendation(town):
    paper, meeting, item = on_agenda(town, "Klimacharter")
    decisions.decision_record(by=town.secretary, item=item, result=Result.APPROVED, votes_for=7, votes_against=2,
                              votes_abstaining=0, resolution_text="Udvalget anbefaler, at byrådet tiltræder charteret.")
    steps = route_of(paper)
    assert [s.state for s in steps] == [StepState.DONE, StepState.CURRENT]
    assert steps[1].recommendation.startswith(f"{town.committee.name} anbefaler {town.council.name}: Udvalget anbefaler")
    assert PaperRecord.objects.get(paper=paper).status == PaperStatus.SUBMITTED
    assert decisions.result_text(Decision.objects.get(), "da") == "Godkendt (7 for, 2 imod, 0 undlod)"


def test_results_are_public_only_once_the_minutes_are_published(client, town):
    paper, meeting, item = on_agenda(town, "Klimacharter")
    secret_paper = paper_services.paper_draft(by=town.handler, body=town.body, unit=town.unit, name="Personalesag", confidential=True)
    route_set(by=town.handler, paper=secret_paper, steps=[StepPlan(town.committee, StepRole.DECISION)])
    paper_services.paper_submit(by=town.handler, paper=secret_paper)
    secret_item = meetings.agenda_add_paper(by=town.secretary, meeting=meeting, paper=secret_paper)
    invitations.invitation_publish(by=town.secretary, meeting=meeting)
    decisions.decision_record(by=town.secretary, item=item, result=Result.APPROVED, unanimous=True, resolution_text="Charteret tiltrædes.")
    decisions.decision_record(by=town.secretary, item=secret_item, result=Result.APPROVED, unanimous=True,
                              resolution_text="Fratrædelse efter aftale PASTINAK.")
    assert AgendaItem.objects.get(pk=item.pk).result == ""
    with pytest.raises(ValidationError, match="Approve the minutes"):
        decisions.minutes_publish(by=town.secretary, meeting=meeting)
    decisions.minutes_approve(by=town.secretary, meeting=meeting)
    record = MeetingRecord.objects.get(meeting=meeting)
    assert not visible_files(None).filter(pk=record.members_minutes_id).exists()
    decisions.minutes_publish(by=town.secretary, meeting=meeting)
    shown = visible_agenda_items(None).get(pk=item.pk)
    assert shown.result == "Godkendt (enstemmigt)" and shown.resolution_text == "Charteret tiltrædes."
    assert not visible_agenda_items(None).filter(pk=secret_item.pk).exists()
    meeting.refresh_from_db()
    assert visible_files(None).filter(pk=meeting.results_protocol_id).exists()
    from townhall.core.services import file_content
    import pypdfium2 as pdfium

    text = "".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(file_content(meeting.results_protocol)))
    assert "Charteret tiltrædes." in text and "PASTINAK" not in text
    page = client.get(reverse("web:meeting", args=[meeting.pk])).content.decode()
    assert "Godkendt" in page and "PASTINAK" not in page and "Personalesag" not in page
    assert "Charteret tiltrædes." in client.get(reverse("web:agenda-item", args=[item.pk])).content.decode()
    assert client.get(reverse("web:agenda-item", args=[secret_item.pk])).status_code == 404


def test_a_meeting_without_a_non_public_part_still_publishes_public_minutes_and_agenda(town):
    # Without a non-public item the members' edition would read as the public one, and storing the
    # same bytes twice hands back the first (non-public) file.
    paper, meeting, item = on_agenda(town, "Klimacharter")
    invitations.invitation_publish(by=town.secretary, meeting=meeting)
    decisions.decision_record(by=town.secretary, item=item, result=Result.APPROVED, unanimous=True)
    decisions.minutes_approve(by=town.secretary, meeting=meeting)
    decisions.minutes_publish(by=town.secretary, meeting=meeting)
    meeting.refresh_from_db()
    record = MeetingRecord.objects.get(meeting=meeting)
    shown = set(visible_files(None).values_list("pk", flat=True))
    assert meeting.invitation_id in shown and meeting.results_protocol_id in shown
    assert record.members_packet_id not in shown and record.members_minutes_id not in shown


def test_minutes_are_approved_only_when_every_item_has_a_decision(town):
    paper, meeting, item = on_agenda(town, "Klimacharter")
    meetings.agenda_add_item(by=town.secretary, meeting=meeting, name="Eventuelt")
    decisions.decision_record(by=town.secretary, item=item, result=Result.APPROVED, unanimous=True)
    with pytest.raises(ValidationError, match="Eventuelt"):
        decisions.minutes_approve(by=town.secretary, meeting=meeting)


def test_the_secretary_records_a_decision_on_the_meeting_page(client, town):
    paper, meeting, item = on_agenda(town, "Klimacharter")
    client.force_login(town.secretary)
    prefix = f"item-{item.pk}"
    response = client.post(reverse("staff:decision", args=[meeting.pk]), {
        "item": item.pk, f"{prefix}-result": "approved_with_changes", f"{prefix}-votes_for": "5",
        f"{prefix}-votes_against": "1", f"{prefix}-votes_abstaining": "1", f"{prefix}-resolution_text": "Med ændringer."})
    assert response.status_code == 302
    decision = Decision.objects.get(agenda_item=item)
    assert (decision.result, decision.votes_for, decision.votes_against) == ("approved_with_changes", 5, 1)
    page = client.get(reverse("staff:minutes", args=[meeting.pk])).content.decode()
    assert "Med ændringer." in page
