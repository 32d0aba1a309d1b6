"""Papers without a date of their own: dated by their route or file, never silently dropped by date filters."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from townhall.search.selectors import UNDATED, search_papers


def _names(results) -> list[str]:
    return [hit.paper.name for hit in results.hits]


def test_an_undated_paper_is_dated_by_its_first_consultation(add_paper):
    from townhall.core.services import consultation_create

    paper = add_paper("Route", "Budget.")
    consultation_create(paper=paper, position=1, date=date(2021, 5, 1))
    consultation_create(paper=paper, position=0, date=date(2021, 3, 1))
    paper.refresh_from_db()
    assert (paper.effective_date, paper.effective_date_source) == (date(2021, 3, 1), "consultation")


def test_an_undated_paper_without_consultation_dates_is_dated_by_its_first_meeting(add_paper, body):
    from townhall.core.models import Meeting
    from townhall.core.services import consultation_create

    meeting = Meeting.objects.create(body=body, name="Udvalg", start=datetime(2022, 9, 5, 16, tzinfo=timezone.utc))
    paper = add_paper("Punkt", "Budget.")
    consultation_create(paper=paper, position=0, meeting=meeting)
    paper.refresh_from_db()
    assert (paper.effective_date, paper.effective_date_source) == (date(2022, 9, 5), "meeting")


def test_a_paper_of_its_own_date_keeps_it(add_paper):
    from townhall.core.services import consultation_create, papers_date_refresh

    paper = add_paper("Dated", "Budget.", paper_date=date(2020, 1, 2))
    consultation_create(paper=paper, position=0, date=date(2021, 3, 1))
    papers_date_refresh([paper.pk])
    paper.refresh_from_db()
    assert (paper.effective_date, paper.effective_date_source) == (date(2020, 1, 2), "paper")


def test_an_undated_paper_is_dated_by_its_file_last(add_paper):
    from townhall.core.services import papers_date_refresh

    paper = add_paper("Fil", "Budget.")
    paper.main_file.date = date(2019, 6, 1)
    paper.main_file.save()
    papers_date_refresh([paper.pk])
    paper.refresh_from_db()
    assert (paper.effective_date, paper.effective_date_source) == (date(2019, 6, 1), "file")


def test_a_date_filter_finds_a_paper_by_its_route_date(add_paper):
    from townhall.core.services import consultation_create

    paper = add_paper("Route", "Budget.")
    consultation_create(paper=paper, position=0, date=date(2021, 3, 1))
    add_paper("Other year", "Budget.", paper_date=date(2019, 1, 1))
    results = search_papers(query="budget", user=None, filters={"date_from": "2021-01-01", "date_to": "2021-12-31"})
    assert _names(results) == ["Route"]


def test_a_date_filter_says_how_many_undated_papers_it_leaves_out(add_paper):
    add_paper("Dated", "Budget.", paper_date=date(2021, 1, 1))
    add_paper("Undated", "Budget.")
    results = search_papers(query="budget", user=None, filters={"date_from": "2020-01-01"})
    assert (_names(results), results.total, results.undated_left_out) == (["Dated"], 1, 1)


def test_the_year_facet_has_an_undated_bucket_and_it_filters(add_paper):
    add_paper("Dated", "Budget.", paper_date=date(2021, 1, 1))
    add_paper("Undated", "Budget.")
    facet = search_papers(query="budget", user=None).facets["year"]
    only = search_papers(query="budget", user=None, filters={"undated": True})
    assert (facet, _names(only)) == ([("2021", "2021", 1), (UNDATED, "Undated", 1)], ["Undated"])


def test_sorting_by_date_uses_the_route_date(add_paper):
    from townhall.core.services import consultation_create

    routed = add_paper("Routed", "Budget.")
    consultation_create(paper=routed, position=0, date=date(2023, 3, 1))
    add_paper("Older", "Budget.", paper_date=date(2022, 1, 1))
    add_paper("Undated", "Budget.")
    assert _names(search_papers(query="budget", user=None, sort="date")) == ["Routed", "Older", "Undated"]


def test_the_migration_dates_existing_papers_by_their_route(add_paper):
    import importlib

    from django.apps import apps

    from townhall.core.models import Consultation, Paper

    paper = add_paper("Route", "Budget.")
    Consultation.objects.create(paper=paper, position=0, date=date(2021, 3, 1))
    Paper.objects.filter(pk=paper.pk).update(effective_date=None, effective_date_source="")
    importlib.import_module("townhall.core.migrations.0004_paper_effective_date").fill(apps, None)
    paper.refresh_from_db()
    assert (paper.effective_date, paper.effective_date_source) == (date(2021, 3, 1), "consultation")


def test_the_search_page_says_which_date_it_shows(client, add_paper):
    from townhall.core.services import consultation_create

    paper = add_paper("Route", "Budget.")
    consultation_create(paper=paper, position=0, date=date(2021, 3, 1))
    add_paper("Undated", "Budget.")
    page = client.get("/search/", {"q": "budget"}).content.decode()
    assert "(first consultation)" in page and "dated by their first consultation or meeting" in page
    assert "Undated" in page


def test_the_search_page_offers_the_undated_papers_a_date_filter_leaves_out(client, add_paper):
    add_paper("Dated", "Budget.", paper_date=date(2021, 1, 1))
    add_paper("Undated", "Budget.")
    page = client.get("/search/", {"q": "budget", "date_from": "2020-01-01"}).content.decode()
    assert "1 matching paper has no date and is left out by the date filter." in page
    assert "undated=on" in page
    undated = client.get("/search/", {"q": "budget", "undated": "on"}).content.decode()
    assert "Undated" in undated and ">Dated<" not in undated
