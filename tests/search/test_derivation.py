"""A German verb typed in a query also finds the noun made from it, and that noun's translations."""

from __future__ import annotations

import pytest

from tests.search.dictionary_files import compiled_dictionaries
from townhall.search.derivation import derived_nouns
from townhall.search.selectors import search_papers

GERMAN_ENGLISH = [
    ("Verlängerung", "Verlängerung /fɛɐ̯ˈlɛŋəʁʊŋ/ <fem, n, sg>\nextension <n>\n"),
    ("Aufstellung", "Aufstellung <fem, n, sg>\nerection <n>\n"),
    ("Umbau", "Umbau <masc, n, sg>\nconversion <n>\n"),
    ("Garten", "Garten <masc, n, sg>\ngarden <n>\n"),
]


@pytest.fixture
def dictionary(tmp_path, settings):
    return compiled_dictionaries(tmp_path, settings, {"freedict-deu-eng": GERMAN_ENGLISH})


def test_a_verb_form_gives_the_nouns_a_dictionary_lists(dictionary):
    assert derived_nouns("verlängert") == ("verlängerung",)
    assert derived_nouns("verlängern") == ("verlängerung",)
    # The "ge" of a participle after a separable prefix; a stem with such a prefix is a noun itself.
    assert derived_nouns("aufgestellt") == ("aufstellung",)
    assert derived_nouns("umgebaut") == ("umbau",)


def test_a_noun_or_a_word_no_dictionary_derives_is_left_as_it_is(dictionary):
    # "Garten" ends like an infinitive, but the dictionary translates it as a noun.
    assert derived_nouns("Garten") == ()
    assert derived_nouns("gelaufen") == ()
    assert derived_nouns("Verlängerung") == ()


def test_a_verb_finds_the_paper_naming_the_act_and_the_paper_in_another_language(dictionary, add_paper, backend):
    typed = add_paper("Frist", "Die Frist für die Stellungnahmen wird bis Mai verlängert.", language="de")
    noun = add_paper("Handlungsprogramm", "Verlängerung des Handlungsprogramms um ein Jahr.", language="de")
    english = add_paper("Lease", "The council approved the extension of the lease.", language="en")
    add_paper("Budget", "The council approved the budget.", language="en")
    backend.refresh_statistics()
    ranked = [hit.paper.pk for hit in search_papers(query="verlängert", user=None).hits]
    # The typed word first; the noun and its translation rank as parts below it.
    assert ranked[0] == typed.pk
    assert sorted(ranked[1:]) == sorted([noun.pk, english.pk])
