"""PostgreSQL search ranked from the RUM index, and the GIN fallback when the extension is missing."""

from __future__ import annotations

import pytest
from django.db import connection

from townhall.search import selectors
from townhall.search.selectors import search_papers


@pytest.fixture
def pg(db):
    if connection.vendor != "postgresql":
        pytest.skip("TOWNHALL_DATABASE_URL does not point to PostgreSQL")
    from townhall.search.backends.postgres import rum_available

    if not rum_available():
        pytest.skip("the rum extension is not installed (postgresql-15-rum)")


def _use_gin(backend) -> None:
    """Replace the RUM index by the GIN index, as on a server without the extension."""
    with connection.cursor() as cursor:
        cursor.execute("DROP INDEX IF EXISTS search_paper_vector_rum")
        cursor.execute("CREATE INDEX IF NOT EXISTS search_paper_vector_gin ON search_paper_vector USING gin (vector)")
    backend._rum.clear()


def test_the_best_match_is_found_however_many_newer_matches_there_are(pg, backend, add_paper, monkeypatch):
    best = add_paper("Havnebad", "Havnebad, havnebad og havnebad: havnebadet åbner.")
    newer = [add_paper(f"Nyt {n}", f"Referat {n}. Et havnebad nævnes, og meget andet om byen og dens veje.") for n in range(3)]
    # Counts and facets stop at the newest two matches; the ranking does not.
    monkeypatch.setattr(selectors, "COUNT_CAP", 2)
    assert backend.ranks_from_index
    results = search_papers(query="havnebad", user=None)
    assert [hit.paper.pk for hit in results.hits][0] == best.pk
    assert results.approximate and len(results.hits) == 1 + len(newer)


def test_ranking_from_the_index_gives_what_scoring_every_match_gives(pg, backend, add_paper):
    add_paper("Budget 2025", "Budgettet for 2025 vedtages.")
    add_paper("Havn", "Havnen udvides; budgettet rækker.")
    add_paper("Skole", "Skolen får nyt tag. Budget: 2 mio.")
    add_paper("Haushalt", "Der Haushalt 2025 wird beschlossen.", language="de")
    from_index = [hit.paper.pk for hit in search_papers(query="budget", user=None).hits]
    _use_gin(backend)
    assert not backend.ranks_from_index
    scored = [hit.paper.pk for hit in search_papers(query="budget", user=None).hits]
    assert from_index == scored and len(scored) == 4


def test_without_the_rum_index_search_works_and_the_check_says_so(pg, backend, add_paper):
    from townhall.search.checks import check_ranked_index

    paper = add_paper("Havnebad", "Havnebadet åbner.")
    assert check_ranked_index(databases=["default"]) == []
    _use_gin(backend)
    assert [hit.paper.pk for hit in search_papers(query="havnebad", user=None).hits] == [paper.pk]
    assert [problem.id for problem in check_ranked_index(databases=["default"])] == ["search.W001"]


def test_a_phrase_found_through_the_terms_index_needs_its_words_next_to_each_other(pg, backend, add_paper):
    from townhall.search.backends.postgres import terms_index_present

    together = add_paper("City council", "The city council meets on Monday.", language="en")
    add_paper("Council", "The council of the old city meets on Monday.", language="en")
    assert terms_index_present()
    assert [hit.paper.pk for hit in search_papers(query='"city council"', user=None).hits] == [together.pk]


def test_an_excluded_phrase_leaves_papers_with_its_words_apart(pg, backend, add_paper):
    add_paper("City council", "Budget: the city council meets.", language="en")
    apart = add_paper("Council", "Budget: the council of the old city meets.", language="en")
    assert [hit.paper.pk for hit in search_papers(query='budget -"city council"', user=None).hits] == [apart.pk]


def test_the_best_match_of_several_words_is_found_among_many_with_one_of_them(pg, backend, add_paper):
    best = add_paper("Havnebad og budget", "Havnebad og budget for havnebadet.")
    for n in range(5):
        add_paper(f"Budget {n}", f"Budget {n} for byen, budgettet og budgetter.")
    add_paper("Havnebad", "Havnebadet åbner.")
    results = search_papers(query="havnebad budget", user=None)
    assert results.hits[0].paper.pk == best.pk


def test_the_loose_form_of_a_query_finds_a_superset_and_gives_up_inside_a_negation():
    from townhall.search.backends.postgres import loose_tsquery

    assert loose_tsquery("('city' <-> 'council') | 'budget':AC") == "('city' & 'council') | 'budget'"
    assert loose_tsquery("'klima':* & 'plan'") == "'klima':* & 'plan'"
    assert loose_tsquery("'budget' & !('city' <-> 'council')") is None
    assert loose_tsquery("'budget' & !'city':AC") is None
    assert loose_tsquery("'budget' & !('city' | 'council')") == "'budget' & !('city' | 'council')"


def test_alternatives_asked_one_by_one_find_the_papers_the_whole_query_finds(pg, backend, add_paper):
    from townhall.search.backends.tsquery_conditions import terms_condition

    building = add_paper("Housing", "New housing construction in the harbour.", language="en")
    homes = add_paper("Homes", "New homes for the old town.", language="en")
    add_paper("New bridge", "A new bridge; the ferry goes home.", language="en")
    flats = add_paper("Flats", "Flats to be built by the council.", language="en")
    add_paper("Roads", "The roads are repaired.", language="en")
    # A word alone, a prefix, and alternatives of several words (one nested) that the roads paper
    # and the bridge paper (its "new" and "home" alone) must not satisfy.
    loose = "'housebuild' | 'harbo':* | ('new' & 'home' & 'town') | ('flat' & ('built' | 'build')) | ('road' & 'new')"
    condition, params = terms_condition(loose)
    assert " OR " in condition and len(params) == 4
    assert _found(condition, params) == _found("strip(vector) @@ %s::tsquery", [loose]) == {building.pk, homes.pk, flats.pk}
    # Parts that must all be present, one of them with alternatives of several words.
    loose = "('new' | 'old') & (('home' & 'town') | 'construct' | 'bridg') & 'harbo':*"
    condition, params = terms_condition(loose)
    assert " AND " in condition and " OR " in condition and len(params) == 4
    assert _found(condition, params) == _found("strip(vector) @@ %s::tsquery", [loose]) == {building.pk}
    # A part excluding words is not asked on its own: the index cannot list the papers without a word.
    assert terms_condition("'new' & !'home'") == ("strip(vector) @@ %s::tsquery", ("'new' & !'home'",))


def test_a_search_with_few_matches_scores_every_one_whatever_order_they_came_in(pg, backend, add_paper, monkeypatch):
    from townhall.search.backends import postgres_ranking

    best = add_paper("Havnebad", "Havnebad, havnebad og havnebad.")
    newer = [add_paper(f"Referat {n}", f"Referat {n}: et havnebad nævnes, og meget andet om byen.") for n in range(3)]
    backend.refresh_statistics()
    # Ranked from the index, the counted matches carry no scores; the head the plain rank would
    # pick is one paper here.
    monkeypatch.setattr(postgres_ranking, "RANKED_HEAD", 1)
    unscored = [(paper.pk, 0.0, None, None, None, None, None) for paper in [best, *newer]]
    ranked = backend.best(unscored, 2, expression="'havnebad'")
    assert [paper_id for paper_id, _ in ranked][0] == best.pk and len(ranked) == 2


def test_an_alternative_held_in_the_words_standing_alone_is_not_asked_of_the_index(pg, backend, add_paper):
    from townhall.search.backends.tsquery_conditions import terms_condition

    library = add_paper("Bibliothek", "Die Bibliothek der Stadt öffnet.", language="de")
    city_library = add_paper("City library", "The city library opens.", language="en")
    add_paper("Town hall", "The town hall opens in the city.", language="en")
    new_homes = add_paper("Homes", "New homes for the old town.", language="en")
    # The compound's parts with the synonyms of its head: every paper of that part holds one of
    # the words standing alone. The alternative of two words that another holds goes too.
    loose = ("'bibliothek' | 'librari' | (('stadt' | 'citi' | 'town') & ('bibliothek' | 'librari'))"
             " | ('new' & 'home') | ('new' & 'home' & 'town')")
    condition, params = terms_condition(loose)
    assert params == ("'bibliothek' | 'librari'", "('new' & 'home')")
    assert _found(condition, params) == _found("strip(vector) @@ %s::tsquery", [loose]) == {
        library.pk, city_library.pk, new_homes.pk}
    # A part whose group of words reaches beyond the words alone is kept.
    loose = "'bibliothek' | (('stadt' | 'citi') & ('bibliothek' | 'librari'))"
    assert terms_condition(loose)[1] == ("'bibliothek'", "(('stadt' | 'citi') & ('bibliothek' | 'librari'))")
    assert _found(*terms_condition(loose)) == _found("strip(vector) @@ %s::tsquery", [loose]) == {
        library.pk, city_library.pk}


def test_a_bands_index_is_asked_for_alternatives_apart_and_for_parts_that_must_be_present_as_keys(pg, backend, add_paper):
    from townhall.search.backends.tsquery_conditions import keys_condition

    building = add_paper("Housing", "New housing construction in the harbour.", language="en")
    homes = add_paper("Homes", "New homes for the old town.", language="en")
    add_paper("New bridge", "A new bridge; the ferry goes home.", language="en")
    library = add_paper("City library", "The city library opens.", language="en")
    # One group: each alternative of several words a scan of its own, one held by another left out.
    loose = "'librari' | ('new' & 'home' & 'town') | ('citi' & 'librari') | 'housebuild'"
    condition, params = keys_condition(loose)
    assert params == ("'librari' | 'housebuild'", "('new' & 'home' & 'town')")
    assert _found(condition, params) == _found("strip(vector) @@ %s::tsquery", [loose]) == {library.pk, homes.pk}
    # Parts that must all be present: a key each, without the alternatives another one holds.
    loose = "('new' | ('new' & 'bridg')) & ('town' | 'harbour' | 'construct')"
    condition, params = keys_condition(loose)
    assert " OR " not in condition and params == ("'new'", "('town' | 'harbour' | 'construct')")
    assert _found(condition, params) == _found("strip(vector) @@ %s::tsquery", [loose]) == {building.pk, homes.pk}
    # A part excluding words keeps the query whole.
    assert keys_condition("'new' & !'home'") == ("strip(vector) @@ %s::tsquery", ("'new' & !'home'",))


def _found(condition, params) -> set[int]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT paper_id FROM search_paper_vector WHERE {condition}", list(params))
        return {row[0] for row in cursor.fetchall()}


def test_the_order_from_the_index_leaves_out_words_no_paper_holds_but_keeps_those_indexed_since_the_filling(
        pg, backend, add_paper, monkeypatch):
    from townhall.search import vocabulary
    from townhall.search.backends.base import Narrowing

    add_paper("Havnebad", "Havnebadet åbner ved havnen.")
    add_paper("Havn", "Havnen udvides mod nord.")
    backend.refresh_statistics()
    late = add_paper("Kajak", "Kajakker ved havnebadet.")  # indexed after the vocabulary was filled
    with connection.cursor() as cursor:
        cursor.execute("SELECT tsvector_to_array(vector) FROM search_paper_vector WHERE paper_id = %s", [late.pk])
        words = set(cursor.fetchone()[0])
    known = vocabulary.known(words)
    new, held = sorted(words - set(known))[0], max(known, key=known.__getitem__)
    ordering = f"'{held}' | 'zanzibarkonferencen' | '{new}' | 'atlantis'"
    assert backend._held_anywhere(ordering) == f"'{held}' | '{new}'"
    assert backend._held_anywhere("'zanzibarkonferencen' | 'atlantis'") is None
    # The order the index hands out is the one all the words give.
    anyone = Narrowing("f.deleted = %s", (False,))
    pruned = backend.top(ordering, anyone, 3, typed=ordering)
    monkeypatch.setattr(backend, "_held_anywhere", lambda ordering: ordering)
    assert pruned == backend.top(ordering, anyone, 3, typed=ordering) and len(pruned) == 3


def test_a_part_found_only_by_translated_words_apart_counts_by_the_best_of_them(pg, backend, add_paper):
    # "skolevej": the German paper names the Schulweg, a glossary term of it; the long English
    # record only holds the words of its translations apart, each of them many times.
    minutes = " ".join(f"Punkt {n}: Der Ortschaftsrat beriet über Haushalt, Personal und Friedhof." for n in range(8))
    schulweg = add_paper("Ortschaftsrat", f"{minutes} Der Schulweg an der Hauptstraße soll sicherer werden.", language="de")
    items = " ".join(f"Item {n}: the school board met. The road budget grew. The street lights were fixed. "
                     f"The bus route changed. The carriageway was resurfaced." for n in range(6))
    add_paper("Council record", items, language="en")
    for n in range(6):
        add_paper(f"Referat {n}", f"Møde {n} om budgettet og sommerfesten.", language="da")
    backend.refresh_statistics()
    results = search_papers(query="skolevej", user=None)
    assert results.hits[0].paper.pk == schulweg.pk
