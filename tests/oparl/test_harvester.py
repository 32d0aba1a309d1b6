"""Harvest small synthetic OParl servers that show one defect or behaviour each."""

from __future__ import annotations

import pytest

from replay import SyntheticServer, client_for
from townhall.core.models import Body, Consultation, Location, Meeting, Membership, Organization, Paper, Person
from townhall.oparl.harvester.importer import HarvestFailed, Harvester
from townhall.oparl.harvester.loaders import CcEgovLoader, Loader, SternbergLoader, loader_for
from townhall.oparl.models import HarvestError, HarvestSource

pytestmark = pytest.mark.django_db


def run(server: SyntheticServer, transport=None, **options):
    transport = transport or server.transport()
    client, waits = client_for(transport)
    report = Harvester(server.system_url, client=client, **options).run()
    return report, transport, waits


def test_reimport_updates_rows_instead_of_duplicating():
    server = SyntheticServer()
    org = server.add("Organization", name="Bauausschuss")
    run(server)
    org["name"], org["modified"] = "Bau- und Planungsausschuss", "2026-02-01T10:00:00+01:00"
    report, _, _ = run(server, full=True)
    assert report.count("Organization").updated == 1
    assert list(Organization.objects.values_list("name", flat=True)) == ["Bau- und Planungsausschuss"]


def test_unchanged_objects_are_not_written_again():
    server = SyntheticServer()
    server.add("Person", name="Anna Schmidt")
    run(server)
    report, _, _ = run(server, full=True)
    assert report.count("Person").unchanged == 1 and report.count("Person").updated == 0


def test_deleted_entry_soft_deletes_the_stored_row():
    server = SyntheticServer()
    paper = server.add("Paper", name="Vorlage", reference="1/2026")
    run(server)
    server.lists["paper"] = [{"id": paper["id"], "deleted": True, "modified": "2026-03-01T10:00:00+01:00"}]
    run(server, full=True)
    assert not Paper.objects.filter(origin_id=paper["id"]).exists()
    assert Paper.all_objects.get(origin_id=paper["id"]).deleted


def test_remote_modified_time_is_kept_on_import():
    server = SyntheticServer()
    paper = server.add("Paper", name="Vorlage", modified="2025-05-05T12:00:00+00:00")
    run(server)
    assert Paper.objects.get(origin_id=paper["id"]).modified.isoformat() == "2025-05-05T12:00:00+00:00"


def test_busy_server_is_retried_honouring_retry_after():
    server = SyntheticServer()
    server.add("Organization", name="Rat")
    transport = server.transport()
    url = server.list_url("organization")
    transport.answer(url, {"status": 429, "headers": {"Retry-After": "7"}, "body": {}}, {"status": 503, "body": {}},
                     {"body": transport.body(url)})
    report, _, waits = run(server, transport)
    assert waits[0] == 7
    assert len(waits) == 2
    assert Organization.objects.count() == 1 and report.complete


def test_list_that_keeps_failing_is_recorded_and_the_next_run_reads_everything():
    server = SyntheticServer()
    server.add("Organization", name="Rat")
    transport = server.transport()
    transport.answer(server.list_url("person"), {"status": 500, "body": {}})
    report, _, _ = run(server, transport)
    assert not report.complete
    assert HarvestError.objects.filter(url=server.list_url("person")).exists()
    assert HarvestSource.objects.get(url=server.system_url).last_run_started is None


@pytest.mark.parametrize("empty", [{"status": 404, "body": {"error": "no such page"}}, {"body": []}])
def test_empty_filtered_list_answered_with_404_or_empty_array_is_empty(empty):
    server = SyntheticServer()
    server.add("Organization", name="Rat")
    run(server)
    transport = server.transport()
    original = transport.handle_request

    def answer(request):
        if "modified_since" in str(request.url):
            import httpx

            return httpx.Response(empty.get("status", 200), json=empty["body"], request=request)
        return original(request)

    transport.handle_request = answer
    report, _, _ = run(server, transport)
    assert report.complete and report.failed == 0


def test_single_object_where_a_list_belongs_is_read_as_a_list_of_one():
    server = SyntheticServer()
    org = server.add("Organization", name="Rat")
    transport = server.transport()
    transport.replace(server.list_url("organization"), {"data": org, "links": {}})
    run(server, transport)
    assert Organization.objects.get(origin_id=org["id"]).name == "Rat"


def test_control_characters_in_json_are_survived():
    server = SyntheticServer()
    transport = server.transport()
    raw = ('{"data": [{"id": "https://ris.example.org/oparl/person/9", "type": "https://schema.oparl.org/1.1/Person",'
           ' "name": "Jens\x07 Hansen\x0b", "familyName": "Han\tsen"}],\x01 "links": {}}')
    transport.answer(server.list_url("person"), {"raw": raw})
    report, _, _ = run(server, transport)
    assert Person.objects.get(origin_id="https://ris.example.org/oparl/person/9").name == "Jens Hansen"
    assert report.failed == 0


def test_empty_required_name_falls_back_to_other_fields():
    server = SyntheticServer()
    person = server.add("Person", name="", givenName="Lene", familyName="Berg")
    org = server.add("Organization", name="", shortName="HFA")
    run(server)
    assert Person.objects.get(origin_id=person["id"]).name == "Lene Berg"
    assert Organization.objects.get(origin_id=org["id"]).name == "HFA"


def test_seven_digit_ags_is_left_padded():
    server = SyntheticServer(ags="5315000")
    run(server)
    assert Body.objects.get(origin_id=server.body_url).ags == "05315000"


def test_swapped_coordinates_are_detected_by_plausible_ranges():
    server = SyntheticServer()
    swapped = server.add("Location", description="Rathaus", geojson={"type": "Point", "coordinates": [51.2277, 6.7735]})
    right = server.add("Location", description="Markt", geojson={"type": "Point", "coordinates": [12.5683, 55.6761]})
    run(server)
    assert Location.objects.get(origin_id=swapped["id"]).geojson["coordinates"] == [6.7735, 51.2277]
    assert Location.objects.get(origin_id=right["id"]).geojson["coordinates"] == [12.5683, 55.6761]


def test_broken_object_is_recorded_and_the_rest_imported():
    server = SyntheticServer()
    person = server.add("Person", name="Anna Schmidt", membership=[
        {"id": "https://ris.example.org/oparl/membership/1", "organization": "https://ris.example.org/oparl/organization/gone", "role": "Mitglied"},
    ])
    server.add("Person", name="Bernd Meier")
    report, _, _ = run(server)
    assert Person.objects.count() == 2
    assert not Membership.objects.filter(person__origin_id=person["id"]).exists()
    error = HarvestError.objects.get(object_id="https://ris.example.org/oparl/organization/gone")
    assert "404" in error.message
    assert report.failed >= 1


def test_linked_object_missing_from_the_lists_is_fetched_by_its_id():
    server = SyntheticServer()
    org = server.add("Organization", name="Finanzausschuss")
    server.lists["organization"].remove(org)  # published, but left out of the list
    meeting = server.add("Meeting", name="Sitzung", organization=[org["id"]])
    transport = server.transport()
    transport.add({"url": org["id"], "body": org})
    run(server, transport)
    assert list(Meeting.objects.get(origin_id=meeting["id"]).organizations.values_list("name", flat=True)) == ["Finanzausschuss"]


def test_paper_consultations_follow_the_route_order():
    server = SyntheticServer()
    meeting = server.add("Meeting", name="Rat", agendaItem=[{"id": "https://ris.example.org/oparl/ai/1", "number": "1", "name": "Haushalt"}])
    paper = server.add("Paper", name="Haushalt 2027", consultation=[
        {"id": "https://ris.example.org/oparl/c/1", "role": "Vorberatung"},
        {"id": "https://ris.example.org/oparl/c/2", "role": "Entscheidung", "meeting": meeting["id"], "agendaItem": "https://ris.example.org/oparl/ai/1"},
    ])
    run(server)
    consultations = Consultation.objects.filter(paper__origin_id=paper["id"]).order_by("position")
    assert [c.role for c in consultations] == ["Vorberatung", "Entscheidung"]
    assert consultations[1].agenda_item.name == "Haushalt"


def test_body_url_is_harvested_like_a_system():
    server = SyntheticServer()
    server.add("Organization", name="Rat")
    client, _ = client_for(server.transport())
    Harvester(server.body_url, client=client).run()
    assert Organization.objects.get().body.origin_id == server.body_url


def test_url_that_is_not_oparl_fails_with_a_clear_message():
    server = SyntheticServer()
    transport = server.transport()
    transport.add({"url": "https://ris.example.org/elsewhere", "body": {"hello": "world"}})
    client, _ = client_for(transport)
    with pytest.raises(HarvestFailed, match="neither an OParl System nor a Body"):
        Harvester("https://ris.example.org/elsewhere", client=client).run()


@pytest.mark.parametrize("system, url, loader", [
    ({"vendor": "https://www.sitzungsdienst.net/"}, "https://x.example/oparl", SternbergLoader),
    ({"vendor": "http://cc-egov.de/"}, "https://x.example/oparl", CcEgovLoader),
    ({}, "https://ratsinfo.example/bi/oparl/1.0/system.asp", CcEgovLoader),
    ({"vendor": "https://other.example/"}, "https://x.example/oparl", Loader),
])
def test_loader_is_chosen_by_vendor_or_url(system, url, loader):
    assert type(loader_for(system, url)) is loader


def test_allris_placeholder_values_count_as_missing():
    assert CcEgovLoader().text("N/A") == ""
    assert Loader().text("N/A") == "N/A"


def test_sternberg_epoch_creation_time_counts_as_unknown():
    assert SternbergLoader().timestamp("1970-01-01T00:00:00+01:00") is None
    assert Loader().timestamp("1970-01-01T00:00:00+01:00") is not None


def test_deletion_already_applied_is_not_counted_again():
    server = SyntheticServer()
    server.lists["paper"] = [{"id": "https://ris.example.org/oparl/paper/gone", "deleted": True}]
    first, _, _ = run(server)
    second, _, _ = run(server, full=True)
    assert (first.count("Paper").deleted, second.count("Paper").deleted, second.count("Paper").unchanged) == (1, 0, 1)
