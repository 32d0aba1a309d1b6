"""Danish and German meet through English, and a dictionary into English is also read backwards."""

from __future__ import annotations

import pytest

from tests.search.dictionary_files import compiled_dictionaries, plan_leaves
from townhall.search import dictionaries
from townhall.search.query import plan_query
from townhall.search.selectors import search_papers

DANISH_ENGLISH = [
    ("vandhane", "vandhane <n>\nwater tap <n>\n"),
    ("byfoged", "byfoged <n>\nbailiff <n>, town clerk <n>\n"),
    ("rådhus", "rådhus <n>\ntown hall <n>, city hall <n>\n"),
    ("kondolence", "kondolence <n>\ncondolence <n>\n"),
    ("åben", "åben\nopen\n"),
    ("fyrtårn", "fyrtårn <n>\nlighthouse <n>, beacon <n>, landmark <n>\n"),
    ("side", "side <n>\npage <n>\n"),
]
GERMAN_ENGLISH = [
    ("Wasserhahn", "Wasserhahn <masc, n, sg>\nwater tap <n>, faucet <n>\n"),
    ("Rathaus", "Rathaus <neut, n, sg>\ntown hall <n>, city hall <n>\n"),
    ("Gerichtsvollzieher", "Gerichtsvollzieher <masc, n, sg>\nbailiff <n>, court officer <n>, marshal <n>\n"),
    ("Stadtschreiber", "Stadtschreiber <masc, n, sg>\ntown clerk <n>\n"),
    ("Wahrzeichen", "Wahrzeichen <neut, n, sg>\nlandmark <n>, emblem <n>, symbol <n>\n"),
    ("Leuchtturm", "Leuchtturm <masc, n, sg>\nlighthouse <n>\n"),
    ("Landmarke", "Landmarke <fem, n, sg>\nlandmark <n>\n"),
    ("Kunst", "Kunst <fem, n, sg>\nart <n>\n"),
    ("Kunsterziehung", "Kunsterziehung <fem, n, sg>\nart <n>, art education <n>\n"),
    ("Buchseite", "Buchseite <fem, n, sg>\npage <n>\n"),
    ("Formklotz", "Formklotz <masc, n, sg>\nformer <n>\n"),
]
ENGLISH_GERMAN = [
    ("water tap", "water tap\nWasserhahn <masc>\n"),
    ("bailiff", "bailiff\nGerichtsvollzieher <masc>\n"),
    ("side", "side\nSeitenteil <neut>\n"),
    ("former", "former <adj>\nehemalig <adj>\n"),
]
DANISH_WORDS = [*DANISH_ENGLISH, ("kunst", "kunst <n>\nart <n>\n")]


@pytest.fixture
def compiled(tmp_path, settings):
    return compiled_dictionaries(tmp_path, settings, {
        "freedict-dan-eng": DANISH_WORDS,
        "freedict-deu-eng": GERMAN_ENGLISH,
        "freedict-eng-deu": ENGLISH_GERMAN,
        "freedict-eng-dan": [("bench", "bench <n>\nbænk <n>\n")],
    })


def test_a_danish_word_is_translated_into_german_through_its_english_translation(compiled):
    assert dictionaries.translate("vandhane", ["de"]) == set()
    assert dictionaries.translate_through_english("vandhane", ["de"]) == {("de", "Wasserhahn")}
    # And back, through the German word's English translations.
    assert dictionaries.translate_through_english("Wasserhahn", ["da"]) == {("da", "vandhane")}


def test_a_translation_through_english_keeps_only_the_senses_both_words_share(compiled):
    # "byfoged" is a bailiff and a town clerk; "Gerichtsvollzieher" shares only the bailiff of
    # its three senses, "Stadtschreiber" has only the town clerk: a word of one sense may agree in one.
    assert dictionaries.translate_through_english("byfoged", ["de"]) == {("de", "Stadtschreiber")}
    # Two words of several senses agree on two ("rådhus", "Rathaus"); "fyrtårn" and "Wahrzeichen"
    # share only a landmark of three senses each, while "Leuchtturm" and "Landmarke" have one sense.
    assert dictionaries.translate_through_english("rådhus", ["de"]) == {("de", "Rathaus")}
    assert dictionaries.translate_through_english("fyrtårn", ["de"]) == {("de", "Leuchtturm"), ("de", "Landmarke")}


def test_a_word_of_the_other_language_or_of_english_is_not_translated_through_english(compiled):
    # "Kunst" is also Danish for art, but the German dictionary lists it: it is a German word already.
    assert dictionaries.translate_through_english("Kunst", ["de"]) == set()
    # "side" is a Danish page, but also English, and gets its own translations ("West Side Market").
    assert dictionaries.translate_through_english("side", ["de"]) == set()


def test_an_english_word_is_the_danish_headword_that_translates_into_it(compiled):
    # The English-Danish dictionary has no "condolence"; the Danish-English one gives it backwards.
    assert dictionaries.translate("condolence", ["da"]) == {("da", "kondolence")}
    # A Danish headword the dictionary does not mark a noun is no translation of an English word:
    # "åben" is an adjective, and "open" in a question is no noun either.
    assert dictionaries.translate("open", ["da"]) == set()


def test_only_a_thin_dictionary_is_supplemented_by_its_counterpart_read_backwards(compiled):
    # The English-German dictionary is as large as the German-English one: "former", which it
    # lists only as an adjective, is no translation of the German noun "Formklotz" (a shaping block).
    assert dictionaries.translate("former", ["de"]) == set()


def test_a_translation_through_english_ranks_as_a_dictionary_translation(compiled):
    plan = plan_query("vandhane", ["da", "de"])
    origins = {leaf.origin for leaf in plan_leaves(plan.required[0])}
    assert "pivot" in origins and "word" in origins


def test_a_danish_search_finds_the_german_paper(compiled, add_paper, backend):
    tap = add_paper("Spielplatz", "Der Wasserhahn am Spielplatz wird im Frühjahr erneuert.", language="de")
    add_paper("Haushalt", "Der Ausschuss beschließt den Haushalt und den Zeitplan.", language="de")
    backend.refresh_statistics()
    assert [hit.paper.pk for hit in search_papers(query="vandhaner", user=None).hits] == [tap.pk]

