"""The forms of one word share its stem: British and American spellings, singulars and plurals."""

from __future__ import annotations

import pytest

from townhall.search.analyzers import analyze, prefix_alternatives
from townhall.search.selectors import search_papers


@pytest.mark.parametrize(("british", "american"), [
    ("privatisation", "privatization"),
    ("organised", "organized"),
    ("organisers", "organizers"),
    ("recognise", "recognize"),
    ("authorising", "authorizing"),
    ("criticised", "criticized"),
    ("minimises", "minimizes"),
    ("subsidisation", "subsidization"),
])
def test_a_british_spelling_shares_the_american_stem(british, american):
    assert analyze(british, "en") == analyze(american, "en")


@pytest.mark.parametrize(("word", "other"), [
    # Snowball alone cuts these "-ize" words to the stem of another word.
    ("privatised", "private"),
    ("authorized", "author"),
    ("hospitalization", "hospital"),
])
def test_an_ize_word_keeps_a_stem_apart_from_its_base(word, other):
    assert analyze(word, "en") != analyze(other, "en")


@pytest.mark.parametrize(("word", "related"), [
    # Words that end in "-ise" in every spelling keep the stem their derivatives share.
    ("revised", "revision"),
    ("supervised", "supervision"),
    ("advertising", "advertisement"),
    ("premises", "premise"),
    ("exercised", "exercise"),
    ("surprising", "surprise"),
])
def test_words_that_are_no_ize_words_are_left_as_they_are(word, related):
    assert analyze(word, "en") == analyze(related, "en")
    assert "iz" not in "".join(analyze(word, "en"))


def test_a_british_prefix_also_reaches_the_american_stems():
    assert "organiz" in prefix_alternatives("organis")
    assert "privatiz" in prefix_alternatives("privatis")
    assert not any("iz" in term for term in prefix_alternatives("revis"))


@pytest.mark.parametrize(("typed", "text"), [
    ("privatisation of the postal service", "Council opposes any attempt to privatize the Postal Service."),
    ("organized crime", "A report on organised crime and the night-time economy."),
    ("recognise volunteers", "The council will recognize its volunteers at an awards evening."),
])
def test_a_query_in_one_spelling_finds_the_paper_in_the_other(add_paper, backend, typed, text):
    paper = add_paper("Resolution", text, language="en")
    add_paper("Other", "The committee approved the budget and the timetable.", language="en")
    backend.refresh_statistics()
    assert [hit.paper.pk for hit in search_papers(query=typed, user=None).hits] == [paper.pk]


def test_privatisation_does_not_find_papers_about_private_property(add_paper, backend):
    wanted = add_paper("Postal service", "An emergency resolution opposing the privatization of the post.",
                       language="en")
    add_paper("Fire hall", "The fire hall encroaches on private property; private land is needed.", language="en")
    backend.refresh_statistics()
    assert [hit.paper.pk for hit in search_papers(query="privatisation", user=None).hits] == [wanted.pk]


@pytest.mark.parametrize(("language", "forms"), [
    # Snowball takes the last "s" of these words for an ending, and leaves it in their plurals.
    ("da", ("plads", "pladser", "pladsen")),
    ("da", ("indsats", "indsatser", "indsatsen")),
    ("da", ("daginstitutionsplads", "daginstitutionspladser")),
    ("de", ("Kurs", "Kurse", "Kurses")),
    ("de", ("Sprachkurs", "Sprachkurse")),
    ("de", ("Zins", "Zinsen")),
])
def test_a_word_ending_in_an_s_of_its_own_shares_its_stem_with_its_plural(language, forms):
    assert len({analyze(form, language)[0] for form in forms}) == 1


def test_a_genitive_s_is_still_an_ending():
    assert analyze("Antrags", "de") == analyze("Antrag", "de")
    assert analyze("Parks", "de") == analyze("Park", "de")
    assert analyze("udvalgs", "da") == analyze("udvalg", "da")


@pytest.mark.parametrize(("typed", "text", "other"), [
    # "plads" (room, a place) is no "plade" (a plate), "Kurs" (a course) no "Kur" (a cure).
    ("pladser", "Der er ledig plads i børnehaven fra august.", "Pladen på komfuret i køkkenet skiftes."),
    ("Kurse", "Der Kurs für Zugezogene beginnt im März.", "Die Kur im Heilbad wird bezuschusst."),
])
def test_a_plural_finds_the_singular_and_not_a_word_stemmed_like_it(add_paper, backend, typed, text, other):
    language = "de" if typed[0].isupper() else "da"
    paper = add_paper("Paper", text, language=language)
    add_paper("Other", other, language=language)
    backend.refresh_statistics()
    assert [hit.paper.pk for hit in search_papers(query=typed, user=None).hits] == [paper.pk]
