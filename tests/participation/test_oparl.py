"""Hearings in OParl: the paper's ``townhall:hearings``, with dates, counts and links but no personal data."""

from __future__ import annotations

import json
import time
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from hearing_steps import open_hearing, respond
from townhall.participation.models import Hearing


def paper_json(paper) -> dict:
    return json.loads(Client().get(f"/oparl/v1.1/paper/{paper.pk}").content)


def test_a_papers_hearing_is_in_oparl_without_personal_data(council):
    hearing = open_hearing(council, allow_late=True)
    respond(Client(), hearing, name="Anna Hemmelig", email="anna.hemmelig@example.org")
    data = paper_json(council.paper)
    [entry] = data["townhall:hearings"]
    assert entry["name"] == "Høring om integrationspolitik" and entry["audience"] == "both"
    assert entry["lateResponsesAccepted"] is True and entry["web"].endswith(f"/hearings/{hearing.pk}/")
    assert "responseCount" not in entry                      # counted once the hearing closed
    text = json.dumps(data, ensure_ascii=False)
    assert "Hemmelig" not in text and "anna.hemmelig@example.org" not in text and "Dansk Flygtningehjælp" not in text


def test_publishing_the_responses_changes_the_paper_for_incremental_clients(council):
    hearing = open_hearing(council)
    respond(Client(), hearing)
    Hearing.objects.filter(pk=hearing.pk).update(closes_at=timezone.now() - timedelta(minutes=1))
    before = paper_json(council.paper)
    assert before["townhall:hearings"][0]["responseCount"] == 1
    time.sleep(1.1)   # OParl times have whole seconds
    council.clerk_client.post(f"/staff/hearings/{hearing.pk}/publish/")
    after = paper_json(council.paper)
    assert after["modified"] > before["modified"] and "responsesPublished" in after["townhall:hearings"][0]


def test_a_hearing_on_a_non_public_paper_is_not_in_oparl(council):
    open_hearing(council)
    council.paper.public = False
    council.paper.save()
    data = paper_json(council.paper)
    assert "townhall:hearings" not in data


def test_a_papers_event_with_registration_is_in_oparl_without_registrants(council):
    from event_steps import open_event, register

    before = council.paper.modified
    time.sleep(1.1)
    conference = open_event(council, capacity=40)
    register(Client(), conference, name="Registrant Hemmelig", email="registrant.hemmelig@example.org")
    data = paper_json(council.paper)
    [entry] = data["townhall:registrations"]
    assert entry["name"] == "Integrationskonference 2027" and entry["places"] == 40 and entry["waitingList"] is True
    assert entry["address"].startswith("Søby Rådhus") and entry["web"].endswith(f"/events/{conference.pk}/")
    assert entry["calendar"].endswith(f"/events/{conference.pk}/calendar.ics")
    assert entry["registrationDeadline"] < entry["start"] < entry["end"]
    text = json.dumps(data, ensure_ascii=False)
    assert "Hemmelig" not in text and "registrant.hemmelig@example.org" not in text and "mette@udvalg.example" not in text
    from datetime import datetime

    assert datetime.fromisoformat(data["modified"]) > before     # incremental clients fetch the paper again


def test_the_event_of_a_hidden_paper_is_not_in_oparl(council):
    from event_steps import open_event

    open_event(council)
    council.paper.public = False
    council.paper.save()
    assert "townhall:registrations" not in paper_json(council.paper)
