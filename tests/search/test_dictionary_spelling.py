"""A typo of an everyday word that no paper holds is corrected by the installed dictionaries' headwords."""

from __future__ import annotations

import pytest

from tests.search.dictionary_files import compiled_dictionaries
from townhall.search.selectors import search_papers

ENGLISH_GERMAN = [
    ("refinancing", "refinancing /ˌriːfaɪˈnænsɪŋ/\nRefinanzierung <fem>\n"),
    ("dredging", "dredging /ˈdɹɛdʒɪŋ/\nAusbaggerung <fem>\n"),
    ("dressing", "dressing /ˈdɹɛsɪŋ/\nVerband <masc>\n"),
]
GERMAN_ENGLISH = [
    ("Refinanzierung", "Refinanzierung /ʁefinanˈtsiːʁʊŋ/ <fem>\nrefinancing\n"),
    ("Ausbaggerung", "Ausbaggerung <fem>\ndredging\n"),
    ("Verband", "Verband <masc>\ndressing\n"),
]


@pytest.fixture
def compiled(tmp_path, settings):
    return compiled_dictionaries(tmp_path, settings, {"freedict-eng-deu": ENGLISH_GERMAN,
                                                      "freedict-deu-eng": GERMAN_ENGLISH})


@pytest.mark.django_db
def test_a_mistyped_word_is_corrected_by_the_dictionary_and_finds_its_translation(compiled, add_paper, backend):
    loan = add_paper("Darlehen", "Die Refinanzierung des Darlehens der Stadtwerke wird beschlossen.", language="de")
    add_paper("Haushalt", "Der Haushalt wird beraten.", language="de")
    backend.refresh_statistics()
    results = search_papers(query="refinacing", user=None)
    assert [hit.paper.pk for hit in results.hits] == [loan.pk]
    assert results.suggestion == "refinancing"


@pytest.mark.django_db
def test_a_word_the_dictionary_lists_is_not_taken_for_a_typo_of_another(compiled, add_paper, backend):
    # "dredging" is spelled right; that no paper holds it or its translation is no reason to search "dressing".
    add_paper("Erste Hilfe", "Der Verband im Erste-Hilfe-Kasten wird ersetzt.", language="de")
    backend.refresh_statistics()
    results = search_papers(query="dredging", user=None)
    assert results.hits == []
    assert results.suggestion is None
