"""No hidden material reaches anyone without rights, on any surface, in any way it was hidden.

The world (see conftest) holds one canary word per way of hiding: a non-public paper, files of a
public paper withheld by their own flag, a paper un-published in the admin, and the committee,
people and places that only non-public papers name. Every page, search, feed, calendar, OParl list
and object and file is fetched anonymously and signed in without rights; no canary may be in any
answer. A public control document proves that the crawl reaches every surface where material
shows, and staff with the view permission still see each canary.
"""

from __future__ import annotations

import json

import pytest
from django.test import Client

import documents
from admin_forms import change
from crawl import Crawl, crawl_oparl, crawl_site
from townhall.core.access import is_public

pytestmark = pytest.mark.django_db

#: Every hidden stem with the way it was hidden.
HIDDEN = {**documents.WAYS, documents.PUBLISHED_LATER: documents.WAYS[documents.NON_PUBLIC_PAPER]}

#: Surfaces where the public control document must show: the crawl is known to reach them.
PUBLIC_SURFACES = {
    "home page", "body page", "body meetings iCalendar", "search page", "search results (htmx)", "search Atom feed",
    "search page, committee filter", "search Atom feed, committee filter", "paper page", "file view", "file download",
    "document page",
    "meeting page", "organization page", "organization meetings iCalendar", "person page", "calendar month",
    "deadlines page", "deadlines results (htmx)", "deadlines iCalendar", "deadlines page, committee filter",
    "deadlines iCalendar, committee filter", "meetings iCalendar",
    "OParl paper list", "OParl paper list, modified_since", "OParl organization list", "OParl person list",
    "OParl meeting list", "OParl file list", "OParl paper object",
    "OParl organization object", "OParl person object", "OParl meeting object",
    "OParl file object", "OParl file access", "OParl file download",
}


def crawl_everything(client) -> Crawl:
    crawl = Crawl(client)
    crawl_site(crawl, [*HIDDEN, documents.CONTROL])
    crawl_oparl(crawl)
    return crawl


@pytest.mark.parametrize("visitor", ["anonymous", "signed in without rights"])
def test_no_canary_of_hidden_material_reaches_a_visitor_on_any_surface(world, visitor, citizen_client):
    crawl = crawl_everything(Client() if visitor == "anonymous" else citizen_client)
    assert crawl.failures() == []
    assert PUBLIC_SURFACES - crawl.kinds_holding(documents.CONTROL) == set()
    leaks = [f"{way} ({stem}) -> {where}" for stem, way in HIDDEN.items() for where in crawl.found(stem)]
    assert leaks == [], f"{len(leaks)} answers of {len(crawl.fetched)} hold hidden material:\n" + "\n".join(leaks)


def test_staff_with_the_view_permission_see_every_canary(world, staff_client):
    crawl = Crawl(staff_client)
    for paper in (world.non_public, world.unpublished, world.records_only, world.published_later):
        crawl.get("paper page", f"/papers/{paper.pk}/")
    crawl.get("file download", f"/files/{world.withheld_main.main_file_id}/download/")
    crawl.get("file download", f"/files/{world.withheld_attachment.pk}/download/")
    assert {stem: bool(crawl.found(stem)) for stem in HIDDEN} == {stem: True for stem in HIDDEN}


def test_staff_find_hidden_papers_and_their_committees_in_search(world, staff_client):
    page = staff_client.get("/search/", {"q": "kaimauer", "body": world.non_public.body.slug})
    names = {hit.paper.pk for hit in page.context["results"].hits}
    committees = {label for _, label, _ in page.context["results"].facets["organization"]}
    assert {world.non_public.pk, world.unpublished.pk, world.records_only.pk} <= names
    assert {"Glimmerquastbeirat", "Vexillomantbeirat", "Brontoquirlbeirat"} <= committees


def _oparl(client, url: str) -> dict:
    return json.loads(client.get(url).content)


def test_publishing_a_paper_shows_it_with_its_files_and_the_records_it_made(world, clerk_client):
    from townhall.core.models import Meeting, Organization, Person

    stem = documents.PUBLISHED_LATER
    change(clerk_client, type(world.published_later), world.published_later.pk, public=True)
    visitor = Client()
    paper = world.published_later
    committee = Organization.objects.get(name=f"{stem.capitalize()}beirat")
    handler = Person.objects.get(name=f"Wibke {stem.capitalize()}")
    meeting = Meeting.objects.get(organizations=committee)
    pages = {
        "paper": visitor.get(f"/papers/{paper.pk}/"),
        "file": visitor.get(f"/files/{paper.main_file_id}/download/"),
        "committee": visitor.get(f"/organizations/{committee.pk}/"),
        "case handler": visitor.get(f"/persons/{handler.pk}/"),
        "meeting": visitor.get(f"/meetings/{meeting.pk}/"),
        "calendar": visitor.get("/meetings.ics"),
        "search": visitor.get("/search/", {"q": f"{stem[:6]}*"}),
    }
    shown = {name: response.status_code == 200 and stem in response.content.decode().casefold() for name, response in pages.items()}
    assert shown == {name: True for name in pages}
    api = {
        "paper": _oparl(visitor, f"/oparl/v1.1/paper/{paper.pk}"),
        "file": _oparl(visitor, f"/oparl/v1.1/file/{paper.main_file_id}"),
        "committee": _oparl(visitor, f"/oparl/v1.1/organization/{committee.pk}"),
        "meeting": _oparl(visitor, f"/oparl/v1.1/meeting/{meeting.pk}"),
    }
    assert {name: bool(data.get("deleted")) or stem not in json.dumps(data).casefold() for name, data in api.items()} == {
        name: False for name in api
    }


def test_the_sitemap_names_no_page_of_hidden_material(world, client):
    from townhall.core.models import Meeting, Organization, Paper, Person

    listed = "".join(client.get(f"/sitemap-{section}.xml").content.decode()
                     for section in ("papers", "meetings", "organizations", "persons"))
    pages = {"paper": Paper, "meeting": Meeting, "organization": Organization, "person": Person}
    hidden = {
        f"/{name}s/{obj.pk}/" if name != "person" else f"/persons/{obj.pk}/"
        for name, model in pages.items() for obj in model.all_objects.all() if not is_public(obj)
    }
    shown = [f"/papers/{world.control.pk}/"]
    assert hidden and all(url in listed for url in shown)
    assert sorted(url for url in hidden if url in listed) == []
