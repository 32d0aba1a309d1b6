"""Run a PostgreSQL search statement with the planner settings that suit it; pass paper ids as one parameter."""

from __future__ import annotations

from collections.abc import Iterable

from townhall.search.backends import settings_message

#: Memory the ordered scan of the RUM index may sort in, at least (``work_mem``). Before handing
#: out its first row RUM sorts every paper holding a word it orders by (a few hundred bytes
#: each); beyond ``work_mem`` it sorts on disk: a prefix 24,000 papers hold took 640 ms with
#: PostgreSQL's default of 4 MB against 240 ms in memory (8 MB sufficed). 64 MB holds some 200,000.
RUM_SORT_MEMORY = "64MB"


def id_array(paper_ids: Iterable[int]) -> str:
    """Return ``paper_ids`` as the text of a PostgreSQL array, to pass as one parameter (``%s::bigint[]``).

    psycopg adapts a list of integers element by element in Python: 4-6 ms for the 5,000 ids a
    broad search counts, against well under one for their text.
    """
    return "{" + ",".join(map(str, map(int, paper_ids))) + "}"


_SETTINGS = (
    "SELECT set_config('jit', 'off', true), set_config('random_page_cost', '1.1', true), "
    "set_config('enable_seqscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)"
)
_SETTINGS_SORTING = (
    f"{_SETTINGS}, set_config('work_mem', CASE WHEN pg_size_bytes(current_setting('work_mem')) "
    f"< pg_size_bytes('{RUM_SORT_MEMORY}') THEN '{RUM_SORT_MEMORY}' ELSE current_setting('work_mem') END, true)"
)

# The planner has no statistics for a prefix (``'klima':*``): it guessed that twice as many
# papers of a band begin with it as do, and read the band along its key instead of through its
# index, stripping and testing all 65,536 vectors (150-200 ms at 1M papers against 11 ms through
# the band's index). Without plain index scans the band's index is the only way in; the per-row
# lookups of the statement (facets, vectors) go through bitmap scans instead, a little dearer a row.
_SETTINGS_BANDS = f"{_SETTINGS}, set_config('enable_indexscan', 'off', true)"


def fetch(sql: str, params: list, *, sorts_matches: bool = False, bands_only: bool = False) -> list[tuple]:
    """Run a search statement with planner settings that suit it; return its rows.

    ``sorts_matches``: the statement is an ordered scan of the RUM index, which may sort in
    ``RUM_SORT_MEMORY`` (or the server's ``work_mem`` if that is more). ``bands_only``: it reads
    bands of ids that only their own indexes should answer (``_SETTINGS_BANDS``).
    """
    # The row estimates of a broad search pass PostgreSQL's JIT threshold, and
    # compiling the plan takes longer than running it (jit). With the default random
    # page cost (spinning disks) the planner tests every vector in a scan of the
    # whole table instead of asking the GIN index (random_page_cost).
    # The row estimates of the index over stripped vectors are rough; with a LIMIT the
    # planner then reads the whole table in the hope of an early match, and computes
    # ``strip`` for every row. The index is faster for every search it serves (enable_seqscan).
    # Parallel workers cost a search more CPU than they save wall time: at 1M papers their
    # start, their share of the heap and the merge of their sorted rows added 10-270 ms of
    # CPU to a search, and with searches side by side (a site's load) no core is idle anyway.
    # All in one statement: a search sends some twenty statements, each in a transaction of its own.
    settings = _SETTINGS_SORTING if sorts_matches else _SETTINGS_BANDS if bands_only else _SETTINGS
    return settings_message.fetch(settings, sql, params)
