"""The harvester on real data's quirks: repeated agenda orders, string coordinates, failures counted once."""

from __future__ import annotations

from collections import Counter

import pytest

from replay import SyntheticServer, client_for
from townhall.core.models import AgendaItem, Consultation, Location, Meeting
from townhall.oparl.harvester.importer import Harvester
from townhall.oparl.harvester.replay import ReplayTransport
from townhall.oparl.models import HarvestError

pytestmark = pytest.mark.django_db


def run(server: SyntheticServer, **options):
    client, _ = client_for(server.transport())
    return Harvester(server.system_url, client=client, concurrency=1, **options).run()


def item(base: str, n: int, order: int, name: str) -> dict:
    return {"id": f"{base}/agendaitem/{n}", "type": "https://schema.oparl.org/1.1/AgendaItem", "order": order, "name": name,
            "modified": "2026-01-02T10:00:00+01:00"}


def test_agenda_items_repeating_an_order_within_a_meeting_are_all_kept_in_their_order():
    server = SyntheticServer()
    meeting = server.add("Meeting", name="Rat", agendaItem=[
        item(server.base, 1, 1, "Eröffnung"), item(server.base, 2, 2, "Haushalt"), item(server.base, 3, 2, "Radweg"),
        item(server.base, 4, 3, "Verschiedenes"),
    ])
    report = run(server)
    assert report.failed == 0, list(HarvestError.objects.values_list("message", flat=True))
    items = list(AgendaItem.objects.filter(meeting__origin_id=meeting["id"]).order_by("order"))
    assert [i.name for i in items][:2] == ["Eröffnung", "Haushalt"]
    assert {i.name for i in items} == {"Eröffnung", "Haushalt", "Radweg", "Verschiedenes"}
    assert len({i.order for i in items}) == 4
    # A second run keeps them, without failures either.
    assert run(server, full=True).failed == 0
    assert AgendaItem.objects.filter(meeting__origin_id=meeting["id"]).count() == 4


def test_error_rows_name_the_url_of_the_object_that_failed():
    server = SyntheticServer()
    server.add("Consultation", paper="https://ris.example.org/oparl/paper/gone", role="Beratung")
    run(server)
    errors = list(HarvestError.objects.all())
    assert errors
    assert all(error.url.startswith("https://ris.example.org/oparl/") for error in errors), [(e.object_id, e.url) for e in errors]


class CountingTransport(ReplayTransport):
    """The recording, counting the requests for each URL."""

    def __init__(self, records):
        super().__init__(records)
        self.fetched: Counter = Counter()

    def handle_request(self, request):
        self.fetched[str(request.url).split("?")[0]] += 1
        return super().handle_request(request)


@pytest.mark.parametrize("concurrency", [1, 4])
def test_an_object_that_failed_before_is_fetched_and_counted_once_in_an_incremental_run(concurrency):
    server = SyntheticServer()
    meeting = server.add("Meeting", name="Rat")
    paper = server.add("Paper", name="Vorlage")
    gone = "https://ris.example.org/oparl/meeting/gone"
    broken = server.add("AgendaItem", name="TOP 1", order=1, meeting=gone)
    run(server)
    assert HarvestError.objects.get(object_id=broken["id"]).attempts == 1
    # The next run reads changes only: a consultation changed since links the broken item.
    server.add("Consultation", paper=paper["id"], meeting=meeting["id"], agendaItem=broken["id"], role="Beschluss",
               modified="2027-01-01T10:00:00+01:00")
    transport = CountingTransport(server.records())
    client, _ = client_for(transport)
    report = Harvester(server.system_url, client=client, concurrency=concurrency).run()
    assert report.modified_since is not None
    assert transport.fetched[broken["id"]] == 1
    assert transport.fetched[gone] == 1
    assert report.count("AgendaItem").failed == 1 and report.count("Meeting").failed == 1
    assert HarvestError.objects.get(object_id=broken["id"]).attempts == 2
    assert HarvestError.objects.get(object_id=gone).attempts == 2
    assert Consultation.objects.filter(paper__origin_id=paper["id"]).exists()


def test_string_coordinates_are_read_as_numbers_and_unreadable_geometry_is_dropped_with_a_warning():
    server = SyntheticServer()
    strings = server.add("Location", description="Rathaus", geojson={"type": "Feature", "geometry": {"type": "Point", "coordinates": ["6.7735", "51.2277"]}})
    broken = server.add("Location", description="Schule", geojson={"type": "Point", "coordinates": ["Nordstraße", "12"]})
    polygon = server.add("Location", description="Park", geojson={"type": "Polygon", "coordinates": [[["6.1", "51.1"], [6.2, 51.1], ["6,2", "51,2"], ["6.1", "51.1"]]]})
    report = run(server)
    assert Location.objects.get(origin_id=strings["id"]).geojson["geometry"]["coordinates"] == [6.7735, 51.2277]
    assert Location.objects.get(origin_id=polygon["id"]).geojson["coordinates"][0][2] == [6.2, 51.2]
    dropped = Location.objects.get(origin_id=broken["id"])
    assert dropped.geojson is None and dropped.description == "Schule"
    assert report.warning_count == 1 and "Nordstraße" in report.warnings[0]
    assert report.as_dict()["warnings"] == report.warnings


def test_a_meeting_is_not_lost_when_the_harvest_remembers_only_keys():
    server = SyntheticServer()
    meeting = server.add("Meeting", name="Bauausschuss")
    server.add("Consultation", paper=server.add("Paper", name="Vorlage")["id"], meeting=meeting["id"], role="Beratung")
    run(server)
    assert Consultation.objects.get().meeting == Meeting.objects.get(origin_id=meeting["id"])
