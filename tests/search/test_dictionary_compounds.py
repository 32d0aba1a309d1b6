"""A compound the dictionaries lack is translated by its parts, next to each other, when each has a clear translation."""

from __future__ import annotations

import pytest

from tests.search.dictionary_files import install_dictionaries, plan_leaves, write_dictionary
from townhall.search import dictionaries
from townhall.search.query import Knowledge, plan_query
from townhall.search.selectors import search_papers

GERMAN_ENGLISH = [
    ("Glocke", "Glocke <fem, n, sg>\nbell <n>\n"),
    ("Turm", "Turm <masc, n, sg>\ntower <n>\n"),
]
DANISH_ENGLISH = [
    ("klokke", "klokke <n>\nbell <n>\n"),
    ("tårn", "tårn <n>\ntower <n>\n"),
]


@pytest.fixture
def folder(tmp_path, settings):
    folder = install_dictionaries(tmp_path, settings, {"freedict-deu-eng": GERMAN_ENGLISH, "freedict-dan-eng": DANISH_ENGLISH})
    dictionaries.compile_dictionaries(settings.SEARCH_DICTIONARY_FILE, folder)
    return folder


def _compile(folder, settings, german):
    write_dictionary(folder, "freedict-deu-eng", german)
    dictionaries.compile_dictionaries(settings.SEARCH_DICTIONARY_FILE, folder)


def _translations(query, known=None):
    plan = plan_query(query, known=known) if known else plan_query(query)
    return {(leaf.terms, leaf.origin) for leaf in plan_leaves(plan.required[0])}


def test_a_german_compound_is_translated_by_its_parts_next_to_each_other(folder):
    leaves = _translations("Glockenturm")
    # The parts next to each other rank like a dictionary translation of the whole word;
    # apart anywhere in a paper they are looked for too, and rank as parts.
    assert (("bell", "tower"), "dictionary") in leaves
    assert (("bell",), "scattered") in leaves and (("tower",), "scattered") in leaves


def test_a_danish_compound_is_translated_by_its_parts(folder):
    assert (("bell", "tower"), "dictionary") in _translations("klokketårn")


def test_a_whole_word_translation_leaves_the_parts_alone(folder, settings):
    _compile(folder, settings, [*GERMAN_ENGLISH, ("Glockenturm", "Glockenturm <masc, n, sg>\nbelfry <n>\n")])
    leaves = _translations("Glockenturm")
    assert (("belfri",), "dictionary") in leaves and (("bell", "tower"), "dictionary") not in leaves


def test_a_part_with_many_translations_gives_no_translation_of_the_compound(folder, settings):
    many = "Turm <masc, n, sg>\ntower <n>, rook <n>, castle <n>, turret <n>\n"
    _compile(folder, settings, [GERMAN_ENGLISH[0], ("Turm", many)])
    assert not {origin for _, origin in _translations("Glockenturm")} & {"translated", "dictionary"}


def test_a_word_the_search_guessed_is_not_split_into_translated_parts(folder):
    with dictionaries.as_spelt():
        assert not {origin for _, origin in _translations("Glockenturm")} & {"translated", "dictionary"}


def test_a_proper_name_is_not_split_into_translated_parts(folder):
    leaves = _translations("Glockenturm", Knowledge(names=frozenset({"glockenturm"})))
    assert {origin for _, origin in leaves} == {"name"}


def test_a_search_ranks_the_paper_that_names_the_parts_together_above_one_naming_them_apart(
        folder, add_paper, backend):
    apart = add_paper("Crane", "The school bell rang when the tower crane at the depot was sold.", language="en")
    bells = add_paper("Church", "The bell tower of the old church will be restored next year.", language="en")
    add_paper("Bell", "The school bell rang at noon.", language="en")
    backend.refresh_statistics()
    results = search_papers(query="Glockenturm", user=None)
    assert results.relaxed is None
    assert [hit.paper.pk for hit in results.hits] == [bells.pk, apart.pk]
