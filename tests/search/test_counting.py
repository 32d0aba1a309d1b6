"""Totals and facets: exact up to the cap, marked approximate above it, always true to access rules."""

from __future__ import annotations

from datetime import date

import pytest

from townhall.search import selectors
from townhall.search.selectors import search_papers

SECRET = "Zylofantrapez"


def _counts(results) -> dict:
    return {name: sum(n for *_, n in options) for name, options in results.facets.items() if name != "organization"}


@pytest.fixture
def five_budgets(add_paper):
    return [add_paper(f"Budget {year}", "Budget for havnen.", paper_date=date(year, 3, 1)) for year in range(2016, 2021)]


def test_a_search_below_the_cap_counts_every_match_exactly(five_budgets):
    results = search_papers(query="budget", user=None)
    assert (results.total, results.approximate, _counts(results)["year"]) == (5, False, 5)


def test_a_search_above_the_cap_reports_the_cap_as_an_approximate_total(five_budgets, monkeypatch):
    monkeypatch.setattr(selectors, "COUNT_CAP", 3)
    results = search_papers(query="budget", user=None)
    assert (results.total, results.approximate) == (3, True)


def test_facets_above_the_cap_count_the_most_recently_added_matches(five_budgets, monkeypatch):
    monkeypatch.setattr(selectors, "COUNT_CAP", 3)
    results = search_papers(query="budget", user=None)
    assert results.facets["year"] == [("2020", "2020", 1), ("2019", "2019", 1), ("2018", "2018", 1)]


def test_a_search_exactly_at_the_cap_is_exact(five_budgets, monkeypatch):
    monkeypatch.setattr(selectors, "COUNT_CAP", 5)
    results = search_papers(query="budget", user=None)
    assert (results.total, results.approximate) == (5, False)


def test_non_public_matches_do_not_take_places_under_the_cap(add_paper, monkeypatch):
    monkeypatch.setattr(selectors, "COUNT_CAP", 2)
    add_paper("Offentlig", "Budget for havnen.")
    add_paper("Lukket 1", "Budget for skolen.", public=False)
    add_paper("Lukket 2", "Budget for vejene.", public=False)
    results = search_papers(query="budget", user=None)
    assert (results.total, results.approximate, [h.paper.name for h in results.hits]) == (1, False, ["Offentlig"])


def test_a_paper_made_non_public_by_a_bulk_update_is_no_longer_found_anonymously(add_paper):
    from townhall.core.models import Paper

    paper = add_paper("Lukket punkt", f"Forhandling om {SECRET}.")
    Paper.objects.filter(pk=paper.pk).update(public=False)
    results = search_papers(query=SECRET, user=None)
    assert (results.hits, results.total, _counts(results)) == ([], 0, {"body": 0, "kind": 0, "language": 0, "year": 0})


def test_a_bulk_kind_change_moves_the_paper_in_the_kind_facet(add_paper):
    from townhall.core.models import Paper

    paper = add_paper("Forslag", f"{SECRET} i havnen.", kind="other")
    Paper.objects.filter(pk=paper.pk).update(kind="proposal")
    assert [value for value, _, _ in search_papers(query=SECRET, user=None).facets["kind"]] == ["proposal"]


def test_a_hard_deleted_paper_is_not_counted_even_if_its_index_entry_is_left(add_paper):
    from townhall.core.models import Paper

    paper = add_paper("Slettet", f"{SECRET} i havnen.")
    Paper.all_objects.filter(pk=paper.pk).delete()
    results = search_papers(query=SECRET, user=None)
    assert (results.total, results.hits) == (0, [])



def test_a_broad_search_counts_the_newest_matches_a_filter_passes_among_many_it_leaves_out(add_paper, backend,
                                                                                           monkeypatch):
    # One paper in ten is dated inside the range: the newest ranges of a word every paper holds
    # hold few that pass, and the count must go on to older papers until it has its cap.
    for n in range(100):
        inside = n % 10 == 9
        add_paper(f"Havn {n}", f"Havnen udvides, afsnit {n}.",
                  paper_date=date(2020 + n // 10, 1, 1) if inside else date(2015, 1, 1))
    backend.refresh_statistics()
    monkeypatch.setattr(selectors, "COUNT_CAP", 4)
    results = search_papers(query="havn", user=None, filters={"date_from": "2020-01-01"}, sort="date")
    assert (results.total, results.approximate) == (4, True)
    assert results.facets["year"] == [(str(year), str(year), 1) for year in (2029, 2028, 2027, 2026)]
    assert [hit.paper.name for hit in results.hits] == [f"Havn {n}" for n in range(99, 0, -10)]
