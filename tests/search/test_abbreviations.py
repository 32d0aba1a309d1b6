"""Abbreviations people type for official words, and the words typed for a paper's abbreviation (glossary)."""

from __future__ import annotations

import pytest

from townhall.search.selectors import search_papers

CASES = [
    # (typed, paper's language, paper's text)
    ("FFW", "en", "The volunteer fire brigade asks for a new ladder truck."),
    ("VHS", "da", "Aftenskolen tilbyder nye kurser i spansk."),
    ("adult education", "de", "Die VHS bietet im Herbst Sprachkurse an."),
    ("BVV", "en", "The district council meets in the town hall on Tuesday."),
    ("HGV", "de", "Der Lkw-Verkehr in der Ortsmitte soll reduziert werden."),
    ("ÖV", "en", "Public transport to the hospital runs every ten minutes."),
    ("park and ride", "de", "Der P+R-Platz am Bahnhof wird erweitert."),
    ("BBR", "en", "The building register lists the year each house was built."),
    ("building register", "da", "Oplysningerne i BBR rettes af ejeren."),
]


@pytest.mark.parametrize(("typed", "language", "text"), CASES, ids=[case[0] for case in CASES])
def test_an_abbreviation_and_its_full_words_find_each_other(add_paper, backend, typed, language, text):
    paper = add_paper("Notice", text, language=language)
    add_paper("Other", "The committee approved the budget and the timetable.", language="en")
    backend.refresh_statistics()
    assert [hit.paper.pk for hit in search_papers(query=typed, user=None).hits] == [paper.pk]


def test_a_compound_of_an_official_word_ranks_the_paper_with_its_abbreviation_first(add_paper, backend):
    paper = add_paper("Fest", "Zum Jubiläum der FFW spielt am Samstag die Blaskapelle.", language="de")
    add_paper("Verein", "Zum Jubiläum des Gesangvereins gibt es ein Konzert.", language="de")
    backend.refresh_statistics()
    assert search_papers(query="Feuerwehrjubiläum", user=None).hits[0].paper.pk == paper.pk
