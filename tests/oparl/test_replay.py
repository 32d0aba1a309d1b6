"""Harvest the recorded responses of a real server (Gemeinde Hürtgenwald, SD.NET RIM, OParl 1.0)."""

from __future__ import annotations

import json

import pytest
from django.db import transaction

from replay import HUERTGENWALD, HUERTGENWALD_HOST, HUERTGENWALD_SYSTEM, client_for, recorded_list_entries
from townhall.core.models import AgendaItem, Body, Consultation, Location, Meeting, Membership, Organization, Paper, Person
from townhall.oparl.harvester.importer import Harvester
from townhall.oparl.harvester.replay import ReplayTransport
from townhall.oparl.models import FileDownloadJob, HarvestError, HarvestSource

MODELS = {"Organization": Organization, "Person": Person, "Meeting": Meeting, "Paper": Paper, "Body": Body}
BODY = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/body/1"


@pytest.fixture(scope="module")
def harvested(django_db_setup, django_db_blocker):
    """Harvest the recording once for the module, inside a transaction rolled back at the end."""
    if not HUERTGENWALD.exists():
        pytest.skip("the shared OParl recordings are not beside the checkout")
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            transport = ReplayTransport(HUERTGENWALD)
            client, _ = client_for(transport)
            report = Harvester(HUERTGENWALD_SYSTEM, client=client).run()
            yield report, transport
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def from_recording(url_part: str) -> dict:
    for line in HUERTGENWALD.open(encoding="utf-8"):
        record = json.loads(line)
        for entry in record["body"].get("data", []):
            if entry["id"].endswith(url_part):
                return entry
    raise LookupError(url_part)


@pytest.mark.parametrize("type_", ["Body", "Organization", "Person", "Meeting", "Paper"])
def test_every_list_entry_of_the_recording_is_stored(harvested, db, type_):
    stored = MODELS[type_].all_objects.filter(origin_id__startswith=HUERTGENWALD_HOST).count()
    assert stored == recorded_list_entries()[type_]


def _deleted_entries(type_: str) -> int:
    count = 0
    for line in HUERTGENWALD.open(encoding="utf-8"):
        record = json.loads(line)
        if record["url"].split("?")[0].endswith("/" + type_.lower()):
            count += sum(1 for entry in record["body"].get("data", []) if "type" not in entry)
    return count


def test_deleted_entries_without_type_are_stored_as_deleted(harvested, db):
    deleted = Meeting.all_objects.filter(deleted=True).count() + Paper.all_objects.filter(deleted=True).count()
    assert deleted == _deleted_entries("Meeting") + _deleted_entries("Paper") == 39


def test_embedded_objects_are_stored_with_their_parents(harvested, db):
    recorded = sum(len(e.get("membership", [])) for e in _entries("person"))
    assert Membership.objects.count() == recorded
    assert AgendaItem.objects.count() == sum(len(e.get("agendaItem", [])) for e in _entries("meeting"))
    assert Consultation.objects.count() == sum(len(e.get("consultation", [])) for e in _entries("paper"))


def _entries(list_name: str):
    for line in HUERTGENWALD.open(encoding="utf-8"):
        record = json.loads(line)
        if record["url"].split("?")[0].endswith("/" + list_name):
            yield from (e for e in record["body"].get("data", []) if "type" in e)


def test_seven_digit_ags_gets_its_leading_zero(harvested, db):
    assert Body.objects.get(origin_id=BODY).ags == "05358016"


def test_swapped_geojson_coordinates_are_put_in_longitude_latitude_order(harvested, db):
    location = Body.objects.get(origin_id=BODY).location
    assert location.geojson["geometry"]["coordinates"] == [6.395776, 50.722007]


def test_trailing_white_space_is_removed(harvested, db):
    item = AgendaItem.objects.get(origin_id__endswith="/agendaitem/3548")
    assert item.name == "Einführung und Verpflichtung sachkundiger Bürger"
    assert Location.objects.get(origin_id=f"{BODY}/location/0-1").postal_code == "52393"


def test_agenda_item_with_empty_number_is_stored(harvested, db):
    empty = [item["id"] for meeting in _entries("meeting") for item in meeting.get("agendaItem", []) if item.get("number", "") == ""]
    assert empty
    assert AgendaItem.objects.filter(origin_id__in=empty, number="").count() == len(set(empty))


def test_body_without_legislative_terms_is_imported(harvested, db):
    body = Body.objects.get(origin_id=BODY)
    assert body.name == "Gemeinde Hürtgenwald"
    assert body.legislative_terms.count() == 0


def test_agenda_items_keep_the_order_of_the_agenda(harvested, db):
    meeting = Meeting.objects.get(origin_id__endswith="/meeting/333")
    recorded = [item["id"] for item in from_recording("/meeting/333")["agendaItem"]]
    assert list(meeting.agenda_items.order_by("order").values_list("origin_id", flat=True)) == recorded


def test_consultations_link_paper_meeting_and_agenda_item(harvested, db):
    consultation = Consultation.objects.get(origin_id__endswith="/consultation/1509")
    assert consultation.paper.reference == "159/2006"
    assert consultation.meeting.origin_id.endswith("/meeting/333")
    assert consultation.agenda_item.origin_id.endswith("/agendaitem/3540")
    assert list(consultation.organizations.values_list("origin_id", flat=True)) == [f"{BODY}/organization/1-9"]


def test_remote_timestamps_are_kept(harvested, db):
    paper = Paper.objects.get(origin_id__endswith="/paper/782")
    assert paper.modified.isoformat() == "2009-12-17T14:55:45+00:00"
    assert paper.created.isoformat() == "2009-12-17T14:55:45+00:00"


def test_linked_objects_missing_from_the_recording_are_recorded_as_errors(harvested, db):
    report, _ = harvested
    errors = HarvestError.objects.filter(object_type="Location", resolved=False)
    assert errors.count() == report.count("Location").failed == 35
    assert all("404" in e.message for e in errors)


def test_files_are_queued_for_download(harvested, db):
    report, _ = harvested
    assert FileDownloadJob.objects.filter(status="pending").count() == report.files_queued > 0


def test_second_run_asks_for_changes_since_the_first_and_imports_nothing_new(harvested, db):
    _, transport = harvested
    client, _ = client_for(transport)
    asked = len(transport.requests)
    report = Harvester(HUERTGENWALD_SYSTEM, client=client).run()
    assert report.modified_since is not None
    assert all("modified_since=" in url for url in transport.requests[asked:] if url.split("?")[0].endswith(("/paper", "/meeting")))
    assert sum(c.created + c.updated + c.deleted for c in report.counts.values()) == 0


def test_second_run_imports_an_object_changed_since_the_first(harvested, db):
    _, transport = harvested
    first_page = f"{BODY}/paper"
    page = transport.body(first_page)
    changed = {**page["data"][1], "name": "Neuer Titel", "modified": "2099-01-01T00:00:00+01:00"}
    transport.replace(first_page, {**page, "data": [page["data"][0], changed, *page["data"][2:]]})
    client, _ = client_for(transport)
    try:
        report = Harvester(HUERTGENWALD_SYSTEM, client=client).run()
    finally:
        transport.replace(first_page, page)
    assert report.count("Paper").updated == 1
    assert Paper.objects.get(origin_id=changed["id"]).name == "Neuer Titel"


def test_harvest_source_remembers_the_run(harvested, db):
    source = HarvestSource.objects.get(url=HUERTGENWALD_SYSTEM)
    assert source.last_run_started is not None
    assert source.loader == "sternberg-sdnet"


def test_harvested_papers_can_be_found_by_search(harvested, db):
    from townhall.search.selectors import search_papers

    paper = Paper.objects.exclude(name="").order_by("pk")[10]
    results = search_papers(query=f'"{paper.name}"', user=None, per_page=50)
    assert paper.pk in [hit.paper.pk for hit in results.hits]
