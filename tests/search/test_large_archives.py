"""What keeps a search fast on a large archive without changing what it finds.

Date-sorted pages above the count cap, long prefixes, phrases that add nothing, and on
SQLite the term statistics and the ranking used when BM25 would cost too much.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection

from townhall.search import selectors
from townhall.search.query import to_fts5
from townhall.search.selectors import search_papers

sqlite_only = pytest.mark.skipif("connection.vendor != 'sqlite'", reason="FTS5 index statistics are SQLite's")


def _names(results) -> list[str]:
    return [hit.paper.name for hit in results.hits]


def test_a_date_sorted_search_above_the_cap_still_shows_an_older_entry_with_a_newer_date(add_paper, monkeypatch):
    add_paper("Havn 2024", "Havnen udvides.", paper_date=date(2024, 5, 1))  # added first, dated last
    for year in range(2016, 2021):
        add_paper(f"Havn {year}", "Havnen udvides.", paper_date=date(year, 5, 1))
    monkeypatch.setattr(selectors, "COUNT_CAP", 3)
    results = search_papers(query="havn", user=None, sort="date", per_page=2)
    assert (results.approximate, _names(results)) == (True, ["Havn 2024", "Havn 2020"])


def test_a_date_sorted_search_below_the_cap_puts_undated_papers_last(add_paper):
    add_paper("Uden dato", "Cykelsti langs åen.")
    add_paper("Ældre", "Cykelsti langs åen.", paper_date=date(2019, 1, 1))
    add_paper("Nyere", "Cykelsti langs åen.", paper_date=date(2022, 1, 1))
    assert _names(search_papers(query="cykelsti", user=None, sort="date")) == ["Nyere", "Ældre", "Uden dato"]


def test_the_oldest_first_sort_also_puts_undated_papers_last(add_paper):
    add_paper("Uden dato", "Cykelsti langs åen.")
    add_paper("Nyere", "Cykelsti langs åen.", paper_date=date(2022, 1, 1))
    add_paper("Ældre", "Cykelsti langs åen.", paper_date=date(2019, 1, 1))
    assert _names(search_papers(query="cykelsti", user=None, sort="oldest")) == ["Ældre", "Nyere", "Uden dato"]


def test_a_long_prefix_finds_every_word_it_begins(add_paper):
    add_paper("Plan", "Klimaplanen for kommunen.")
    add_paper("Tilpasning", "Klimatilpasning ved havnen.")
    add_paper("Andet", "Kloakering ved havnen.")
    assert sorted(_names(search_papers(query="klimat* OR klimap*", user=None))) == ["Plan", "Tilpasning"]


def test_a_long_prefix_finds_a_word_indexed_after_the_same_search_ran(add_paper):
    add_paper("Første", "Klimatilpasning ved havnen.")
    assert _names(search_papers(query="klimat*", user=None)) == ["Første"]
    add_paper("Anden", "Klimatopmødet i byen.")
    assert sorted(_names(search_papers(query="klimat*", user=None))) == ["Anden", "Første"]


def test_a_phrase_that_a_single_alternative_already_covers_is_left_out_of_the_expression():
    expression = to_fts5("city council")
    assert '"council"' in expression and "city council" not in expression.replace('"citi council"', "")


def test_a_covered_phrase_left_out_finds_the_same_papers(add_paper):
    add_paper("Offentlig høring", "Der holdes offentlig høring om planen.", language="da")
    add_paper("Høring", "Høringen slutter i maj.", language="da")
    assert sorted(_names(search_papers(query="høring", user=None))) == ["Høring", "Offentlig høring"]


@sqlite_only
def test_term_statistics_count_the_papers_holding_each_common_term(add_paper, backend, monkeypatch):
    from townhall.search.backends import sqlite_fts5

    monkeypatch.setattr(sqlite_fts5, "COMMON_TERM_DOCS", 2)
    for n in range(3):
        add_paper(f"Budget {n}", "Budgettet for havnen." if n else "Budgettet for skolen.")
    assert backend.refresh_statistics() == 3
    with connection.cursor() as cursor:
        cursor.execute("SELECT term, docs FROM search_term_stats WHERE term IN ('havn', 'skol')")
        assert dict(cursor.fetchall()) == {"havn": 2}


@sqlite_only
def test_statistics_are_stale_once_the_index_has_grown(add_paper, backend, monkeypatch):
    from townhall.search.backends import sqlite_fts5

    monkeypatch.setattr(sqlite_fts5, "COMMON_TERM_DOCS", 1)
    add_paper("Første", "Budget.")
    backend.refresh_statistics()
    assert not backend.statistics_stale()
    for n in range(3):
        add_paper(f"Flere {n}", "Budget.")
    assert backend.statistics_stale()


@sqlite_only
def test_without_bm25_a_title_match_ranks_before_newer_text_only_matches(add_paper, monkeypatch):
    from townhall.search.backends import sqlite_fts5

    monkeypatch.setattr(sqlite_fts5, "BM25_BUDGET", -1)
    add_paper("Lokalplan for havnen", "Forslaget behandles i udvalget.")
    for n in range(3):
        add_paper(f"Punkt {n}", "Udvalget drøfter lokalplan og havnen.")
    results = search_papers(query="lokalplan", user=None)
    assert (_names(results)[0], results.total) == ("Lokalplan for havnen", 4)


@sqlite_only
def test_without_bm25_a_rare_term_in_the_title_weighs_more_than_a_common_one(add_paper, backend, monkeypatch):
    from townhall.search.backends import sqlite_fts5

    monkeypatch.setattr(sqlite_fts5, "BM25_BUDGET", -1)
    monkeypatch.setattr(sqlite_fts5, "COMMON_TERM_DOCS", 1)
    add_paper("Skybrud", "Skybrud og budget i havnen.")
    add_paper("Budget", "Skybrud og budget i havnen.")
    for n in range(6):
        add_paper(f"Budget {n}", "Budget for skolen.")
    backend.refresh_statistics()
    top = _names(search_papers(query="skybrud OR budget", user=None))[0]
    assert top == "Skybrud"


@sqlite_only
def test_without_bm25_the_same_papers_are_found(add_paper, monkeypatch):
    from townhall.search.backends import sqlite_fts5

    for n in range(4):
        add_paper(f"Punkt {n}", "Udvalget drøfter lokalplanen." if n % 2 else "Udvalget drøfter budgettet.")
    with_bm25 = sorted(_names(search_papers(query="lokalplan", user=None)))
    monkeypatch.setattr(sqlite_fts5, "BM25_BUDGET", -1)
    assert sorted(_names(search_papers(query="lokalplan", user=None))) == with_bm25 == ["Punkt 1", "Punkt 3"]


@sqlite_only
def test_a_grown_index_gets_fresh_statistics_and_a_current_one_is_left_alone(add_paper, monkeypatch):
    from townhall.search.backends import sqlite_fts5
    from townhall.search.statistics import refresh_if_stale

    monkeypatch.setattr(sqlite_fts5, "COMMON_TERM_DOCS", 1)
    for n in range(3):
        add_paper(f"Punkt {n}", "Budget.")
    assert (refresh_if_stale(), refresh_if_stale()) == (True, False)


@sqlite_only
def test_an_alternative_no_paper_has_is_left_out_with_the_same_matches_and_scores(add_paper, backend):
    add_paper("Havn", "Havn og by.")
    add_paper("By", "By, by og havn.")
    expression = '("havn" OR "zzhavn") AND ("by" OR "zzstadt" OR "zzcity")'
    pruned = backend.pruned(expression)
    assert pruned == '("havn") AND ("by")'
    assert backend.search(pruned) == backend.search(expression) and len(backend.search(expression)) == 2


@sqlite_only
def test_an_alternative_left_out_is_looked_for_again_once_a_paper_has_it(add_paper, backend):
    add_paper("Havn", "Havn og by.")
    expression = '("havn" OR "zzhavn")'
    assert backend.pruned(expression) == '("havn")'
    add_paper("Zzhavn", "Zzhavn.")
    assert backend.pruned(expression) == expression
    assert len(backend.search(backend.pruned(expression))) == 2


@sqlite_only
def test_threads_searching_at_once_each_get_their_expression_without_absent_words(add_paper, backend, transactional_db):
    # A threaded web server runs searches side by side, each thread on its own connection; what one
    # thread learns or forgets of the index must never break another's search.
    import threading

    add_paper("Havn", "Havn og by.")
    add_paper("By", "By, by og havn.")
    failures: list[BaseException] = []
    outcomes: list[tuple[str, str]] = []

    def search(thread: int) -> None:
        try:
            for round_ in range(60):
                # Words no paper has, new every round, so each call looks them up.
                expression = f'("havn" OR "zz{thread}x{round_}a") AND ("by" OR "zz{thread}x{round_}b")'
                outcomes.append((backend.pruned(expression), expression))
        except BaseException as error:  # noqa: BLE001 - the test reports whatever a thread raised
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=search, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(outcomes) == 240 and {pruned for pruned, _ in outcomes} == {'("havn") AND ("by")'}


@sqlite_only
def test_older_matches_counted_without_a_score_stay_below_every_scored_one(add_paper, monkeypatch):
    from townhall.search.backends import sqlite_fts5

    # The oldest matches would rank first if they were scored; only the newest 110 are.
    for n in range(20):
        add_paper(f"Havneplan {n}", "Havnen udvides.")
    for n in range(100):
        add_paper(f"Punkt {n}", "Udvalget drøfter havnen og skolen.")
    for n in range(10):
        add_paper(f"Havneudvidelse {n}", "Havnen udvides.")
    monkeypatch.setattr(sqlite_fts5, "BM25_RANKED", 110)
    results = search_papers(query="havn", user=None, per_page=20)
    assert results.total == 130
    assert _names(results) == [f"Havneudvidelse {n}" for n in range(9, -1, -1)] + [f"Punkt {n}" for n in range(99, 89, -1)]
    page_six = search_papers(query="havn", user=None, per_page=20, page=6)
    assert _names(page_six) == [f"Punkt {n}" for n in range(9, -1, -1)] + [f"Havneplan {n}" for n in range(19, 9, -1)]


def test_a_small_index_is_counted_anew_after_any_change_a_large_one_after_a_tenth():
    from townhall.search.vocabulary import SMALL_INDEX, outgrown

    assert (outgrown(None, 0), outgrown(None, 1)) == (False, True)
    assert (outgrown(40, 40), outgrown(40, 41), outgrown(40, 39)) == (False, True, True)
    large = SMALL_INDEX * 5
    assert (outgrown(large, large + 1), outgrown(large, int(large * 1.1) + 1)) == (False, True)
