"""The public form of OParl objects is stored in the database for every web process, never beyond a change."""

from __future__ import annotations

import threading

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from townhall.oparl.models import StoredView

ROOT = "/oparl/v1.1/"

#: Tables only rendering reads: a request that touches none of them served stored JSON.
RENDER_TABLES = ("core_file", "core_location", "core_consultation", "core_deadline", "core_event", "participation_hearing")


def another_process():
    """Forget what this process keeps in memory, as a second web process starts without it."""
    caches["oparl"].clear()
    caches["pages"].clear()


def fetch(client, url: str):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return response, [query["sql"] for query in captured]


def rendered(queries: list[str]) -> bool:
    return any(f'"{table}"' in sql for sql in queries for table in RENDER_TABLES)


def test_a_paper_served_by_one_process_is_served_by_another_without_rendering_it(populated, client):
    url = f"{ROOT}paper/{populated.rich_paper.pk}"
    first, first_queries = fetch(client, url)
    another_process()

    again, again_queries = fetch(client, url)

    assert rendered(first_queries) and not rendered(again_queries)
    assert again.content == first.content
    assert StoredView.objects.filter(type_name="Paper", object_id=populated.rich_paper.pk).count() == 1


def test_a_stored_paper_answers_deleted_in_every_process_the_moment_it_is_withdrawn(populated, client):
    from townhall.core.access import paper_set_public

    paper = populated.rich_paper
    url = f"{ROOT}paper/{paper.pk}"
    client.get(url)
    another_process()

    paper_set_public(paper, False)

    data = client.get(url).json()
    listed = [item["id"] for item in client.get(f"{ROOT}body/{paper.body_id}/paper?elementsPerPage=1000").json()["data"]]
    assert (data["deleted"], "name" in data) == (True, False)
    assert f"http://testserver{url}" not in listed


def test_a_changed_paper_is_rendered_again_and_its_stored_row_replaced(populated, client):
    paper = populated.papers[0]
    url = f"{ROOT}paper/{paper.pk}"
    client.get(url)
    paper.name = "Renamed generated paper"
    paper.save()
    another_process()

    data, queries = fetch(client, url)

    assert data.json()["name"] == "Renamed generated paper" and rendered(queries)
    rows = StoredView.objects.filter(type_name="Paper", object_id=paper.pk)
    assert len(rows) == 1 and b"Renamed generated paper" in bytes(rows[0].content)


def test_a_list_page_of_stored_papers_is_written_around_them_without_loading_any(populated, client):
    # The second page holds generated papers only: a paper with a hearing is rendered each time (its count moves).
    url = f"{ROOT}body/{populated.body.pk}/paper?page=2"
    first, _ = fetch(client, url)
    another_process()

    again, queries = fetch(client, url)

    assert again.content == first.content
    assert not rendered(queries)
    assert not any('FROM "core_paper"' in sql and '"core_paper"."name"' in sql for sql in queries)


def test_a_list_page_asked_again_in_the_same_process_shows_a_paper_changed_in_between(populated, client):
    paper = populated.papers[0]
    url = f"{ROOT}body/{populated.body.pk}/paper?elementsPerPage=1000"
    first = client.get(url)
    paper.name = "Renamed while listed"
    paper.save()

    again = client.get(url)

    assert b"Renamed while listed" not in first.content and b"Renamed while listed" in again.content
    assert again["ETag"] != first["ETag"]


def test_a_list_page_asked_again_in_the_same_process_leaves_out_a_paper_withdrawn_in_between(populated, client):
    from townhall.core.access import paper_set_public

    paper = populated.papers[0]
    url = f"{ROOT}body/{populated.body.pk}/paper?elementsPerPage=1000"
    first = client.get(url).json()
    paper_set_public(paper, False)

    again = client.get(url).json()

    listed = f"http://testserver{ROOT}paper/{paper.pk}"
    assert listed in [item["id"] for item in first["data"]] and listed not in [item["id"] for item in again["data"]]
    assert again["pagination"]["totalElements"] == first["pagination"]["totalElements"] - 1


@pytest.mark.parametrize("stored", [False, True], ids=["first serve", "stored"])
def test_a_list_page_costs_as_many_queries_for_100_papers_as_for_10(populated, client, stored):
    url = f"{ROOT}body/{populated.body.pk}/paper?elementsPerPage="
    if stored:
        client.get(url + "100")
        another_process()
    _, small = fetch(client, url + "10")
    _, large = fetch(client, url + "100")

    assert len(large) <= len(small)


def test_process_memory_keeps_at_most_its_entries_and_drops_the_oldest_first():
    from townhall.oparl.api.memory import ProcessMemory

    memory = ProcessMemory("test", {"OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 5}})
    memory.set_many({f"key{n}": bytes([n]) for n in range(10)})
    memory.set("key10", b"new")

    kept = memory.get_many([f"key{n}" for n in range(11)])
    assert len(kept) <= 10 and "key0" not in kept and kept["key10"] == b"new" and kept["key9"] == bytes([9])


def test_what_one_thread_of_a_process_keeps_in_memory_every_other_thread_finds():
    # Django makes a cache backend per thread; a web server answers on several threads.
    caches["oparl"].set("oparl:test:shared-between-threads", b"{}")
    found = []
    reader = threading.Thread(target=lambda: found.append(caches["oparl"].get("oparl:test:shared-between-threads")))
    reader.start()
    reader.join()

    assert found == [b"{}"]
