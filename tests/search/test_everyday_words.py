"""Everyday words people type find the official or foreign wording of a paper (glossary concepts)."""

from __future__ import annotations

import pytest

from townhall.search.selectors import search_papers

CASES = [
    # (typed, paper's language, paper's text)
    ("dog tax", "da", "Hundeafgiften hæves fra næste år for alle hundeejere."),
    ("hundeskat", "de", "Die Hundesteuer wird zum 1. Januar angepasst."),
    ("tree felling", "de", "Für die Baumfällung an der Schule liegt eine Genehmigung vor."),
    ("Rasen", "en", "The lawns behind the library will be reseeded in spring."),
    ("grave", "de", "Die Grabstätte auf dem alten Friedhof wird erhalten."),
    ("canal", "de", "Die Brücke über den Kanal wird für Radfahrer verbreitert."),
    ("streetlight", "da", "Gadelamperne på stien skiftes til LED."),
    ("charging station", "da", "Der opsættes ladestandere ved svømmehallen."),
    ("dog poo", "de", "Beschwerden über Hundekot auf dem Spielplatz nehmen zu."),
    ("leisure centre", "de", "Das Freizeitzentrum am See erhält ein neues Dach."),
    ("ditch clearing", "de", "Die Entkrautung der Gräben am Dorfrand ist abgeschlossen."),
    ("grødeskæring", "en", "Weed cutting in the watercourses starts in June."),
    ("deportation", "de", "Der Kanton vollzieht die Landesverweisung verurteilter Straftäter."),
    ("råstofplan", "en", "The county's minerals local plan shows where sand may be quarried."),
    ("raw materials", "da", "Råstofindvindingen ved åen standses i vinterhalvåret."),
    ("balcony", "de", "Auf dem Balkon des Vereinsheims wird ein Blumenkasten angebracht."),
    ("lyskryds", "en", "New traffic control signals are installed at the school crossing."),
    ("employees", "de", "Die Angestellten der Bibliothek erhalten neue Arbeitszeiten."),
    ("landsforening", "en", "The national federation asked the city for a grant."),
]


@pytest.mark.parametrize(("typed", "language", "text"), CASES, ids=[case[0] for case in CASES])
def test_an_everyday_word_finds_the_paper_written_in_another_language(add_paper, backend, typed, language, text):
    paper = add_paper("Notice", text, language=language)
    add_paper("Other", "The committee approved the budget and the timetable.", language="en")
    backend.refresh_statistics()
    assert [hit.paper.pk for hit in search_papers(query=typed, user=None).hits] == [paper.pk]
