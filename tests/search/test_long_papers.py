"""A long paper's words count as often as it names them, on every backend.

PostgreSQL keeps a word's positions only up to the 16383rd word of a paper; the words a long
paper names after that must still count each time, as SQLite counts them.
"""

from __future__ import annotations

from townhall.search.selectors import search_papers


def _filler(start: int, count: int) -> str:
    # Distinct made-up words, so no word of the filler is searched for or weighs on the ranking.
    return " ".join(f"fyld{n}x" for n in range(start, start + count))


def test_a_long_paper_naming_a_word_often_late_ranks_above_one_naming_it_less_early(db, add_paper):
    early = add_paper("Referat A", f"Havnebadet og havnebadet. {_filler(0, 20000)} Slut.")
    late = add_paper("Referat B", f"{_filler(0, 18000)} " + "Havnebadet. " * 6 + f"{_filler(30000, 2000)} Slut.")
    ranked = [hit.paper.pk for hit in search_papers(query="havnebadet", user=None).hits]
    assert ranked == [late.pk, early.pk]


def test_a_phrase_late_in_a_long_paper_is_found(db, add_paper):
    paper = add_paper("Referat", f"{_filler(0, 25000)} Det nye havnebad åbner til sommer. {_filler(40000, 100)}")
    add_paper("Andet", "Et havnebad og en sommer, men intet der åbner sammen.")
    assert [hit.paper.pk for hit in search_papers(query='"havnebad åbner"', user=None).hits] == [paper.pk]
