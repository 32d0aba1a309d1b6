"""OParl treats what stops being public as deleted (OParl 1.1, 2.8), so harvesters learn it went away."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.utils import timezone

import documents
from townhall.core import access
from townhall.core.models import Organization

pytestmark = pytest.mark.django_db

API = "/oparl/v1.1/"


@pytest.fixture
def paper(ingest):
    text = documents.proposal(stem="ruppelkant", today=timezone.localdate(), offset=3, public=True, number="0990/2026")
    return ingest({"open.txt": text})["open.txt"]


def listed(client, body_pk: int, segment: str, **params) -> dict[str, dict]:
    """Return the objects of a body's list (every page), by id."""
    url = f"{API}body/{body_pk}/{segment}" + (f"?{urlencode(params)}" if params else "")
    found = {}
    while url:
        page = client.get(url).json()
        found.update({item["id"]: item for item in page["data"]})
        url = page["links"].get("next")
    return found


def test_an_unpublished_paper_and_what_only_it_named_are_listed_as_deleted_since_they_changed(paper, client):
    committee = Organization.objects.get(name="Ruppelkantbeirat")
    consultation = paper.consultations.first()
    since = (timezone.now() - timedelta(seconds=1)).isoformat()
    access.paper_set_public(paper, False)

    urls = {
        "paper": f"http://testserver{API}paper/{paper.pk}",
        "consultation": f"http://testserver{API}consultation/{consultation.pk}",
        "organization": f"http://testserver{API}organization/{committee.pk}",
        "file": f"http://testserver{API}file/{paper.main_file_id}",
    }
    changed = {segment: listed(client, paper.body_id, segment, modified_since=since) for segment in urls}
    plain = {segment: listed(client, paper.body_id, segment) for segment in urls}
    assert {segment: changed[segment][url] for segment, url in urls.items()} == {
        segment: {**changed[segment][url], "deleted": True, "id": url} for segment, url in urls.items()
    }
    assert all(set(changed[segment][url]) == {"id", "type", "created", "modified", "deleted"} for segment, url in urls.items())
    assert [url in plain[segment] for segment, url in urls.items()] == [False] * len(urls)


def test_an_unpublished_paper_answers_at_its_url_as_deleted_and_comes_back_when_published(paper, client):
    url = f"{API}paper/{paper.pk}"
    access.paper_set_public(paper, False)
    hidden = client.get(url).json()
    access.paper_set_public(paper, True)
    shown = client.get(url).json()
    assert (hidden["deleted"], "name" in hidden) == (True, False)
    assert ("deleted" in shown, shown["name"]) == (False, paper.name)


def test_a_withheld_file_is_left_out_of_its_paper_and_its_title_out_of_the_card(paper, client):
    attachment = paper.auxiliary_files.get()
    access.file_set_public(attachment, False)
    data = client.get(f"{API}paper/{paper.pk}").json()
    assert [f["name"] for f in data.get("auxiliaryFile", [])] == []
    assert attachment.name not in data["townhall:card"].get("attachments", [])
    page = client.get(f"/papers/{paper.pk}/").context["page"]
    assert (page.attachments, page.attachment_titles) == ([], [])


def test_the_admin_offers_a_view_on_site_link_only_for_what_the_public_sees(paper, clerk_client):
    committee = Organization.objects.get(name="Ruppelkantbeirat")

    def offered(obj) -> bool:
        page = clerk_client.get(f"/admin/core/{obj._meta.model_name}/{obj.pk}/change/").content.decode()
        return 'class="viewsitelink"' in page

    before = (offered(paper), offered(committee))
    access.paper_set_public(paper, False)
    assert before == (True, True)
    assert (offered(paper), offered(committee)) == (False, False)
