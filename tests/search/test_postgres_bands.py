"""PostgreSQL indexes over bands of paper ids: a broad search reads its newest band first, and finds what it found without them."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection

from townhall.search import selectors
from townhall.search.selectors import search_papers


@pytest.fixture
def pg(db, backend):
    if connection.vendor != "postgresql":
        pytest.skip("TOWNHALL_DATABASE_URL does not point to PostgreSQL")
    from townhall.search.backends.postgres import rum_available

    if not rum_available():
        pytest.skip("the rum extension is not installed (postgresql-15-rum)")
    assert backend._finds_by_terms


def _bands(width: int | None) -> None:
    from townhall.search.backends import bands

    with connection.cursor() as cursor:
        if width is None:
            bands.drop(cursor)
        else:
            bands.create(cursor, width)


def _seen(query: str, **options) -> tuple:
    results = search_papers(query=query, user=None, **options)
    return (results.total, results.approximate, results.facets, [hit.paper.name for hit in results.hits],
            results.undated_left_out)


@pytest.fixture
def harbour(pg, add_paper, backend, monkeypatch):
    """60 papers, four in five about the harbour, one in three a proposal, one year each."""
    papers = []
    for n in range(60):
        text = f"Havnen udvides, afsnit {n}." if n % 5 else f"Skolen får nyt tag, afsnit {n}."
        papers.append(add_paper(f"Sag {n}", text, kind="proposal" if n % 3 == 0 else "other",
                                paper_date=date(1990 + n, 1, 1) if n % 7 else None))
    backend.refresh_statistics()
    from townhall.search.backends import postgres_candidates

    # Counted up to the newest four matches; every range asked of the index, never walked.
    monkeypatch.setattr(selectors, "COUNT_CAP", 4)
    monkeypatch.setattr(postgres_candidates, "_WALK_REST_SHARE", 2.0)
    return papers


SEARCHES = [
    ("havn", {"sort": "date"}),
    ("havn", {}),
    ("havn", {"filters": {"kind": "proposal"}, "sort": "date"}),
    ("havn", {"filters": {"date_from": "2030-01-01"}, "sort": "newest"}),
    ('"havnen udvides"', {"filters": {"kind": "proposal"}}),
    ("havn*", {"filters": {"kind": "proposal"}, "sort": "date"}),
    # Words that must all be present: each asked of a band's index as a key of its own.
    ("skole afsnit", {}),
    ("afsnit havn", {"filters": {"kind": "proposal"}, "sort": "date"}),
    ("havn -skole", {"sort": "date"}),
    # One group of alternatives, one of several words: the alternatives asked of a band's index apart.
    ('skole OR "havnen udvides"', {"sort": "date"}),
    ('tag OR "havnen udvides"', {"filters": {"kind": "proposal"}}),
    # An alternative the word standing alone holds: not asked at all.
    ('havn OR "havnen udvides"', {"sort": "date"}),
]


@pytest.mark.parametrize(("query", "options"), SEARCHES)
def test_bands_find_count_and_facet_what_the_whole_index_does(harbour, query, options):
    _bands(None)
    without = _seen(query, **options)
    _bands(7)
    from townhall.search.backends import bands

    assert len(bands.present()) >= 9
    assert _seen(query, **options) == without


def test_a_broad_search_over_bands_counts_the_newest_matches(harbour):
    _bands(7)
    results = search_papers(query="havn", user=None, filters={"kind": "proposal"}, sort="newest")
    newest = [f"Sag {n}" for n in range(59, -1, -1) if n % 5 and n % 3 == 0][:4]
    assert (results.total, results.approximate) == (4, True)
    assert [hit.paper.name for hit in results.hits][:4] == newest
    assert [row[2] for row in results.facets["kind"]] == [4]


def test_a_search_reading_its_newest_papers_in_ranges_reads_each_band_once(harbour, backend, monkeypatch):
    from townhall.search.backends import bands

    _bands(7)
    read = []
    condition = bands.condition

    def recording(band, low, high):
        read.append(band)
        return condition(band, low, high)

    monkeypatch.setattr(bands, "condition", recording)
    # One match in six is a proposal: the first range of newest papers holds too few of them.
    found = backend.candidates("'havn'", selectors._narrowing({"kind": "proposal"}, None), 5, scored=False)
    newest = sorted((paper.pk for n, paper in enumerate(harbour) if n % 5 and n % 3 == 0), reverse=True)
    assert [row[0] for row in found] == newest[:5]
    assert len(set(read)) > 2
    assert len(read) == len(set(read))


def test_papers_indexed_past_the_last_band_get_a_band_and_are_found(harbour, add_paper):
    from townhall.search.backends import bands

    _bands(7)
    last = bands.present()[-1]
    added = [add_paper(f"Ny {n}", f"Havnen udvides igen, afsnit {n}.", kind="proposal",
                       paper_date=date(2100 + n, 1, 1)) for n in range(20)]
    assert bands.present()[-1][1] > max(paper.pk for paper in added)
    assert bands.present()[-1][1] > last[1]
    results = search_papers(query="havn", user=None, filters={"kind": "proposal"}, sort="newest")
    assert [hit.paper.name for hit in results.hits][:4] == ["Ny 19", "Ny 18", "Ny 17", "Ny 16"]


def test_whether_a_visitor_may_see_a_match_is_answered_over_bands_as_by_the_whole_index(pg, add_paper, backend):
    """The check behind "did you mean": a word only hidden papers hold finds nothing; one in an old band is found."""
    from townhall.search.backends.base import Narrowing

    add_paper("Gammel sag", "Kystsikring ved stranden.")
    for n in range(30):
        add_paper(f"Sag {n}", f"Havnen udvides, afsnit {n}.")
    add_paper("Lukket sag", "Fortrolig grundsalg.", public=False)
    backend.refresh_statistics()
    visitor = selectors._narrowing({}, None)
    anywhere = Narrowing("1 = 1")
    cases = [("'kystsikring'", visitor), ("'havn'", visitor), ("'grundsalg'", visitor), ("'grundsalg'", anywhere),
             ("'kystsikring' & 'strand'", visitor), ("'kystsikring' <-> 'ved'", visitor), ("'zanzibar'", anywhere)]
    _bands(None)
    without = [backend.any_match(expression, narrowing) for expression, narrowing in cases]
    assert without == [True, True, False, True, True, False, False]
    _bands(7)
    from townhall.search.backends import bands

    assert len(bands.present()) >= 5
    assert [backend.any_match(expression, narrowing) for expression, narrowing in cases] == without




def test_bands_read_from_the_catalogue_are_kept_only_while_their_connection_is_open(pg):
    """A server opening a connection per request must not keep one entry per request it ever served."""
    import gc
    import threading

    from django.db import connections

    from townhall.search.backends import bands

    assert bands.present() is bands.present()  # read once per connection
    held = len(bands._known)

    def request() -> None:  # a request in a thread of its own: its own connection, closed at its end
        try:
            bands.present()
            assert len(bands._known) == held + 1
        finally:
            connections.close_all()

    for _ in range(3):
        thread = threading.Thread(target=request)
        thread.start()
        thread.join()
    gc.collect()
    assert len(bands._known) == held
