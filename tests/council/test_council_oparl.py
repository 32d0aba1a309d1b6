"""Meetings and agenda items made in townhall, over OParl: shown once invited, results once minuted.

A harvester that asks what changed (``modified_since``) sees each step: the invitation, the
published minutes with results and resolution texts, a supplement's late item. Non-public items
and the members' files never appear, to anyone.
"""

from __future__ import annotations

import json
import time
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from townhall.council.models import MeetingRecord, Result, StepRole
from townhall.council.services import decisions, invitations, meetings, papers
from townhall.council.services.routes import StepPlan, route_set

ROOT = "/oparl/v1.1/"
SECRET = "Kanarielukket"


def get(url: str, **params) -> dict:
    response = Client().get(url, params)
    assert response.status_code == 200, response.content
    return json.loads(response.content)


def changed_since(body, segment: str, since: str) -> dict[str, dict]:
    """Return the objects of a body's list changed since *since*, by id."""
    page = get(f"{ROOT}body/{body.pk}/{segment}", modified_since=since, elementsPerPage=1000)
    return {item["id"]: item for item in page["data"]}


def now_stamp() -> str:
    # OParl times have whole seconds: wait past the second the stamp names.
    stamp = timezone.localtime().replace(microsecond=0)
    time.sleep(1.1)
    return stamp.isoformat()


def item_url(item) -> str:
    return f"http://testserver{ROOT}agenda-item/{item.pk}"


def test_a_meeting_made_in_townhall_reaches_oparl_step_by_step_and_never_its_non_public_part(town):
    paper = papers.paper_draft(by=town.handler, body=town.body, unit=town.unit, name="Klimacharter", kind="proposal")
    route_set(by=town.handler, paper=paper, steps=[StepPlan(town.committee, StepRole.DECISION)])
    papers.paper_submit(by=town.handler, paper=paper)
    secret = papers.paper_draft(by=town.handler, body=town.body, unit=town.unit, name=f"{SECRET} personalesag", confidential=True)
    route_set(by=town.handler, paper=secret, steps=[StepPlan(town.committee, StepRole.DECISION)])
    papers.paper_submit(by=town.handler, paper=secret)
    meeting = meetings.meeting_create(by=town.secretary, organization=town.committee, start=timezone.now() + timedelta(days=3),
                                      name="Teknisk udvalg")
    item = meetings.agenda_add_paper(by=town.secretary, meeting=meeting, paper=paper)
    secret_item = meetings.agenda_add_paper(by=town.secretary, meeting=meeting, paper=secret)
    meeting_url = f"http://testserver{ROOT}meeting/{meeting.pk}"

    # Planned: nobody outside sees the meeting.
    assert meeting_url not in [m["id"] for m in get(f"{ROOT}body/{town.body.pk}/meeting")["data"]]

    # Invited: the meeting and its public item appear as changes; the non-public item does not.
    since = now_stamp()
    invitations.invitation_publish(by=town.secretary, meeting=meeting)
    assert meeting_url in changed_since(town.body, "meeting", since)
    items = changed_since(town.body, "agenda-item", since)
    assert item_url(item) in items and items[item_url(item)].get("deleted") is not True
    assert item_url(secret_item) not in items or items[item_url(secret_item)].get("deleted") is True
    shown = get(f"{ROOT}meeting/{meeting.pk}")
    assert [i["id"] for i in shown["agendaItem"]] == [item_url(item)]
    assert shown["invitation"]["accessUrl"] and "resultsProtocol" not in shown
    assert "result" not in shown["agendaItem"][0] and "resolutionText" not in shown["agendaItem"][0]

    # Decided: results and resolution texts stay out until the minutes are published.
    meeting.start = timezone.now() - timedelta(hours=1)
    meeting.save()
    since = now_stamp()
    decisions.decision_record(by=town.secretary, item=item, result=Result.APPROVED, votes_for=6, votes_against=1,
                              votes_abstaining=0, resolution_text="Charteret tiltrædes.")
    decisions.decision_record(by=town.secretary, item=secret_item, result=Result.APPROVED, unanimous=True,
                              resolution_text=f"{SECRET} fratrædelse.")
    decisions.minutes_approve(by=town.secretary, meeting=meeting)
    unpublished = get(f"{ROOT}agenda-item/{item.pk}")
    assert "result" not in unpublished and "resolutionText" not in unpublished

    # Minuted: the results, the resolution text and the minutes are there, and listed as changes.
    since = now_stamp()
    decisions.minutes_publish(by=town.secretary, meeting=meeting)
    items = changed_since(town.body, "agenda-item", since)
    assert items[item_url(item)]["result"] == "Godkendt (6 for, 1 imod, 0 undlod)"
    assert items[item_url(item)]["resolutionText"] == "Charteret tiltrædes."
    minuted = changed_since(town.body, "meeting", since)[meeting_url]
    assert minuted["resultsProtocol"]["accessUrl"]
    record = MeetingRecord.objects.get(meeting=meeting)
    members_files = {f"http://testserver{ROOT}file/{pk}" for pk in (record.members_packet_id, record.members_minutes_id)}
    assert not members_files & {f["id"] for f in minuted.get("auxiliaryFile", [])}
    for pk in (record.members_packet_id, record.members_minutes_id):
        hidden = Client().get(f"{ROOT}file/{pk}")
        assert hidden.status_code == 404 or json.loads(hidden.content).get("deleted") is True

    # A late item is out of OParl until the supplement announces it; then it is a change.
    late = meetings.agenda_add_item(by=town.secretary, meeting=meeting, name="Eventuelt")
    assert item_url(late) not in [i["id"] for i in get(f"{ROOT}meeting/{meeting.pk}")["agendaItem"]]
    since = now_stamp()
    invitations.invitation_publish(by=town.secretary, meeting=meeting)
    assert item_url(late) in changed_since(town.body, "agenda-item", since)

    # Nowhere in the API is the non-public matter named.
    everything = "".join(
        json.dumps(get(f"{ROOT}body/{town.body.pk}/{segment}", modified_since="2000-01-01T00:00:00+00:00", elementsPerPage=1000),
                   ensure_ascii=False)
        for segment in ("meeting", "agenda-item", "paper", "consultation", "file"))
    everything += json.dumps(get(f"{ROOT}meeting/{meeting.pk}"), ensure_ascii=False)
    assert SECRET not in everything
