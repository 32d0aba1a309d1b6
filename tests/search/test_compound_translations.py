"""A compound translated part by part finds a paper whose compound holds a translated part that is a compound itself."""

from __future__ import annotations

import pytest

from tests.search.dictionary_files import plan_leaves
from townhall.search.analyzers import compound_part_terms
from townhall.search.query import plan_query
from townhall.search.selectors import search_papers


def test_a_compound_is_named_by_the_parts_it_is_indexed_by():
    assert compound_part_terms("Stadtteil", "de") == ("stadt", "teil")
    assert compound_part_terms("Stadt", "de") == ()


def test_the_translated_parts_are_also_asked_by_their_own_parts():
    plan = plan_query("bydelsværksted")
    phrases = {leaf.terms for node in plan.required for leaf in plan_leaves(node) if leaf.origin == "adjacent"}
    # "bydel" is "Stadtteil", "værksted" is "Werkstatt": inside "Stadtteilwerkstatt" both stand only as their parts.
    assert ("stadtteil", "werkstatt") in phrases
    assert ("stadt", "teil", "werk", "statt") in phrases


@pytest.mark.django_db
def test_a_danish_compound_finds_the_german_compound_of_the_same_parts(add_paper, backend):
    workshop = add_paper("Einladung", "Tagesordnung: Bericht aus der Stadtteilwerkstatt am Marktplatz.", language="de")
    add_paper("Beirat", "Der Stadtteil erhält einen Zuschuss für den Spielplatz.", language="de")
    add_paper("Feuerwehr", "Die Werkstatt der Feuerwehr wird saniert.", language="de")
    add_paper("Haushalt", "Der Haushalt wird beraten.", language="de")
    backend.refresh_statistics()
    results = search_papers(query="bydelsværksted", user=None)
    assert [hit.paper.pk for hit in results.hits][:1] == [workshop.pk]


def test_a_head_translated_by_the_whole_compound_ranks_as_the_word():
    # The glossary knows *belysning* only as street lighting: its translations that begin with a
    # translation of *gade* ("street light", *Straßenbeleuchtung*) name the whole compound.
    plan = plan_query("gadebelysning")
    adjacent = {leaf.terms for node in plan.required for leaf in plan_leaves(node) if leaf.origin == "adjacent"}
    assert ("street", "light") in adjacent
    assert ("strassenbeleucht",) in adjacent
    assert ("lamp", "post") not in adjacent


@pytest.mark.django_db
def test_a_compound_finds_the_paper_naming_it_above_its_parts_anywhere(add_paper, backend):
    lights = add_paper("Lighting", "The council will replace the street lights in the old town.", language="en")
    add_paper("Lamp posts and streets", "Street cleaning on Mill Street, Bridge Street and Station Street. "
              "The street market moves to Church Street. A lamp post on the square is repaired, and a lamp "
              "post at the school.", language="en")
    add_paper("Budget", "The budget for the coming year is set.", language="en")
    backend.refresh_statistics()
    results = search_papers(query="gadebelysning", user=None)
    assert [hit.paper.pk for hit in results.hits][:1] == [lights.pk]
