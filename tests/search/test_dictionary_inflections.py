"""A word the dictionaries list only in another form is looked up by its base forms."""

from __future__ import annotations

import sqlite3

import pytest

from tests.search.dictionary_files import compiled_dictionaries, plan_leaves
from townhall.search import dictionaries
from townhall.search.selectors import search_papers
from townhall.search.tolerant import _word_plan

GERMAN_ENGLISH = [
    ("Sitzbank", "Sitzbank /ˈzɪtsbaŋk/ <fem, n, sg>\nbench <n>\n"),
    ("Arbeitslose", "Arbeitslose <n>\nunemployed <n>\n"),
    ("Verlag", "Verlag <masc, n, sg>\npublisher <n>\n"),
    ("verlagern", "verlagern <v>\nto shift <v>\n"),
]
DANISH_ENGLISH = [
    ("brandhane", "brandhane <n>\nfire hydrant <n>\n"),
    ("ansøgning", "ansøgning <n>\napplication <n>\n"),
]
ENGLISH_GERMAN = [
    ("bench", "bench /bɛntʃ/\nSitzbank <fem>\n"),
    ("city", "city /ˈsɪti/\nGroßstadt <fem>\n"),
    ("benche", "benche\nFalschwort <neut>\n"),
]


@pytest.fixture
def compiled(tmp_path, settings):
    return compiled_dictionaries(tmp_path, settings, {
        "freedict-deu-eng": GERMAN_ENGLISH,
        "freedict-dan-eng": DANISH_ENGLISH,
        "freedict-eng-deu": ENGLISH_GERMAN,
        "freedict-eng-dan": [("bench", "bench <v>\nsidde <v>\n")],
    })


def test_a_german_plural_with_umlaut_finds_its_singular_headword(compiled):
    assert dictionaries.translate("Sitzbänke", ["en"]) == {("en", "bench")}


def test_a_german_case_ending_finds_the_nominalised_adjective(compiled):
    assert dictionaries.translate("Arbeitslosen", ["en"]) == {("en", "unemployed")}


def test_danish_definite_and_plural_forms_find_their_headword(compiled):
    assert dictionaries.translate("brandhaner", ["en"]) == {("en", "fire hydrant")}
    assert dictionaries.translate("brandhanerne", ["en"]) == {("en", "fire hydrant")}
    assert dictionaries.translate("ansøgningerne", ["en"]) == {("en", "application")}


def test_a_danish_definite_singular_of_a_word_in_e_finds_its_headword(compiled):
    # "brandhane" + n: the definite form of a noun ending in -e adds no vowel of its own.
    assert dictionaries.translate("brandhanen", ["en"]) == {("en", "fire hydrant")}


def test_english_plurals_find_their_singular_headword(compiled):
    assert dictionaries.translate("cities", ["de"]) == {("de", "Großstadt")}


def test_the_nearest_base_form_wins_and_a_spelt_entry_comes_first(compiled):
    # "benches" is nearer to "benche" (a made-up headword here) than to "bench".
    assert dictionaries.translate("benches", ["de"]) == {("de", "Falschwort")}
    assert dictionaries.translate("bench", ["de"]) == {("de", "Sitzbank")}


def test_a_word_the_dictionary_lists_as_a_verb_is_no_inflection_of_a_noun(compiled):
    assert dictionaries.translate("Verlage", ["en"]) == {("en", "publisher")}
    assert dictionaries.translate("verlagern", ["en"]) == set()


def test_a_word_one_dictionary_lists_as_a_verb_keeps_the_nouns_of_another(compiled):
    assert dictionaries.translate("bench", ["de", "da"]) == {("de", "Sitzbank")}


def test_a_word_the_search_guessed_is_translated_only_as_spelt(compiled):
    # A spelling correction is a guess; its base forms would be a guess upon a guess.
    with dictionaries.as_spelt():
        assert dictionaries.translate("Sitzbänke", ["en"]) == set()
    leaves = set(plan_leaves(_word_plan("Sitzbänke", ["de", "en"])))
    assert not {leaf for leaf in leaves if leaf.origin == "dictionary"}
    assert dictionaries.translate("Sitzbänke", ["en"]) == {("en", "bench")}


def test_a_file_compiled_before_headwords_were_listed_still_translates_as_spelt(compiled):
    with sqlite3.connect(compiled) as db:
        db.execute("DROP TABLE listed")
    assert dictionaries.translate("bench", ["de"]) == {("de", "Sitzbank")}
    assert dictionaries.translate("Sitzbänke", ["en"]) == set()


def test_a_word_with_no_base_form_in_the_dictionary_translates_to_nothing(compiled):
    assert dictionaries.translate("Sitzungen", ["en"]) == set()
    assert dictionaries.base_forms("bus", "en") == []


def test_a_search_for_a_danish_plural_finds_the_english_paper(compiled, add_paper, backend):
    hydrants = add_paper("Water", "The fire hydrant on Main Street will be moved next year.", language="en")
    add_paper("Other", "The fire brigade bought a new ladder truck.", language="en")
    backend.refresh_statistics()
    results = search_papers(query="brandhanerne", user=None)
    # Found by the whole word's translation, not by a search relaxed to a part of it ("brand").
    assert results.relaxed is None
    assert [hit.paper.pk for hit in results.hits] == [hydrants.pk]


