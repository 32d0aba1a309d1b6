"""PostgreSQL: a common word is ordered from its list of the papers where it weighs most, not by RUM."""

from __future__ import annotations

import pytest
from django.db import connection

from townhall.core.models import Paper
from townhall.search.backends import impact, postgres, postgres_ranking
from townhall.search.selectors import search_papers


@pytest.fixture
def lists(db, backend, monkeypatch):
    """Make lists from words three papers hold, four deep, and let a search order its best three from them."""
    if connection.vendor != "postgresql":
        pytest.skip("TOWNHALL_DATABASE_URL does not point to PostgreSQL")
    if not postgres.rum_available():
        pytest.skip("the rum extension is not installed (postgresql-15-rum)")
    # Whether RUM serves is kept per connection; a test before may have dropped it in its transaction.
    backend._rum.clear()
    backend._terms.clear()
    monkeypatch.setattr(impact, "MIN_DOCS", 3)
    monkeypatch.setattr(impact, "DEPTH", 4)
    monkeypatch.setattr(postgres_ranking, "RANKED_HEAD", 3)
    monkeypatch.setattr(backend, "rescores", 3)
    return backend


def _listed(term: str) -> set[int]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT paper_id FROM search_term_top WHERE term = %s", [term])
        return {row[0] for row in cursor.fetchall()}


def _havnebad_papers(add_paper):
    best = add_paper("Havnebad", "Havnebad: havnebad, havnebad og havnebad.")
    second = add_paper("Havnebad i havnen", "Om havnebad og havnebad ved kajen.")
    # Each longer than the one before: the shorter a paper, the more its one "havnebad" weighs.
    others = [add_paper(f"Referat {n}", f"Referat {n} om et havnebad og byens veje{', skoler' * n}.") for n in range(6)]
    return best, second, others


def _ids(query: str, **options) -> list[int]:
    return [hit.paper.pk for hit in search_papers(query=query, user=None, per_page=3, **options).hits]


def test_a_common_word_is_ranked_from_its_list_as_from_the_rum_index(lists, add_paper, monkeypatch):
    best, second, others = _havnebad_papers(add_paper)
    lists.refresh_statistics()
    monkeypatch.setattr(impact, "MIN_DOCS", 10**9)
    from_rum = _ids("havnebad")
    assert not _listed("havnebad")
    monkeypatch.setattr(impact, "MIN_DOCS", 3)
    from_list = _ids("havnebad")
    assert _listed("havnebad") >= {best.pk, second.pk}
    assert set(from_list[:2]) == {best.pk, second.pk} and from_list[:2] == from_rum[:2]
    # RUM ranks the papers with one "havnebad" alike; the list hands out the shortest first.
    assert from_list[2] == others[0].pk


def test_a_paper_indexed_after_its_word_was_listed_joins_the_list(lists, add_paper):
    _havnebad_papers(add_paper)
    lists.refresh_statistics()
    _ids("havnebad")
    newest = add_paper("Havnebad havnebad", "Havnebad, havnebad, havnebad, havnebad og havnebad igen.")
    assert newest.pk in _listed("havnebad")
    assert _ids("havnebad")[0] == newest.pk


def test_a_paper_indexed_again_without_the_word_leaves_its_list(lists, add_paper):
    from townhall.search.indexing import index_paper

    _havnebad_papers(add_paper)
    lists.refresh_statistics()
    first, runner_up = _ids("havnebad")[:2]
    best = Paper.objects.get(pk=first)
    best.name = "Vejplan"
    best.save()
    best.main_file.text = "Vejplanen for bydelen."
    best.main_file.save()
    index_paper(best)
    assert best.pk not in _listed("havnebad")
    assert best.pk not in _ids("havnebad") and _ids("havnebad")[0] == runner_up


def test_a_filter_few_listed_papers_pass_still_finds_the_best_match_beyond_the_list(lists, add_paper):
    _havnebad_papers(add_paper)
    filler = " ".join(f"punkt {n} om veje, skoler, pladser og byens parker" for n in range(40))
    proposal = add_paper("Forslag", f"Forslag om et havnebad. {filler}", kind="proposal")
    lists.refresh_statistics()
    _ids("havnebad")
    assert proposal.pk not in _listed("havnebad")
    assert _ids("havnebad", filters={"kind": "proposal"}) == [proposal.pk]


def test_a_rebuild_forgets_the_lists(lists, add_paper):
    from townhall.search.indexing import rebuild

    _havnebad_papers(add_paper)
    lists.refresh_statistics()
    _ids("havnebad")
    assert _listed("havnebad")
    rebuild()
    assert not _listed("havnebad")


def test_a_prefix_is_ordered_from_the_lists_of_the_words_it_begins(lists, add_paper, monkeypatch):
    best = add_paper("Havnebad", "Havnebad: havnebad, havnebad og havnebad.")
    second = add_paper("Havnebro", "Havnebro, havnebro og havnebro ved kajen.")
    for n in range(4):
        add_paper(f"Referat {n}", f"Referat {n} om et havnebad, en havnebro og byens veje{', skoler' * n}.")
    lists.refresh_statistics()
    monkeypatch.setattr(impact, "MIN_DOCS", 10**9)
    from_rum = _ids("havneb*")
    monkeypatch.setattr(impact, "MIN_DOCS", 3)
    assert impact.listed_terms("'havneb':*") == ["havnebad", "havnebro"]
    from_lists = _ids("havneb*")
    assert _listed("havnebad") and _listed("havnebro")
    assert set(from_lists[:2]) == {best.pk, second.pk} and from_lists[:2] == from_rum[:2]


def test_a_prefix_beginning_too_many_words_is_left_to_rum(lists, add_paper, monkeypatch):
    add_paper("Havnebad", "Havnebad, havnebro og havnebus ved kajen.")
    lists.refresh_statistics()
    monkeypatch.setattr(impact, "MAX_EXPANDED", 2)
    assert impact.listed_terms("'havneb':*") is None
    assert impact.listed_terms("'havneb':* | 'kaj'") is None
    assert impact.listed_terms("'havnebr':* | 'kaj'") == ["kaj", "havnebro"]


def test_only_words_joined_by_or_are_ordered_from_lists():
    assert impact.plain_terms("('kommun' | 'kommune')") == ["kommun", "kommune"]
    assert impact.plain_terms("'o''brien'") == ["o'brien"]
    assert impact.plain_terms("'klima':*") is None
    assert impact.plain_terms("'city' & 'council'") is None
    assert impact.plain_terms("'budget' & !'city'") is None
