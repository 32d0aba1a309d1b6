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
