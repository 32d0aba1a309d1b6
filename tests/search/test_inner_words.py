"""A word inside a compound the lexicon cannot split finds the compound (``compounds.inner_words``)."""

from __future__ import annotations

import pytest

from townhall.search.analyzers import analyze_document
from townhall.search.compounds import inner_words
from townhall.search.selectors import search_papers


def test_the_rest_after_a_short_first_word_is_an_inner_word():
    # "See" is too short for the splitter to cut off, so the compound was indexed whole.
    assert inner_words("Seeuferpromenade", "de")[0] == "uferpromenade"


def test_a_word_between_a_known_first_and_last_word_is_an_inner_word():
    assert "aflastning" in inner_words("ungeaflastningsordning", "da")


def test_a_simple_word_that_starts_like_a_known_word_has_no_inner_words():
    # "Finanz" + "ierung", "Gut" + "achten": no known last word, so nothing lies between.
    assert (inner_words("Finanzierung", "de"), inner_words("Gutachten", "de")) == ((), ())


def test_a_compound_the_lexicon_splits_has_no_inner_words():
    assert inner_words("Uferpromenade", "de") == ()


def test_a_word_of_a_language_without_compounds_has_no_inner_words():
    assert inner_words("seafrontpromenade", "en") == ()


def test_inner_words_are_indexed_after_the_stream():
    analysed = analyze_document("Seeuferpromenade", "de")
    assert analysed.stream == ("seeuferpromenad",)
    assert "uferpromenad" in analysed.extras


@pytest.mark.parametrize(("typed", "language", "text"), [
    ("Uferpromenade", "de", "Die Seeuferpromenade wird im Frühjahr neu gepflastert."),
    ("aflastning", "da", "Ungeaflastningsordningen udvides med to pladser."),
], ids=["rest after a short first word", "word between two known words"])
def test_a_word_inside_an_unsplittable_compound_finds_the_paper(add_paper, backend, typed, language, text):
    paper = add_paper("Notice", text, language=language)
    add_paper("Other", "Der Haushalt wird beraten. Budgettet vedtages.", language=language)
    backend.refresh_statistics()
    assert [hit.paper.pk for hit in search_papers(query=typed, user=None).hits] == [paper.pk]
