"""A search relaxed to papers with most of its parts weighs the parts: rare words, phrases, names."""

from __future__ import annotations

import pytest

from townhall.search.selectors import search_papers


@pytest.fixture
def refresh(backend):
    return backend.refresh_statistics


def _names(results) -> list[str]:
    return [hit.paper.name for hit in results.hits]


def _filler(add_paper, count: int, language: str = "en") -> None:
    for n in range(count):
        add_paper(f"Minutes {n}", f"Meeting {n} on the budget, the timetable and the summer fair.", language=language)


def test_a_long_paper_holding_the_rare_word_of_a_compound_ranks_above_short_ones_with_the_common_word(
        add_paper, refresh):
    # No paper holds "Breitbandausbau" whole; many hold "expansion", one holds "broadband".
    for place in ("the school", "the harbour", "the library", "the depot", "the sports hall", "the cemetery"):
        add_paper(f"Expansion of {place}", f"The expansion of {place} was approved.", language="en")
    _filler(add_paper, 20)
    chapters = " ".join(f"Chapter {n}: the committee met on the parks, the roads and the staff rota." for n in range(40))
    report = add_paper("Annual report", f"{chapters} Broadband now reaches the last farms.", language="en")
    refresh()
    results = search_papers(query="Breitbandausbau", user=None)
    assert results.relaxed is not None and results.relaxed.parts == ("breitband", "ausbau")
    assert _names(results)[0] == report.name


def test_the_head_of_a_compound_decides_between_words_as_rare(add_paper, refresh):
    # "Museumsgarten" is in no paper; one paper holds the museum, a longer one the garden.
    add_paper("Museum", "Das Museum öffnet am Sonntag.", language="de")
    chapters = " ".join(f"Kapitel {n}: Der Ausschuss beriet über Straßen, Personal und Haushalt." for n in range(30))
    garden = add_paper("Bericht", f"{chapters} Der Garten wird neu bepflanzt.", language="de")
    _filler(add_paper, 10, "de")
    refresh()
    results = search_papers(query="Museumsgarten", user=None)
    assert results.relaxed is not None and results.relaxed.parts[-1] == "garten"
    assert _names(results)[0] == garden.name


def test_a_capitalised_place_name_in_a_sentence_weighs_more_than_its_common_words(add_paper, refresh):
    for n in range(6):
        add_paper(f"Survey {n}", f"Many people live alone; survey {n} asked how many people live in flats.", language="en")
    chapters = " ".join(f"Item {n}: the committee discussed the roads and the staff rota." for n in range(30))
    village = add_paper("Village report", f"{chapters} Wetterhausen counts 812 inhabitants.", language="en")
    refresh()
    results = search_papers(query="how many people live in Wetterhausen", user=None)
    assert results.relaxed is not None
    assert _names(results)[0] == village.name


def test_a_capitalised_word_many_papers_hold_is_not_taken_for_a_name(add_paper, refresh):
    for n in range(6):
        add_paper(f"Parade {n}", f"The Harbourfest parade {n} passed the town hall.", language="en")
    both = add_paper("Volunteers", "Volunteers for the harbourfest are wanted; volunteers meet at noon.", language="en")
    add_paper("Stewards", "Volunteers and stewards, volunteers and helpers: the volunteers rota.", language="en")
    refresh()
    results = search_papers(query="volunteers Harbourfest stewards", user=None)
    assert results.relaxed is not None
    assert _names(results)[0] in (both.name, "Stewards")
    assert not _names(results)[0].startswith("Parade")


def test_a_translated_glossary_phrase_counts_for_more_than_another_word_alone(add_paper, refresh):
    # "health insurance" is one glossary phrase (Krankenversicherung); "premiums" is no translation of it.
    chapters = " ".join(f"Abschnitt {n}: Der Ausschuss beriet über Straßen, Personal und Haushalt." for n in range(120))
    german = add_paper("Bericht", f"{chapters} Die Krankenversicherung der Beschäftigten wird teurer.", language="de")
    add_paper("Premiums", "Premiums: the premiums of the lease rise.", language="en")
    _filler(add_paper, 10)
    refresh()
    results = search_papers(query="health insurance premiums", user=None)
    assert results.relaxed is not None
    assert _names(results)[0] == german.name



def _long_report(tail: str, chapters: int = 40) -> str:
    body = " ".join(f"Chapter {n}: the committee met on the parks, the roads and the staff rota." for n in range(chapters))
    return f"{body} {tail}"


def test_among_papers_with_as_many_words_the_rare_word_of_a_query_ranks_first(add_paper, refresh):
    # No paper holds both words; many short ones repeat the common word, one long report names the rare one.
    for n in range(8):
        add_paper(f"Layoffs {n}", f"Layoffs: the layoffs at plant {n} and more layoffs were announced.", language="en")
    _filler(add_paper, 20)
    report = add_paper("Annual report", _long_report("Northvolt answered the council's letter."), language="en")
    refresh()
    results = search_papers(query="northvolt layoffs", user=None)
    assert results.relaxed is not None
    assert _names(results)[0] == report.name


def test_a_rare_word_never_outweighs_holding_more_words_of_the_query(add_paper, refresh):
    for n in range(8):
        add_paper(f"Layoffs {n}", f"The layoffs at plant {n} were announced.", language="en")
    both = add_paper("Layoffs and pensions", "The layoffs and the pensions of plant 9.", language="en")
    _filler(add_paper, 20)
    rare = add_paper("Letter", "Northvolt answered the council's letter.", language="en")
    refresh()
    results = search_papers(query="northvolt layoffs pensions", user=None)
    assert results.relaxed is not None
    names = _names(results)
    assert names.index(both.name) < names.index(rare.name)


def test_parts_held_by_about_as_many_papers_count_alike(add_paper, refresh):
    # "lighthouse" and "harbour" are each held by a few papers, neither twice as many as the other:
    # the paper the search scores higher comes first, whichever word it holds.
    for n in range(4):
        add_paper(f"Lighthouse {n}", f"The lighthouse {n} is painted.", language="en")
    for n in range(3):
        add_paper(f"Report {n}", _long_report(f"The harbour {n} was mentioned.", chapters=20), language="en")
    best = add_paper("Lighthouse", "Lighthouse, lighthouse: the lighthouse of the lighthouse.", language="en")
    _filler(add_paper, 10)
    refresh()
    results = search_papers(query="harbour lighthouse", user=None)
    assert results.relaxed is not None
    assert _names(results)[0] == best.name
