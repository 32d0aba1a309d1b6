"""A word ending in a hyphen before a conjunction shares the next compound's head ("Rad- und Fußwege")."""

from __future__ import annotations

from townhall.search.query import AnyOf, Word, parse_query
from townhall.search.selectors import search_papers


def _found(query: str) -> list[int]:
    return [hit.paper.pk for hit in search_papers(query=query, user=None).hits]


def test_a_german_truncated_word_finds_the_paper_on_its_compound(add_paper, backend):
    cycle = add_paper("Radwege", "Der Ausschuss beschließt den Ausbau der Radwege entlang der Landstraße.",
                      language="de")
    add_paper("Radio", "Das Rad des Anhängers wurde ersetzt, der Radius der Kurve bleibt.", language="de")
    add_paper("Haushalt", "Der Haushalt wird beraten.", language="de")
    backend.refresh_statistics()
    assert _found("Rad- und Fußwege")[:1] == [cycle.pk]


def test_the_paper_writing_the_coordination_is_found_and_ranks_above_a_bare_fragment(add_paper, backend):
    both = add_paper("Jugend", "Die Kinder- und Jugendhilfe erhält mehr Personal für die Beratung.", language="de")
    kinder = add_paper("Kita", "Die Kinder der Kita spielen im Garten.", language="de")
    backend.refresh_statistics()
    found = _found("Kinder- und Jugendhilfe")
    assert found[:1] == [both.pk]
    assert kinder.pk not in found


def test_a_danish_truncated_word_finds_the_paper_on_its_compound(add_paper, backend):
    nature = add_paper("Naturområdet", "Kommunen plejer naturområdet ved åen med afgræsning.", language="da")
    add_paper("Natur", "Naturen er smuk om foråret, og skoven er åben.", language="da")
    backend.refresh_statistics()
    assert _found("Natur- og miljøområdet")[:1] == [nature.pk]


def test_a_danish_committee_named_by_coordination_is_found(add_paper, backend):
    committee = add_paper("Udvalg", "Sagen behandles i børneudvalget den 3. marts.", language="da")
    add_paper("Børn", "Børn og forældre inviteres til åbent hus.", language="da")
    backend.refresh_statistics()
    assert _found("børne- og ungeudvalget")[:1] == [committee.pk]


def test_each_truncated_word_is_written_out_as_an_alternative():
    query = parse_query("Sport- oder Freizeitanlagen Planung")
    assert query.required == (AnyOf((Word("Sportanlagen"), Word("Freizeitanlagen"))), Word("Planung"))


def test_an_exclusion_and_hyphenated_names_keep_their_meaning(add_paper, backend):
    hjallese = add_paper("Dalum-Hjallese", "Lokalplan for Dalum-Hjallese skole og idrætsanlæg.", language="da")
    add_paper("Dalum", "Lokalplan for Dalum kirke.", language="da")
    backend.refresh_statistics()
    assert _found("Dalum-Hjallese")[:1] == [hjallese.pk]
    assert _found("lokalplan -Hjallese") != [] and hjallese.pk not in _found("lokalplan -Hjallese")
    assert parse_query("skole -og idræt").excluded == (Word("og"),)


def test_quoted_coordination_is_read_as_typed():
    assert parse_query('"Rad- und Fußwege"').required[0].words == ("Rad", "und", "Fußwege")
