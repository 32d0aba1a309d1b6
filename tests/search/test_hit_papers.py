"""A page of hits: its papers are read in one statement with what a list of hits shows."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from townhall.search.selectors import search_papers

pytestmark = pytest.mark.django_db


def test_a_page_of_hits_shows_title_body_date_kind_and_snippet_without_further_statements(add_paper, body):
    for number in range(5):
        add_paper(f"Havnebad {number}", f"Forslag om et havnebad ved kajen nummer {number}.", reference=f"HB-{number}",
                  kind="proposal", paper_date=date(2024, 3, number + 1))
    results = search_papers(query="havnebad", user=None)
    assert len(results.hits) == 5
    with CaptureQueriesContext(connection) as captured:
        shown = [(hit.paper.pk, hit.paper.name, hit.paper.reference, hit.paper.date, hit.paper.effective_date,
                  hit.paper.get_kind_display(), hit.paper.public, hit.paper.language, hit.paper.body.name,
                  hit.paper.body.slug, hit.paper.created, hit.paper.modified, hit.paper.main_file.text)
                 for hit in results.hits]
    assert len(captured) == 0, [query["sql"] for query in captured.captured_queries]
    assert {row[1] for row in shown} == {f"Havnebad {number}" for number in range(5)}
    assert {row[8] for row in shown} == {body.name}
    assert all("<mark>havnebad</mark>" in hit.snippet_html.lower() for hit in results.hits)


def test_a_hit_gives_the_fields_a_page_does_not_show_when_asked(add_paper):
    from townhall.core.models import Paper

    paper = add_paper("Havnebad", "Forslag om et havnebad ved kajen.")
    Paper.objects.filter(pk=paper.pk).update(card={"title": "Havnebad"}, paper_type="Indstilling")
    hit = search_papers(query="havnebad", user=None).hits[0]
    assert hit.paper.card == {"title": "Havnebad"}
    assert hit.paper.paper_type == "Indstilling"
    assert hit.paper.main_file.name == "Havnebad"


def test_a_paper_without_main_file_is_a_hit_without_snippet(add_paper):
    from townhall.core.models import Paper

    paper = add_paper("Havnebad ved kajen", "")
    Paper.objects.filter(pk=paper.pk).update(main_file=None)
    hits = search_papers(query="havnebad", user=None).hits
    assert [hit.paper.pk for hit in hits] == [paper.pk]
    assert hits[0].paper.main_file is None
    assert hits[0].snippet_html == ""


@pytest.mark.django_db(transaction=True)
def test_search_statements_leave_the_connection_with_its_own_planner_settings(add_paper):
    if connection.vendor != "postgresql":
        pytest.skip("TOWNHALL_DATABASE_URL does not point to PostgreSQL")
    from townhall.search.backends.postgres_statements import fetch

    add_paper("Havnebad", "Forslag om et havnebad ved kajen.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_seqscan'), current_setting('max_parallel_workers_per_gather')")
        before = cursor.fetchone()
    # The settings hold for the search's own statement ...
    assert fetch("SELECT current_setting('enable_seqscan'), current_setting('jit')", []) == [("off", "off")]
    assert search_papers(query="havnebad", user=None).total == 1
    # ... and for nothing after it.
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_seqscan'), current_setting('max_parallel_workers_per_gather')")
        assert cursor.fetchone() == before
