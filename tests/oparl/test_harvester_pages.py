"""A list page's new objects are written together, and a broken one still fails alone."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from replay import SyntheticServer, client_for
from townhall.core.models import AgendaItem, Consultation, File, Meeting, Paper
from townhall.oparl.harvester.importer import Harvester
from townhall.oparl.models import HarvestError

pytestmark = pytest.mark.django_db(transaction=True)


def run(server: SyntheticServer, **options):
    client, _ = client_for(server.transport())
    return Harvester(server.system_url, client=client, concurrency=1, **options).run()


def inserts_into(queries, table: str) -> int:
    return sum(1 for q in queries if q["sql"].lstrip().upper().startswith("INSERT") and f'"{table}"' in q["sql"].split("(")[0])


def papers_with_files(server: SyntheticServer, count: int) -> list[dict]:
    base = server.base
    return [server.add("Paper", name=f"Vorlage {n}", reference=f"{n}/2026",
                       mainFile={"id": f"{base}/file/main-{n}", "type": "https://schema.oparl.org/1.1/File", "name": f"Vorlage {n}",
                                 "accessUrl": f"{base}/files/main-{n}.pdf"},
                       consultation=[{"id": f"{base}/consultation/{n}-{k}", "role": "Beratung"} for k in (1, 2)])
            for n in range(count)]


def test_new_objects_of_a_page_are_written_with_one_insert_per_type():
    server = SyntheticServer(page_size=25)
    papers_with_files(server, 50)
    with CaptureQueriesContext(connection) as queries:
        report = run(server)
    assert report.count("Paper").created == 50 and report.count("Consultation").created == 100
    # Two pages of papers: two INSERTs each for papers, files and consultations, not one per object.
    assert inserts_into(queries.captured_queries, "core_paper") == 2
    assert inserts_into(queries.captured_queries, "core_file") == 2
    assert inserts_into(queries.captured_queries, "core_consultation") == 2
    assert Paper.objects.count() == 50 and File.objects.count() == 50 and Consultation.objects.count() == 100
    assert Paper.objects.get(reference="7/2026").main_file.name == "Vorlage 7"
    assert list(Consultation.objects.filter(paper__reference="7/2026").values_list("position", flat=True).order_by("position")) == [0, 1]


def test_links_between_new_objects_of_one_page_are_kept_both_ways():
    server = SyntheticServer()
    first = server.add("Paper", name="Haushalt", reference="1/2026")
    second = server.add("Paper", name="Nachtrag", reference="2/2026", relatedPaper=[first["id"]], superordinatedPaper=[first["id"]])
    run(server)
    stored_first, stored_second = Paper.objects.get(origin_id=first["id"]), Paper.objects.get(origin_id=second["id"])
    assert list(stored_first.related_papers.all()) == [stored_second]
    assert list(stored_second.related_papers.all()) == [stored_first]
    assert list(stored_second.superordinated_papers.all()) == [stored_first]
    assert list(stored_first.subordinated_papers.all()) == [stored_second]


def test_database_error_fails_only_its_object_and_the_rest_of_the_page_is_stored():
    server = SyntheticServer()
    good = server.add("Meeting", name="Rat", agendaItem=[{"id": f"{server.base}/ai/1", "number": "1", "name": "Haushalt", "order": 1}])
    # A negative position breaks the database's check on the agenda item, which fails its meeting with it.
    broken = server.add("Meeting", name="Kaputt", agendaItem=[{"id": f"{server.base}/ai/2", "number": "1", "name": "X", "order": -1}])
    later = server.add("Meeting", name="Bauausschuss", agendaItem=[{"id": f"{server.base}/ai/3", "number": "1", "name": "Brücke"}])
    report = run(server)
    assert set(Meeting.objects.values_list("origin_id", flat=True)) == {good["id"], later["id"]}
    assert set(AgendaItem.objects.values_list("name", flat=True)) == {"Haushalt", "Brücke"}
    assert report.count("Meeting").created == 2 and report.count("Meeting").failed == 1
    error = HarvestError.objects.get(object_id=broken["id"])
    assert "IntegrityError" in error.message and error.url == broken["id"]


def test_object_embedded_in_one_entry_and_linked_by_id_in_the_next_is_one_row():
    server = SyntheticServer()
    org_id = f"{server.base}/organization/rat"
    server.add("Meeting", name="Rat", organization=[{"id": org_id, "type": "https://schema.oparl.org/1.1/Organization", "name": "Rat"}])
    server.add("Meeting", name="Rat 2", organization=[org_id])
    report = run(server)
    meetings = Meeting.objects.order_by("name")
    assert [list(m.organizations.values_list("origin_id", flat=True)) for m in meetings] == [[org_id], [org_id]]
    assert report.count("Organization").created == 1
