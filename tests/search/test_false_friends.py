"""A translation whose stem is another language's different word does not bring that language's papers."""

from __future__ import annotations

import pytest

from tests.search.dictionary_files import install_dictionaries
from townhall.search import dictionaries
from townhall.search.false_friends import false_friend
from townhall.search.selectors import search_papers

GERMAN_ENGLISH = [
    ("Rente", "Rente <fem, n, sg>\npension <n>\n"),
    ("Sport", "Sport <masc, n, sg>\nsport <n>\n"),
]
ENGLISH_GERMAN = [
    ("rent", "rent /ɹɛnt/\nMiete <fem>\n"),
    ("sport", "sport /spɔːt/\nSport <masc>\n"),
]


@pytest.fixture
def compiled(tmp_path, settings):
    folder = install_dictionaries(tmp_path, settings,
                                  {"freedict-deu-eng": GERMAN_ENGLISH, "freedict-eng-deu": ENGLISH_GERMAN})
    dictionaries.compile_dictionaries(settings.SEARCH_DICTIONARY_FILE, folder)


def test_a_stem_cut_to_another_languages_different_word_is_a_false_friend(compiled):
    # German "Rente" is indexed as "rent"; English "rent" is Miete, and Rente is a pension.
    assert false_friend("Rente", "rent", "de")


def test_words_spelt_alike_or_translating_into_each_other_are_not(compiled):
    assert not false_friend("Sport", "sport", "de")


def test_without_dictionaries_nothing_is_a_false_friend(tmp_path, settings):
    settings.SEARCH_DICTIONARY_FILE = tmp_path / "not-compiled.sqlite3"
    assert not false_friend("Rente", "rent", "de")


@pytest.mark.django_db
def test_a_search_for_pensions_does_not_list_papers_on_rent(compiled, add_paper, backend):
    rent = add_paper("Council flats", "The rent of council flats rises by two per cent.", language="en")
    pension = add_paper("Altersrente", "Die Altersrente der Beschäftigten wird neu berechnet.", language="de")
    backend.refresh_statistics()
    found = [hit.paper.pk for hit in search_papers(query="pension", user=None).hits]
    assert pension.pk in found
    assert rent.pk not in found
