"""Two words that another language writes as one compound find the papers holding that compound."""

from __future__ import annotations

import pytest

from tests.search.dictionary_files import install_dictionaries, plan_leaves
from townhall.search import dictionaries
from townhall.search.joined import joinings
from townhall.search.query import Knowledge, plan_query
from townhall.search.selectors import search_papers

GERMAN_ENGLISH = [
    ("Zeit", "Zeit <fem, n, sg>\ntime <n>\n"),
    ("Kapsel", "Kapsel <fem, n, sg>\ncapsule <n>\n"),
    ("Glocke", "Glocke <fem, n, sg>\nbell <n>\n"),
    ("Turm", "Turm <masc, n, sg>\ntower <n>\n"),
]
# "tid" is not marked a noun: no translation of "time" on its own, but a part the archive confirms.
DANISH_ENGLISH = [("tid", "tid /tˈʔið/\ntime, while\n"), ("bord", "bord <n>\ntable\n")]


@pytest.fixture(autouse=True)
def compiled(tmp_path, settings):
    folder = install_dictionaries(tmp_path, settings, {"freedict-deu-eng": GERMAN_ENGLISH, "freedict-dan-eng": DANISH_ENGLISH})
    dictionaries.compile_dictionaries(settings.SEARCH_DICTIONARY_FILE, folder)


def _joined(query: str, holding) -> set[tuple[str, ...]]:
    plan = plan_query(query, known=Knowledge(holding=holding))
    return {leaf.terms for node in plan.required for leaf in plan_leaves(node) if leaf.origin == "joined"}


def test_two_words_are_asked_as_the_compound_an_archive_holds():
    assert ("zeitkapsel",) in _joined("time capsule", lambda *terms: terms)
    # Only what some paper holds: nothing is invented.
    assert _joined("time capsule", lambda *terms: ()) == set()


def test_a_compound_indexed_with_its_parts_is_left_to_the_parts():
    # "Glockenturm" is split by the compound lexicon, so its papers hold "glocke" and "turm".
    assert "glockenturm" not in joinings("bell", "tower", ["de"])


def test_words_apart_in_the_query_are_not_joined():
    assert _joined("time for a capsule", lambda *terms: terms) == set()


@pytest.mark.django_db
def test_an_english_query_finds_the_german_paper_that_writes_it_as_one_word(add_paper, backend):
    capsule = add_paper("Schuljubiläum", "Zum Jubiläum wird im Schulhof eine Zeitkapsel vergraben.", language="de")
    add_paper("Sitzungszeit", "Die Zeit der Sitzung wird auf 18 Uhr verlegt.", language="de")
    add_paper("Haushalt", "Der Haushalt wird beraten.", language="de")
    backend.refresh_statistics()
    results = search_papers(query="time capsule", user=None)
    assert [hit.paper.pk for hit in results.hits][:1] == [capsule.pk]


def test_an_untagged_headword_is_a_part_only_where_the_archive_confirms_it():
    assert dictionaries.translate("time", ["da"]) == set()
    # A part from an untagged headword, the other lent by German: "Kapsel", Danish "kapsel".
    assert ("tidskapsel",) in _joined("time capsule", lambda *terms: terms)


@pytest.mark.django_db
def test_an_english_query_finds_the_danish_paper_that_writes_it_as_one_word(add_paper, backend):
    capsule = add_paper("Skolens jubilæum", "Til jubilæet graver eleverne en tidskapsel ned i skolegården.")
    add_paper("Mødetid", "Mødet flyttes til en anden tid.")
    backend.refresh_statistics()
    results = search_papers(query="time capsule", user=None)
    assert [hit.paper.pk for hit in results.hits][:1] == [capsule.pk]
