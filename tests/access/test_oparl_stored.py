"""The API keeps the public form of objects it served; a stored form never outlives what the public may see."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import documents
from townhall.core import services
from townhall.core.models import Organization

pytestmark = pytest.mark.django_db

API = "/oparl/v1.1/"


@pytest.fixture
def paper(ingest):
    text = documents.proposal(stem="ruppelkant", today=timezone.localdate(), offset=3, public=True, number="0990/2026")
    return ingest({"open.txt": text})["open.txt"]


def queries(client, url: str, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    return response, len(captured)


def listed_ids(client, body_pk: int, **params) -> list[str]:
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return [item["id"] for item in client.get(f"{API}body/{body_pk}/paper" + (f"?{query}" if query else "")).json()["data"]]


def withdraw_in_admin(clerk_client, paper) -> None:
    response = clerk_client.post("/admin/core/paper/", {"action": "withdraw", "_selected_action": [paper.pk]})
    assert response.status_code == 302, response.content


def test_a_stored_paper_answers_deleted_and_leaves_its_list_the_moment_the_admin_withdraws_it(paper, client, clerk_client):
    url, own_id = f"{API}paper/{paper.pk}", f"http://testserver{API}paper/{paper.pk}"
    first, first_queries = queries(client, url)
    stored, stored_queries = queries(client, url)
    assert own_id in listed_ids(client, paper.body_id)
    assert own_id in listed_ids(client, paper.body_id)  # the list page now comes from the store too
    since = (timezone.now() - timedelta(seconds=1)).isoformat().replace("+", "%2B")

    withdraw_in_admin(clerk_client, paper)

    after = client.get(url).json()
    assert stored.json() == first.json() and stored_queries < first_queries
    assert (after["deleted"], "name" in after, "mainFile" in after) == (True, False, False)
    assert own_id not in listed_ids(client, paper.body_id)
    changed = {item["id"]: item for item in client.get(f"{API}body/{paper.body_id}/paper?modified_since={since}").json()["data"]}
    assert changed[own_id]["deleted"] is True and "name" not in changed[own_id]


def test_a_stored_paper_is_served_again_in_full_when_the_paper_is_published_again(paper, client, clerk_client):
    url = f"{API}paper/{paper.pk}"
    client.get(url)
    withdraw_in_admin(clerk_client, paper)
    client.get(url)

    response = clerk_client.post("/admin/core/paper/", {"action": "publish", "_selected_action": [paper.pk]})

    assert response.status_code == 302
    data = client.get(url).json()
    assert ("deleted" in data, data["name"]) == (False, paper.name)


def test_a_committee_deleted_after_its_paper_was_stored_is_no_longer_named_by_the_paper(paper, client):
    committee = Organization.objects.get(name="Ruppelkantbeirat")
    committee_id = f"http://testserver{API}organization/{committee.pk}"
    url = f"{API}paper/{paper.pk}"
    before = client.get(url).json()
    assert committee_id in [org for c in before["consultation"] for org in c.get("organization", [])]

    services.soft_delete(committee)

    after = client.get(url).json()
    assert committee_id not in [org for c in after["consultation"] for org in c.get("organization", [])]


def test_an_unchanged_object_answers_304_to_its_etag_and_last_modified_and_a_changed_one_200(paper, client, clerk_client):
    url = f"{API}paper/{paper.pk}"
    first = client.get(url)
    etag, last_modified = first["ETag"], first["Last-Modified"]

    by_etag = client.get(url, headers={"If-None-Match": etag})
    by_date = client.get(url, headers={"If-Modified-Since": last_modified})
    withdraw_in_admin(clerk_client, paper)
    changed = client.get(url, headers={"If-None-Match": etag})

    assert (by_etag.status_code, by_etag.content, by_etag["ETag"]) == (304, b"", etag)
    assert by_date.status_code == 304
    assert (changed.status_code, changed.json()["deleted"]) == (200, True)
    assert changed["ETag"] != etag


def test_an_unchanged_list_page_answers_304_and_a_page_that_lost_a_paper_200(paper, client, clerk_client):
    url = f"{API}body/{paper.body_id}/paper"
    first = client.get(url)

    again = client.get(url, headers={"If-None-Match": first["ETag"]})
    by_date = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})
    withdraw_in_admin(clerk_client, paper)
    changed = client.get(url, headers={"If-None-Match": first["ETag"], "If-Modified-Since": first["Last-Modified"]})

    assert (again.status_code, by_date.status_code) == (304, 304)
    assert again["Access-Control-Allow-Origin"] == "*"
    assert changed.status_code == 200
    assert f"http://testserver{API}paper/{paper.pk}" not in [item["id"] for item in changed.json()["data"]]


def test_a_stored_object_keeps_the_host_it_was_asked_by(paper, client, settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    url = f"{API}paper/{paper.pk}"
    client.get(url)

    other = client.get(url, headers={"Host": "other.example"}).json()

    assert other["id"] == f"http://other.example{API}paper/{paper.pk}"
