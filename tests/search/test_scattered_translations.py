"""A compound whose translation is several words finds a paper that writes those words apart, below one that writes them together."""

from __future__ import annotations

import pytest

from townhall.search.query import plan_query
from townhall.search.selectors import search_papers
from tests.search.dictionary_files import plan_leaves


@pytest.fixture
def glossary_alone(tmp_path, settings):
    """Translate by the glossary alone: no compiled dictionaries, whatever the machine has installed."""
    settings.SEARCH_DICTIONARY_FILE = tmp_path / "no-dictionaries.sqlite3"


def test_a_danish_compound_finds_an_english_paper_with_the_words_of_its_translation_apart(
        glossary_alone, add_paper, backend):
    # "vejskilte" is "road signs"; the paper speaks of signs along a road.
    signs = add_paper("Diversion", "Signs were put up at key junctions to keep drivers off the unsuitable road "
                      "that the diversion would otherwise use.", language="en")
    add_paper("Road", "The road was resurfaced in May.", language="en")
    backend.refresh_statistics()
    assert [hit.paper.pk for hit in search_papers(query="vejskilte", user=None).hits] == [signs.pk]


def test_the_words_together_rank_above_the_words_apart(glossary_alone, add_paper, backend):
    apart = add_paper("Diversion", "Signs were put up at the junctions. The road stays open. " * 3, language="en")
    together = add_paper("Signage", "New road signs for the ring road.", language="en")
    backend.refresh_statistics()
    assert [hit.paper.pk for hit in search_papers(query="vejskilte", user=None).hits] == [together.pk, apart.pk]


def test_a_word_that_is_no_compound_keeps_its_translations_whole(glossary_alone):
    # "unge" is "young people": a paper naming the young and people apart is no paper about them.
    leaves = {leaf.origin for node in plan_query("unge").required for leaf in plan_leaves(node)}
    assert "scattered" not in leaves


def test_a_known_phrase_with_a_word_nothing_translates_finds_its_translation_worded_otherwise(
        glossary_alone, add_paper, backend):
    # "gesundheitliche" has no translation of its own; the glossary knows the phrase as "health
    # inequalities", and the English paper speaks of inequalities in health.
    strategy = add_paper("Care strategy", "A key focus is to address inequalities in health across the county.",
                         language="en")
    add_paper("Budget", "The inequalities of the tax base were discussed.", language="en")
    backend.refresh_statistics()
    assert [hit.paper.pk for hit in search_papers(query="gesundheitliche Ungleichheit", user=None).hits] == [
        strategy.pk]


def test_a_known_phrase_does_not_look_for_the_words_of_its_own_language_synonyms_apart(glossary_alone):
    # "information security" is another English name of "cyber security": a paper with "information"
    # in one place and "security" in another is no paper about it.
    leaves = {leaf.terms for node in plan_query("cyber security").required for leaf in plan_leaves(node)
              if leaf.origin == "scattered"}
    assert ("inform",) not in leaves


def test_a_compound_written_with_a_hyphen_is_translated_as_the_one_word(glossary_alone, add_paper, backend):
    # The glossary knows "Kitaplätze"; typed "Kita-Plätze", it finds the English paper all the same.
    places = add_paper("Places", "The county is short of childcare places for the autumn.", language="en")
    add_paper("Budget", "The county agreed the budget for its roads.", language="en")
    backend.refresh_statistics()
    assert [hit.paper.pk for hit in search_papers(query="Kita-Plätze", user=None).hits] == [places.pk]
