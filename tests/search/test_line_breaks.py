"""A word a text breaks at the end of a line with a hyphen is found as the whole word."""

from __future__ import annotations

import pytest

from townhall.search.analyzers import analyze_document
from townhall.search.selectors import search_papers


def test_a_word_broken_over_two_lines_is_indexed_whole():
    terms = analyze_document("findet das Stadtteil-\nfest statt", "de").terms()
    assert analyze_document("Stadtteilfest", "de").stream[0] in terms
    danish = analyze_document("et nyt bydels-\n  værksted", "da").terms()
    assert analyze_document("bydelsværksted", "da").stream[0] in danish


def test_a_suspended_compound_at_the_end_of_a_line_is_not_joined_to_its_conjunction():
    terms = analyze_document("Rad-\nund Fußwege", "de").terms()
    assert not any(term.startswith("radund") for term in terms)
    assert "radweg" in terms


def test_numbers_broken_over_lines_stay_apart():
    assert analyze_document("2023-\n04", "en").terms() == ["2023", "04"]


@pytest.mark.django_db
def test_a_search_for_the_whole_word_ranks_the_paper_that_breaks_it_first(add_paper, backend):
    festival = add_paper("Sitzung des Beirats", "Am Samstag findet in der Anlage das Stadtteil-\nfest mit 50 Tischen statt.",
                         language="de")
    add_paper("Stadtteilbeirat", "Der Stadtteilbeirat berät über den Stadtteil und seine Plätze.", language="de")
    add_paper("Haushalt", "Der Haushalt wird beraten.", language="de")
    backend.refresh_statistics()
    results = search_papers(query="Stadtteilfest", user=None)
    assert [hit.paper.pk for hit in results.hits][:1] == [festival.pk]
