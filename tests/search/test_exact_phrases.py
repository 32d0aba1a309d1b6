"""A quoted phrase ranks the papers that hold it word for word above papers that hold its words apart."""

from __future__ import annotations

from townhall.search.passages import held_phrases
from townhall.search.selectors import search_papers

NEWS = ("Recent campaigns: the winter fuel leaflet, the Just Missing Out scheme for pensioners, "
        "the library card drive and the cycle safety week.")


def test_a_quoted_name_of_stopwords_ranks_the_paper_naming_it_first(add_paper, backend):
    # English drops "just" and "out" as stopwords, so the index holds every "missing" alike.
    named = add_paper("Cabinet minutes", " ".join(["The cabinet noted the reports."] * 30) + " " + NEWS,
                      language="en")
    apart = [
        add_paper("Missing persons", "Missing persons: the police report missing children; just out of "
                  "hospital, a missing man was found.", language="en"),
        add_paper("Missing bins", "Residents report missing bins. Missing bins are replaced.", language="en"),
    ]
    backend.refresh_statistics()
    hits = [hit.paper.pk for hit in search_papers(query='"Just Missing Out"', user=None).hits]
    assert hits[0] == named.pk and set(hits[1:]) == {paper.pk for paper in apart}


def test_the_words_of_a_phrase_apart_are_not_the_phrase():
    assert held_phrases("Out of hospital, just missing the bus.", [("just", "missing", "out")]) == 0


def test_a_phrase_is_held_across_case_and_punctuation():
    text = "The scheme (JUST MISSING-OUT) helps pensioners."
    assert held_phrases(text, [("just", "missing", "out"), ("helps", "pensioners")]) == 2
