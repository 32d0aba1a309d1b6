"""Round trip: publish a populated townhall over its own OParl API, harvest it back, compare.

The harvest runs in-process (httpx's WSGI transport, no sockets) into the same database, so
every harvested copy carries the API URL of its original as ``origin_id``; the original's
primary key is the last segment of that URL. Each copy is compared field by field with its
original, and links are compared by following the copies back to their originals.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta

import httpx
import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core import signals
from django.db import close_old_connections, transaction
from django.test import override_settings
from django.utils import timezone

from townhall.core import services
from townhall.core.demo.loader import load_demo
from townhall.core.storage import get_storage

from townhall.core.models import (
    AgendaItem, Body, Consultation, File, LegislativeTerm, Location, Meeting, Membership, Organization, Paper, Person,
)
from townhall.core.selectors import visible_files, visible_papers
from townhall.core.services import file_content
from townhall.oparl.harvester.client import OParlClient
from townhall.oparl.harvester.importer import Harvester
from townhall.oparl.harvester.jobs import run_download_jobs
from townhall.oparl.models import HarvestSource

API = "http://testserver/oparl/v1.1/"

#: Per model: the plain fields an OParl round trip must keep, the links (FK) and the link sets (M2M).
COMPARED = {
    Body: (["name", "short_name", "website", "ags", "rgs", "contact_email", "contact_name", "classification", "equivalent",
            "license_valid_since", "oparl_since", "keyword", "license"], ["location"], []),
    LegislativeTerm: (["name", "start_date", "end_date"], ["body"], []),
    Location: (["description", "geojson", "street_address", "room", "postal_code", "sub_locality", "locality"], [], []),
    Organization: (["name", "short_name", "post", "organization_type", "classification", "start_date", "end_date", "website"],
                   ["body", "sub_organization_of", "location"], []),
    Person: (["name", "family_name", "given_name", "form_of_address", "affix", "title", "gender", "phone", "email", "status",
              "life", "life_source"], ["body", "location"], []),
    Membership: (["role", "voting_right", "start_date", "end_date"], ["person", "organization", "on_behalf_of"], []),
    Meeting: (["name", "meeting_state", "cancelled", "start", "end"],
              ["body", "location", "invitation", "results_protocol", "verbatim_protocol"], ["organizations", "participants", "auxiliary_files"]),
    AgendaItem: (["number", "name", "public", "result", "resolution_text", "start", "end"], ["meeting", "resolution_file"],
                 ["auxiliary_files"]),
    Paper: (["name", "reference", "date", "paper_type"], ["body", "main_file"],
            ["auxiliary_files", "related_papers", "superordinated_papers", "locations", "originator_persons", "under_direction_of",
             "originator_organizations"]),
    Consultation: (["authoritative", "role"], ["paper", "agenda_item", "meeting"], ["organizations"]),
    File: (["name", "file_name", "mime_type", "date", "size", "file_license"], ["body", "master_file"], []),
}


def original_pk(copy) -> int:
    return int(copy.origin_id.rstrip("/").rsplit("/", 1)[1])


def copies(model):
    return model.all_objects.filter(origin_id__startswith=API)


def originals(model):
    return model.all_objects.exclude(origin_id__startswith=API)


@contextmanager
def connection_kept_open():
    """Keep Django from closing the database connection after each in-process request, as its test client does."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def enrich(today: date) -> dict:
    """Fill in, beside the demo, the links the demo leaves empty, one non-public paper and one deleted paper."""
    body = Body.objects.order_by("id").first()
    council, committee = Organization.objects.filter(body=body).order_by("id")[:2]
    person = Person.objects.filter(body=body).order_by("id").first()
    square = Location.objects.create(body=body, description="Torvet", locality="Søby",
                                     geojson={"type": "Feature", "geometry": {"type": "Point", "coordinates": [11.5, 55.1]}, "properties": {}})
    person.location, person.title, person.email = square, ["cand.scient.pol."], ["mk@soeby.example"]
    person.save()
    committee.sub_organization_of, committee.post = council, ["Formand", "Næstformand"]
    committee.save()
    Membership.objects.create(person=person, organization=committee, role="Stedfortræder", on_behalf_of=council,
                              start_date=date(2026, 1, 1), end_date=date(2026, 6, 30), voting_right=False)
    master = services.file_store(data=b"%PDF-1.4 budget\n", file_name="budget.pdf", mime_type="application/pdf", body=body, name="Budget")
    derivative = services.file_store(data=b"Budget as text\n", file_name="budget.txt", mime_type="text/plain", body=body, name="Budget (tekst)")
    derivative.master_file = master
    derivative.save()
    meeting = Meeting.objects.filter(body=body).order_by("id").first()
    meeting.participants.set(Person.objects.filter(body=body)[:2])
    meeting.auxiliary_files.add(master)
    meeting.invitation = derivative
    meeting.save()
    papers = list(Paper.objects.filter(body=body, public=True).order_by("id"))
    rich = papers[0]
    rich.related_papers.add(papers[1])
    rich.superordinated_papers.add(papers[-1])
    rich.locations.add(square)
    rich.originator_persons.add(person)
    rich.originator_organizations.add(committee)
    rich.under_direction_of.add(council)
    deleted = Paper.objects.create(body=body, name="Trukket tilbage", reference="X-1")
    services.soft_delete(deleted)
    return {"deleted_paper": deleted}


@pytest.fixture(scope="module")
def round_trip(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load the demo, publish it through the API, harvest it back with its files; rolled back at the end."""
    storage = tmp_path_factory.mktemp("roundtrip-files")
    with django_db_blocker.unblock(), override_settings(STORAGE_DIR=storage):
        get_storage.cache_clear()
        outer = transaction.atomic()
        outer.__enter__()
        try:
            load_demo(today=date.today())
            made = enrich(date.today())
            client = OParlClient(transport=httpx.WSGITransport(app=WSGIHandler()), sleep=lambda _: None)
            with connection_kept_open():
                report = Harvester(API, client=client, concurrency=1).run()
                run_download_jobs(client, concurrency=1)
            yield report, made, storage
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            get_storage.cache_clear()


def test_round_trip_harvests_without_failures(round_trip, db):
    report = round_trip[0]
    assert report.failed == 0 and report.complete


@pytest.mark.parametrize("model", [Body, Organization, Person, Membership, Meeting, LegislativeTerm, Location])
def test_round_trip_copies_every_live_object(round_trip, db, model):
    live = set(originals(model).filter(deleted=False).values_list("pk", flat=True))
    harvested = {original_pk(c) for c in copies(model).filter(deleted=False)}
    assert harvested == live


def test_round_trip_copies_every_public_agenda_item_and_consultation(round_trip, db):
    items = AgendaItem.objects.exclude(public=False).exclude(origin_id__startswith=API)
    assert {original_pk(c) for c in copies(AgendaItem).filter(deleted=False)} == set(items.values_list("pk", flat=True))
    consultations = Consultation.objects.filter(paper__in=visible_papers(None)).exclude(origin_id__startswith=API)
    assert {original_pk(c) for c in copies(Consultation).filter(deleted=False)} == set(consultations.values_list("pk", flat=True))


def test_round_trip_keeps_the_order_of_each_agenda(round_trip, db):
    for meeting in copies(Meeting).filter(deleted=False):
        original = Meeting.all_objects.get(pk=original_pk(meeting))
        expected = list(original.agenda_items.exclude(public=False).order_by("order").values_list("pk", flat=True))
        assert [original_pk(i) for i in meeting.agenda_items.order_by("order")] == expected


def test_round_trip_copies_every_public_paper_and_file(round_trip, db):
    assert {original_pk(c) for c in copies(Paper).filter(deleted=False)} == set(visible_papers(None).exclude(origin_id__startswith=API).values_list("pk", flat=True))
    assert {original_pk(c) for c in copies(File).filter(deleted=False)} == set(visible_files(None).exclude(origin_id__startswith=API).values_list("pk", flat=True))


@pytest.mark.parametrize("model", list(COMPARED), ids=lambda m: m.__name__)
def test_round_trip_keeps_field_values_and_links(round_trip, db, model):
    plain, links, link_sets = COMPARED[model]
    published = {m: {original_pk(c) for c in copies(m)} for m in COMPARED}
    differences = []
    for copy in copies(model).filter(deleted=False):
        original = model.all_objects.get(pk=original_pk(copy))
        for name in plain:
            if getattr(copy, name) != getattr(original, name):
                differences.append((original.pk, name, getattr(original, name), getattr(copy, name)))
        for name in links:
            target = getattr(copy, name)
            if (original_pk(target) if target else None) != getattr(original, f"{name}_id"):
                differences.append((original.pk, name, getattr(original, f"{name}_id"), target))
        for name in link_sets:
            related = model._meta.get_field(name).related_model
            expected = {pk for pk in getattr(original, name).values_list("pk", flat=True) if pk in published[related]}
            got = {original_pk(t) for t in getattr(copy, name).all()}
            if got != expected:
                differences.append((original.pk, name, expected, got))
    assert copies(model).exists()
    assert differences == []


@pytest.mark.parametrize("model", [Paper, Meeting, Organization, Person], ids=lambda m: m.__name__)
def test_round_trip_keeps_remote_timestamps(round_trip, db, model):
    def seconds(obj):
        # OParl timestamps are published to the second.
        return obj.created.replace(microsecond=0), obj.modified.replace(microsecond=0)

    mismatched = [c.pk for c in copies(model).filter(deleted=False) if seconds(c) != seconds(model.all_objects.get(pk=original_pk(c)))]
    assert mismatched == []


def test_round_trip_deletion_reaches_the_copy_on_the_next_run(round_trip, db):
    copy = copies(Paper).filter(deleted=False).order_by("id").first()
    original = Paper.objects.get(pk=original_pk(copy))
    body_url = copies(Body).get(pk=copy.body_id).origin_id
    # The body was harvested a minute ago: the next run asks only for what changed since.
    HarvestSource.objects.create(url=body_url, last_run_started=timezone.now() - timedelta(minutes=1))
    services.soft_delete(original)
    client = OParlClient(transport=httpx.WSGITransport(app=WSGIHandler()), sleep=lambda _: None)
    with connection_kept_open():
        report = Harvester(body_url, client=client, concurrency=1).run()
    assert report.modified_since is not None
    assert Paper.all_objects.get(pk=copy.pk).deleted


def test_round_trip_downloads_the_same_bytes(round_trip, db, settings):
    settings.STORAGE_DIR = round_trip[2]
    get_storage.cache_clear()
    stored = [(file_content(c), file_content(File.all_objects.get(pk=original_pk(c)))) for c in copies(File).filter(deleted=False)
              if File.all_objects.get(pk=original_pk(c)).has_content]
    assert stored and all(copy == original for copy, original in stored)
