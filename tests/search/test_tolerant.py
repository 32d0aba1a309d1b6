"""Searches that find little: typo corrections, tolerant matching and papers with most of the words.

These run on the backend the database selects (SQLite FTS5 or PostgreSQL): the contract of both.
"""

from __future__ import annotations

import pytest

from townhall.search.selectors import search_papers
from townhall.search.tolerant import RELAX_BELOW


@pytest.fixture
def refresh(backend):
    """Return a function that refreshes the vocabulary, as a rebuild or an ingest does."""
    return backend.refresh_statistics


def _names(results) -> list[str]:
    return [hit.paper.name for hit in results.hits]


def test_a_misspelt_word_finds_the_word_and_suggests_it(add_paper, refresh):
    add_paper("Konference", "Kommunen holder en integrationskonference i Dublin.")
    add_paper("Budget", "Budgettet for næste år.")
    refresh()
    results = search_papers(query="integrationskonferance", user=None)
    assert (_names(results), results.suggestion) == (["Konference"], "integrationskonference")


def test_a_suggestion_keeps_the_other_words_and_the_capital(add_paper, refresh):
    add_paper("Bericht", "Die Integrationskonferenz tagt im Mai in Dublin.", language="de")
    refresh()
    results = search_papers(query="Integrationskonferemz Dublin", user=None)
    assert (_names(results), results.suggestion) == (["Bericht"], "Integrationskonferenz Dublin")


def test_a_correct_word_is_never_corrected(add_paper, refresh):
    add_paper("A", "Budget for havnen.")
    add_paper("B", "Budgetter for skolen.")
    refresh()
    results = search_papers(query="budget", user=None)
    assert (results.suggestion, results.corrections) == (None, [])


def test_a_short_unknown_word_is_not_guessed_at(add_paper, refresh):
    add_paper("A", "Havnen i Søby.")
    refresh()
    assert search_papers(query="havx", user=None).suggestion is None


def test_a_correction_is_never_a_word_only_non_public_papers_hold(add_paper, refresh):
    add_paper("Secret", "Hemmeligprojektet drøftes.", public=False)
    add_paper("Open", "Havnebadet åbner.")
    refresh()
    results = search_papers(query="hemmeligprojektat", user=None)
    assert (results.total, results.suggestion) == (0, None)


def test_a_misspelt_word_no_paper_holds_is_corrected_from_the_glossary(add_paper, refresh):
    # No paper writes "budgetopfølgning"; the glossary knows the word and its English equivalent.
    monitoring = add_paper("Revenue budget monitoring", "Budget monitoring report for quarter two.", language="en")
    add_paper("Harbour", "The harbour bath opens in May.", language="en")
    refresh()
    results = search_papers(query="budgetopfølging", user=None)
    assert (_names(results), results.suggestion) == ([monitoring.name], "budgetopfølgning")


def test_a_corrected_word_finds_its_translations_too(add_paper, refresh):
    add_paper("Library hours", "The library opens longer.", language="en")
    add_paper("Bibliothek", "Die Bibliothek öffnet länger.", language="de")
    add_paper("Harbour", "The harbour bath opens in May.", language="en")
    refresh()
    results = search_papers(query="libary", user=None)
    assert (sorted(_names(results)), results.suggestion) == (["Bibliothek", "Library hours"], "library")


def test_when_no_paper_has_every_word_papers_with_most_of_them_are_shown(add_paper, refresh):
    both = add_paper("Budget", "Budget for havnen og skolen.")
    one = add_paper("Havn", "Havnen får nyt badeanlæg.")
    add_paper("Andet", "Noget helt andet.")
    refresh()
    results = search_papers(query="budget havn skolebibliotek", user=None)
    assert _names(results) == [both.name, one.name]
    assert (results.relaxed.parts, results.relaxed.complete) == (("budget", "havn", "skolebibliotek"), 0)


def test_papers_with_every_word_stay_above_papers_with_most(add_paper, refresh):
    add_paper("Havn", "Havnen og budgettet. " * 5)
    complete = add_paper("Alt", "Budget, havn og skole.")
    add_paper("To", "Budget for skolen.")
    refresh()
    results = search_papers(query="budget havn skole", user=None)
    assert _names(results)[0] == complete.name and results.relaxed.complete == 1


def test_a_search_that_finds_a_first_page_is_not_relaxed(add_paper, refresh):
    for n in range(RELAX_BELOW):
        add_paper(f"Budget {n}", "Budget for havnen.")
    add_paper("Kun havn", "Havnen.")
    refresh()
    results = search_papers(query="budget havn", user=None)
    assert (results.relaxed, results.total) == (None, RELAX_BELOW)


def test_a_short_first_page_is_followed_by_papers_with_most_words(add_paper, refresh):
    complete = [add_paper(f"Budget {n}", "Budget for havnen.") for n in range(RELAX_BELOW - 1)]
    partial = add_paper("Kun havn", "Havnen.")
    refresh()
    results = search_papers(query="budget havn", user=None)
    assert results.relaxed.complete == RELAX_BELOW - 1
    assert set(_names(results)[: len(complete)]) == {paper.name for paper in complete}
    assert _names(results)[len(complete)] == partial.name


def test_an_excluded_word_stays_excluded_when_relaxed(add_paper, refresh):
    add_paper("London", "Conference in London.", language="en")
    add_paper("Dublin", "Conference in Dublin.", language="en")
    refresh()
    results = search_papers(query="conference zanzibar -London", user=None)
    assert _names(results) == ["Dublin"] and results.relaxed is not None


def test_a_word_is_not_corrected_into_one_with_another_first_letter(add_paper, refresh):
    add_paper("Hearing", "Public hearing about the harbour.", language="en")
    refresh()
    assert search_papers(query="swearing", user=None).corrections == []
    assert [c.replacement for c in search_papers(query="hearnig", user=None).corrections] == ["hearing"]


def test_a_word_without_translation_does_not_count_against_a_paper_in_another_language(add_paper, refresh):
    # "cramped" has no German equivalent in the glossary; "library" has (Bibliothek). The German
    # paper holds all that a German paper can, so it ranks with the papers holding every word.
    german = add_paper("Bericht", "Der Bericht des Amtes über das Jahr. " * 8 + "Die Bibliothek ist zu klein.",
                       language="de")
    add_paper("Offices", "Cramped offices, cramped rooms, cramped desks.", language="en")
    add_paper("Rooms", "The meeting rooms are cramped.", language="en")
    add_paper("Hall", "A cramped town hall.", language="en")
    add_paper("Library", "Library opening hours. The library, the library van.", language="en")
    refresh()
    results = search_papers(query="library cramped", user=None)
    assert results.relaxed is not None
    assert _names(results)[0] == german.name


def test_a_paper_with_every_word_stays_above_one_excused_a_word_for_its_language(add_paper, refresh):
    add_paper("Bibliothek", "Die Bibliothek ist zu klein, die Bücher stapeln sich. " * 3, language="de")
    complete = add_paper("Branch", "The branch library is cramped.", language="en")
    add_paper("Opening hours", "Library opening hours in the summer.", language="en")
    refresh()
    results = search_papers(query="library cramped zanzibar", user=None)
    assert _names(results)[:2] == [complete.name, "Bibliothek"]


def test_a_paper_of_the_same_language_is_never_excused_a_word_others_of_its_language_hold(add_paper, refresh):
    add_paper("Offices", "The offices were cramped and dark.", language="en")
    add_paper("Rooms", "The meeting rooms are cramped.", language="en")
    add_paper("Hall", "A cramped town hall.", language="en")
    hours = add_paper("Library", "Library opening hours. The library, the library van.", language="en")
    german = add_paper("Bericht", "Der Bericht des Amtes über das Jahr. " * 8 + "Die Bibliothek ist zu klein.",
                       language="de")
    refresh()
    results = search_papers(query="library cramped", user=None)
    # The German paper is excused "cramped"; the English one, whose language has it, is not.
    assert _names(results).index(german.name) < _names(results).index(hours.name)


def test_a_misspelt_english_word_finds_the_german_paper_through_the_glossary(add_paper, refresh):
    # No paper writes "rickshaw"; the German notice about the pedal taxis for seniors does.
    rides = add_paper("Seniorenfahrten", "Im Sommer fahren Freiwillige mit der Rikscha durch das Viertel.", language="de")
    add_paper("Harbour", "The harbour bath opens in May.", language="en")
    refresh()
    results = search_papers(query="rikshaw", user=None)
    assert _names(results) == [rides.name]


def test_a_word_of_a_paper_a_later_run_added_is_corrected(add_paper):
    from townhall.search.statistics import refresh_if_stale

    for n in range(5):
        add_paper(f"Budget {n}", "The budget of the harbour.", language="en")
    refresh_if_stale()  # the end of the first ingest run
    add_paper("Cold store", "The refrigeration plant of the market hall is to be replaced.", language="en")
    refresh_if_stale()  # the end of a second run, which added one paper
    results = search_papers(query="refridgeration", user=None)
    assert (_names(results), results.suggestion) == (["Cold store"], "refrigeration")
