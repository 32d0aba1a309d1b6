"""Search shows nobody a paper they may not see: not in hits, counts, facets or snippets."""

from __future__ import annotations

import pytest

from townhall.search.selectors import search_papers

SECRET = "Zylofantrapez"


@pytest.fixture
def secret_paper(add_paper):
    add_paper("Offentlig sag", "Budget for havnen.", kind="proposal")
    return add_paper("Lukket punkt", f"Forhandling om {SECRET} og budget.", public=False, kind="memo")


def _counts(results) -> dict:
    return {name: sum(n for *_, n in options) for name, options in results.facets.items()}


def test_a_word_only_in_a_non_public_paper_finds_nothing_anonymously(secret_paper):
    results = search_papers(query=SECRET, user=None, filters={})
    assert (results.hits, results.total, _counts(results)) == (
        [], 0, {"body": 0, "organization": 0, "kind": 0, "language": 0, "year": 0},
    )


def test_a_non_public_paper_is_left_out_of_counts_and_facets_of_a_shared_word(secret_paper):
    results = search_papers(query="budget", user=None, filters={})
    assert (results.total, [h.paper.name for h in results.hits], results.facets["kind"]) == (
        1, ["Offentlig sag"], [("proposal", "Proposal", 1)],
    )


def test_a_logged_in_user_without_permission_cannot_find_a_non_public_paper(secret_paper, citizen):
    assert search_papers(query=SECRET, user=citizen, filters={}).total == 0


def test_staff_with_view_permission_find_a_non_public_paper(secret_paper, staff):
    results = search_papers(query=SECRET, user=staff, filters={})
    assert [h.paper.pk for h in results.hits] == [secret_paper.pk] and SECRET in results.hits[0].snippet_html


def test_the_public_filter_cannot_reveal_non_public_papers_to_visitors(secret_paper):
    results = search_papers(query="budget", user=None, filters={"public": False})
    assert [h.paper.name for h in results.hits] == ["Offentlig sag"]


def test_staff_can_list_only_non_public_papers(secret_paper, staff):
    results = search_papers(query="budget", user=staff, filters={"public": False})
    assert [h.paper.pk for h in results.hits] == [secret_paper.pk]


def test_a_soft_deleted_paper_never_appears_even_for_staff(add_paper, staff):
    from townhall.core.services import soft_delete

    paper = add_paper("Slettet", f"{SECRET} i havnen.")
    soft_delete(paper)
    assert search_papers(query=SECRET, user=staff, filters={}).total == 0


def test_indexing_a_soft_deleted_paper_takes_it_out_of_the_index(add_paper, backend):
    from townhall.core.services import soft_delete
    from townhall.search.indexing import index_paper

    paper = add_paper("Slettet", f"{SECRET} i havnen.")
    soft_delete(paper)
    index_paper(paper)
    assert backend.search(backend.render(SECRET)) == []


def test_a_restored_paper_is_found_again(add_paper):
    from townhall.core.services import restore, soft_delete
    from townhall.search.indexing import index_paper

    paper = add_paper("Slettet", f"{SECRET} i havnen.")
    soft_delete(paper)
    index_paper(paper)
    restore(paper)
    index_paper(paper)
    assert search_papers(query=SECRET, user=None, filters={}).total == 1


def test_browsing_without_a_query_leaves_non_public_papers_out(secret_paper):
    results = search_papers(query="", user=None, filters={})
    assert [h.paper.name for h in results.hits] == ["Offentlig sag"] and results.total == 1


def test_the_non_public_demo_paper_is_hidden_from_visitors_and_shown_to_staff(indexed_demo, staff):
    from townhall.core.models import Paper

    hidden = Paper.objects.get(public=False)
    word = hidden.name.split()[-1]
    visitor = {h.paper.pk for h in search_papers(query=word, user=None, filters={}, per_page=50).hits}
    clerk = {h.paper.pk for h in search_papers(query=word, user=staff, filters={}, per_page=50).hits}
    assert hidden.pk not in visitor and hidden.pk in clerk
