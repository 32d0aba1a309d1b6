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
