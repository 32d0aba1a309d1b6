"""What names a person or committee by URL changes for OParl when that person or committee is shown or hidden."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from townhall.core import access
from townhall.core.models import Meeting, Organization, Paper, Person

ROOT = "/oparl/v1.1/"
OLD = datetime(2025, 1, 1, tzinfo=timezone.utc)


@pytest.fixture
def named(body):
    """A committee and a person that only a public paper shows, named by a meeting that stands on its own."""
    committee = Organization.objects.create(body=body, name="Teknisk udvalg", from_papers=True)
    person = Person.objects.create(body=body, name="Anna Berg", from_papers=True)
    paper = Paper.objects.create(body=body, name="Lokalplan", reference="1/2026", public=True)
    paper.under_direction_of.add(committee)
    paper.originator_persons.add(person)
    meeting = Meeting.objects.create(body=body, name="Byrådsmøde")
    meeting.organizations.add(committee)
    meeting.participants.add(person)
    access.papers_changed([paper.pk])
    # Everything looks old, so that a change shows as a newer modified time.
    for model in (Organization, Person, Paper, Meeting):
        model.all_objects.update(modified=OLD)
    return committee, person, paper, meeting


def listed_since(client, body, kind: str, since: datetime) -> set[str]:
    response = client.get(f"{ROOT}body/{body.pk}/{kind}", {"modified_since": since.isoformat()})
    assert response.status_code == 200
    return {item["id"] for item in response.json()["data"]}


@pytest.mark.django_db
def test_hiding_a_committee_and_a_person_gives_the_meeting_naming_them_a_new_modified_time(client, body, named):
    committee, person, paper, meeting = named
    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    access.paper_set_public(paper, False)
    committee.refresh_from_db()
    person.refresh_from_db()
    assert not committee.visible and not person.visible
    meeting.refresh_from_db()
    assert meeting.modified > before
    listed = listed_since(client, body, "meeting", before)
    assert any(url.endswith(f"/meeting/{meeting.pk}") for url in listed)
    served = client.get(f"{ROOT}meeting/{meeting.pk}").json()
    assert served.get("organization", []) == [] and served.get("participant", []) == []


@pytest.mark.django_db
def test_hiding_a_committee_gives_its_sub_committee_a_new_modified_time(client, body, named):
    committee, person, paper, meeting = named
    sub = Organization.objects.create(body=body, name="Vejgruppe", sub_organization_of=committee)
    Organization.all_objects.filter(pk=sub.pk).update(modified=OLD)
    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    access.paper_set_public(paper, False)
    sub.refresh_from_db()
    assert sub.visible and sub.modified > before
    assert any(url.endswith(f"/organization/{sub.pk}") for url in listed_since(client, body, "organization", before))


@pytest.mark.django_db
def test_showing_a_committee_again_gives_the_meeting_a_new_modified_time(client, body, named):
    committee, person, paper, meeting = named
    access.paper_set_public(paper, False)
    Meeting.all_objects.update(modified=OLD)
    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    access.paper_set_public(paper, True)
    meeting.refresh_from_db()
    assert meeting.modified > before
    served = client.get(f"{ROOT}meeting/{meeting.pk}").json()
    assert any(url.endswith(f"/organization/{committee.pk}") for url in served["organization"])


@pytest.mark.django_db
def test_a_meeting_naming_nobody_whose_visibility_changed_keeps_its_modified_time(client, body, named):
    committee, person, paper, meeting = named
    bystander = Meeting.objects.create(body=body, name="Andet møde")
    Meeting.all_objects.filter(pk=bystander.pk).update(modified=OLD)
    access.paper_set_public(paper, False)
    bystander.refresh_from_db()
    assert bystander.modified == OLD
