"""Find the newest matches of a PostgreSQL search, range by range of ids, the newest first."""

from __future__ import annotations

from django.db import connection

from townhall.search import vocabulary
from townhall.search.backends import bands
from townhall.search.backends.base import FACET_TABLE, Candidate, Narrowing
from townhall.search.backends.postgres_statements import fetch
from townhall.search.backends.postgres_table import TABLE
from townhall.search.backends.tsquery_conditions import keys_condition, terms_condition
from townhall.search.backends.tsquery_expression import clauses_of, finding, held_between, loose_tsquery, unwrapped

#: How many times the newest papers that should hold the wanted matches a broad search reads
#: first (``_first_window``), the largest share of the index its ranges of newest papers may
#: cover before the rest is read at once, and how many ranges it reads at most.
_WINDOW_FACTOR = 2
_WINDOW_SHARE = 0.25
_WINDOW_STEPS = 4
#: Share of the papers read in a search's ranges of newest papers that matched (filters
#: included), above which what is left below them is walked down the key rather than read
#: through the index (``candidates``).
_WALK_REST_SHARE = 0.1


class NewestMatches:
    """The candidates of ``PostgresBackend``: the newest matches passing the filters, read in ranges of ids."""

    def candidates(
        self, expression: str | None, narrowing: Narrowing, limit: int, *, exact: str | None = None,
        scored: bool = True, core: str | None = None, dated: bool = True,
    ) -> list[Candidate]:
        if expression is None:
            return super().candidates(expression, narrowing, limit, exact=exact, scored=scored)
        # The GIN index finds the matches ("paper_id + 0" keeps the planner from walking
        # the key instead and testing every vector); newest first, each is looked up in
        # the facet table by key (OFFSET 0 keeps that a per-row lookup rather than a scan
        # of the whole table) until ``limit`` pass. Only those are read again to be
        # ranked, since ts_rank reads the whole vector.
        score, score_params = self._score(expression, exact, core) if scored else ("0", [])
        # Unscored (counting only, or ranked from the RUM index): the vectors are not read again.
        vectors = (f"CROSS JOIN LATERAL (SELECT vector FROM {TABLE} v WHERE v.paper_id = c.id OFFSET 0) v "
                   if scored else "")
        # Phrases and weights (``_matches``) are tested after the walk by id, on the rows it
        # reaches, not on every row the index found.
        lean = finding(expression)
        loose = loose_tsquery(lean) if self._finds_by_terms else None
        if loose is None:
            found, found_params, test, test_params = "vector @@ %s::tsquery", [lean], "", []
        else:
            found, found_params = terms_condition(loose)
            found_params = list(found_params)
            test, test_params = ("", []) if loose == lean else ("WHERE ts_match_vq(m.vector, %s::tsquery) ", [lean])
        # A broad query first reads only the newest papers, as many as should hold ``limit``
        # matches (``_first_window``). When they hold fewer, the next range of older papers is
        # sized from the share of matches found so far (filters and phrase tests included), and
        # read below the first, so no row is read twice; past ``_WINDOW_SHARE`` of the index the
        # rest is read at once. The answer is the same: the newest ``limit`` matches.
        newest, lowest, dense = self._first_window(loose, limit) if loose is not None else (None, None, False)
        rows: list[tuple] = []
        upper = None
        # Ids of the bands read so far and the matches found in them (``_band_group``).
        banded = [0, 0]
        for step in range(_WINDOW_STEPS):
            if step == _WINDOW_STEPS - 1:
                lowest = None
            walked = (lowest is not None and dense) or (
                upper is not None and len(rows) >= (newest - upper + 1) * _WALK_REST_SHARE)
            if walked or newest is None:
                ranges = [(None, lowest, upper)]
            else:
                # Each band of ids asked of its own index, the newest first (``bands``), the range
                # widened down to a band's bound: the band's index reads the whole band anyway.
                lowest = None if lowest is None else bands.floor(lowest)
                ranges = bands.pieces(0 if lowest is None else lowest, newest + 1 if upper is None else upper)
            while ranges:
                group, ranges = self._band_group(ranges, limit - len(rows), banded)
                selects, walk_params = [], []
                for band, low, high in group:
                    window, window_params = bands.condition(band, low, high)
                    if walked:
                        # A range of newest papers is walked down its key, each vector tested as read
                        # (``ts_match_vq``, no index), until ``limit`` matches pass: the index would hand
                        # out every match of the whole archive first, and ``strip`` would copy each
                        # vector only to test what the whole query tests anyway. What is left below the
                        # ranges is walked too when the ranges read had many matches passing the filters:
                        # the index would hand out, and the table be read for, every older match.
                        walk, params, walk_test, walk_test_params = (
                            f"ts_match_vq(vector, %s::tsquery){window}", [lean, *window_params], "", [])
                        order = "paper_id DESC"
                    elif band is not None:
                        # A band's index is asked for the whole query in one scan, a key per part that must
                        # be present (``keys_condition``): GIN ANDs the parts in the band's postings, and
                        # the planner cannot choose to test all but one part on every row instead
                        # (``strip`` unpacks each vector: 20-30 microseconds a row).
                        keys, key_params = keys_condition(loose)
                        walk, params, walk_test, walk_test_params = (
                            f"{keys}{window}", [*key_params, *window_params], test, test_params)
                        order = "paper_id + 0 DESC"
                    else:
                        walk, params, walk_test, walk_test_params = (
                            f"{found}{window}", [*found_params, *window_params], test, test_params)
                        order = "paper_id + 0 DESC"
                    selects.append(f"SELECT paper_id{', vector' if walk_test else ''} FROM {TABLE} WHERE {walk}")
                    walk_params.extend(params)
                source = selects[0] if len(selects) == 1 else f"SELECT * FROM ({' UNION ALL '.join(selects)}) u"
                sql = (
                    f"SELECT c.id, {score}, c.body_id, c.kind, c.language, c.year, c.date FROM ("
                    "SELECT m.paper_id AS id, f.body_id, f.kind, f.language, f.year, f.date FROM ("
                    f"{source} ORDER BY {order}) m "
                    f"CROSS JOIN LATERAL (SELECT f.body_id, f.kind, f.language, f.year, f.date FROM {FACET_TABLE} f "
                    f"WHERE f.paper_id = m.paper_id AND {narrowing.sql} OFFSET 0) f {walk_test}LIMIT %s"
                    f") c {vectors}ORDER BY c.id DESC"
                )
                # A prefix read from bands: the planner's guess of its share is loose (``_SETTINGS_BANDS``).
                guessed = not walked and all(band is not None for band, _, _ in group) and ":*" in loose
                found_now = fetch(sql, [*score_params, *walk_params, *narrowing.params, *walk_test_params,
                                         limit - len(rows)], bands_only=guessed)
                rows.extend(found_now)
                if not walked:
                    banded[0] += sum(high - low for band, low, high in group if band is not None)
                    banded[1] += len(found_now) if all(band is not None for band, _, _ in group) else 0
                if len(rows) >= limit:
                    return rows
            if lowest is None:
                return rows
            upper, lowest = lowest, self._next_window(newest, lowest, len(rows), limit)
        return rows

    @staticmethod
    def _band_group(ranges: list, wanted: int, banded: list[int]) -> tuple[list, list]:
        """Split off the first pieces of ``ranges`` to read in one statement; return them and the rest.

        One band first; then as many bands as should hold the ``wanted`` matches still missing
        at the share found in the bands read so far (and a quarter more), all that is left when
        none was found: a statement per band would cost more than its band when matches are few.
        A piece outside the bands goes alone.
        """
        if ranges[0][0] is None or not banded[0]:
            return ranges[:1], ranges[1:]
        spanned, found = banded
        needed = wanted * spanned / found * 1.25 if found else float("inf")
        taken, ids = 0, 0
        while taken < len(ranges) and ranges[taken][0] is not None and (not taken or ids < needed):
            ids += ranges[taken][2] - ranges[taken][1]
            taken += 1
        return ranges[:taken], ranges[taken:]

    def _first_window(self, query: str, limit: int) -> tuple[int | None, int | None, bool]:
        """Return the newest paper id, the lowest id of the newest papers to read first for ``limit`` matches, and density.

        Dense: surely more than ``_WALK_REST_SHARE`` of the papers match (a word of the query's
        rarest part that is an alternative of its own is held by that many), so a walk down the
        key finds matches faster than the index hands them out.

        The share of papers holding the query's rarest part (its terms summed from the
        vocabulary: at most overestimated) says how many of the newest papers hold ``limit``
        matches; twice that many are read first. A query held by few papers
        reads them all at once (None): the index finds them faster than a walk along the
        newest papers tests them; with bands of ids (``bands``) that holds only when the rarest
        part has at most ``limit`` papers, else the bands are read from the newest (the lowest id
        None, the newest id given).
        """
        # Words that must all be present: no more matches than the rarest part has.
        parts = [part for part in clauses_of(unwrapped(query.strip())) if not part.startswith("!")]
        held, least = min(held_between(parts).values(), default=(0, 0))
        indexed = vocabulary.indexed_when_filled() or 0
        if not held or not indexed:
            return None, None, False
        window = int(limit * indexed / min(held, indexed) * _WINDOW_FACTOR)
        if window > indexed * _WINDOW_SHARE and (held <= limit or not bands.present()):
            return None, None, False
        # The key's index answers at once: no planner settings, no transaction of its own.
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT max(paper_id) FROM {TABLE}")
            newest = cursor.fetchone()[0]
        if window > indexed * _WINDOW_SHARE:
            # Perhaps more than ``limit`` matches, spread thin: read band after band, the newest
            # first, until there are enough (``bands``), rather than every match at once.
            return newest, None, False
        dense = least >= indexed * _WALK_REST_SHARE
        return (None, None, False) if newest is None else (newest, newest - window, dense)

    def _next_window(self, newest: int, lowest: int, found: int, limit: int) -> int | None:
        """Return the lowest id of the next older range to read, or None to read all that is left.

        The range is sized from the matches ``found`` among the papers from ``lowest`` to
        ``newest``, with half as many again to spare.
        """
        indexed = vocabulary.indexed_when_filled() or 0
        spanned = newest - lowest + 1
        if found:
            wider = int((limit - found) * spanned / found * 1.5) + 1
        else:
            wider = spanned * 8
        if spanned + wider > max(indexed, spanned) * _WINDOW_SHARE:
            return None
        return lowest - wider
