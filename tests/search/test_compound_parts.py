"""A one-word compound that finds too little is searched as the words it is made of."""

from __future__ import annotations

import pytest

from townhall.search.compound_parts import compound_segments, glossary_segments
from townhall.search.selectors import search_papers
from townhall.search.tolerant import RELAX_BELOW


@pytest.fixture
def refresh(backend):
    return backend.refresh_statistics


def _names(results) -> list[str]:
    return [hit.paper.name for hit in results.hits]


def test_a_compound_is_cut_where_the_glossary_knows_its_words():
    # The lexicon alone reads "breit" + "Band"; the glossary knows "Breitband" (broadband).
    assert glossary_segments("Breitbandausbau", "de") == ("breitband", "ausbau")
    assert compound_segments("Breitbandausbau", ["da", "de", "en"]) == ("de", ("breitband", "ausbau"))


def test_a_danish_linking_s_stays_with_its_word():
    assert glossary_segments("misbrugsbehandling", "da") == ("misbrugs", "behandling")


def test_a_word_that_is_no_compound_is_not_cut():
    assert glossary_segments("Breitband", "de") == ()
    assert glossary_segments("xqzvrwtplk", "de") == ()
    assert compound_segments("Funkmast", ["en"]) is None


def test_a_compound_no_paper_holds_finds_the_papers_with_its_words(add_paper, refresh):
    broadband = add_paper("Digital connectivity", "Faster broadband reached 150,000 homes.", language="en")
    add_paper("Bus timetable", "New bus timetable for the villages.", language="en")
    refresh()
    results = search_papers(query="Breitbandausbau", user=None)
    assert _names(results) == [broadband.name]
    assert results.relaxed is not None and results.relaxed.parts == ("breitband", "ausbau")


def test_a_compound_that_finds_a_paper_is_not_cut(add_paper, refresh):
    add_paper("Bredbånd", "Bredbånd til landsbyerne.", language="da")
    whole = add_paper("Ausbau", "Der Breitbandausbau im Landkreis.", language="de")
    refresh()
    results = search_papers(query="Breitbandausbau", user=None)
    assert _names(results) == [whole.name] and results.relaxed is None


def test_a_compound_that_no_paper_holds_in_any_word_finds_nothing(add_paper, refresh):
    add_paper("Bus timetable", "New bus timetable for the villages.", language="en")
    refresh()
    assert search_papers(query="Breitbandausbau", user=None).total == 0


def test_a_compound_ending_in_an_unknown_word_is_cut_only_when_asked():
    # "Verbreiterung" is in neither the glossary nor the lexicon; "Radweg" is a glossary word.
    assert compound_segments("Radwegverbreiterung", ["da", "de", "en"]) is None
    assert compound_segments("Radwegverbreiterung", ["da", "de", "en"], unknown_head=True) == ("de", ("radweg", "verbreiterung"))
    # A cut into known words still wins over one that leaves a word unknown.
    assert glossary_segments("Breitbandausbau", "de", unknown_head=True) == ("breitband", "ausbau")


def test_a_compound_no_paper_holds_with_an_unknown_last_word_finds_papers_on_its_known_word(add_paper, refresh):
    path = add_paper("Cycle network", "The cycle path along the river will be widened next spring.", language="en")
    add_paper("Bus timetable", "New bus timetable for the villages.", language="en")
    refresh()
    results = search_papers(query="Radwegverbreiterung", user=None)
    assert _names(results) == [path.name]
    assert results.relaxed is not None and results.relaxed.parts == ("radweg", "verbreiterung")


def test_a_compound_that_found_a_few_does_not_gain_papers_on_its_first_word_alone(add_paper, refresh):
    whole = add_paper("Radwegverbreiterung", "Die Radwegverbreiterung an der Hauptstraße.", language="de")
    add_paper("Cycle network", "A new cycle path to the station.", language="en")
    refresh()
    results = search_papers(query="Radwegverbreiterung", user=None)
    assert _names(results) == [whole.name] and results.relaxed is None


def test_a_compound_that_found_a_few_and_ends_in_an_unknown_participle_gains_papers_on_its_known_word(
        add_paper, refresh):
    # "ramte" (struck by) is no word the glossary or the lexicon knows, and no noun: the
    # compound is about dementia, which the English paper names.
    whole = add_paper("Ældrepleje", "Flere demensramte borgere får hjælp i hjemmet.", language="da")
    dementia = add_paper("Care homes", "Two new care homes will offer dementia care.", language="en")
    add_paper("Bus timetable", "New bus timetable for the villages.", language="en")
    refresh()
    results = search_papers(query="demensramte", user=None)
    assert _names(results) == [whole.name, dementia.name]
