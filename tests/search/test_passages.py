"""The best passage of a paper: the parts of a query standing together rank above the same parts far apart."""

from __future__ import annotations

from townhall.search.analyzers import LANGUAGES
from townhall.search.passages import HEAD, QueryParts, reranked
from townhall.search.query import plan_query

FILLER = " ".join(["Der Ausschuss nimmt den Bericht zur Kenntnis."] * 40)


def _parts(query: str) -> QueryParts:
    return QueryParts.of(plan_query(query, LANGUAGES))


def test_a_passage_holding_every_part_of_the_query_is_perfect():
    text = f"{FILLER} Die Aufteilung des Referats für Gesundheit und Umwelt. {FILLER}"
    assert _parts("Aufteilung Gesundheit Umwelt").quality(text, "de") == 1.0


def test_parts_pages_apart_make_a_weak_passage():
    text = f"Die Aufteilung beginnt. {FILLER} Gesundheit. {FILLER} Umwelt."
    assert _parts("Aufteilung Gesundheit Umwelt").quality(text, "de") == 0.0


def test_a_passage_with_two_of_three_parts_is_half_way():
    text = f"Die Aufteilung der Gesundheit. {FILLER} Umwelt."
    assert _parts("Aufteilung Gesundheit Umwelt").quality(text, "de") == 0.5


def test_a_one_word_query_counts_how_often_the_passage_holds_it():
    once = f"{FILLER} Careleaver {FILLER}"
    dense = f"{FILLER} Careleaver brauchen Hilfe, Careleaver ziehen aus, Careleaver lernen. {FILLER}"
    parts = _parts("Careleaver")
    assert (round(parts.quality(once, "de"), 2), parts.quality(dense, "de")) == (0.33, 1.0)


def test_a_text_without_the_query_has_no_passage():
    assert _parts("Windenergie").quality(FILLER, "de") == 0.0


def test_only_the_head_is_reordered_and_later_papers_keep_their_places():
    ranked = [(paper_id, 100.0 - paper_id) for paper_id in range(HEAD + 5)]
    # The last paper of the head has a perfect passage; one below the head has one too.
    order = [paper_id for paper_id, _ in reranked(ranked, {HEAD - 1: 1.0, HEAD + 2: 1.0})]
    assert order[0] == HEAD - 1 and order[HEAD:] == list(range(HEAD, HEAD + 5))


def test_more_parts_of_a_relaxed_query_stay_above_a_better_passage():
    ranked = [(1, 10.0), (2, 9.0)]
    order = [paper_id for paper_id, _ in reranked(ranked, {2: 1.0}, tier={1: 3, 2: 2})]
    assert order == [1, 2]
