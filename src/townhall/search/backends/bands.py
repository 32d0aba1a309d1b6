"""Indexes over bands of paper ids, so a broad search reads the postings of its newest papers only.

A search with more than ``selectors.COUNT_CAP`` matches counts and facets the newest of them.
The GIN index over stripped vectors answers a query with the whole posting list of each of its
words, whatever range of paper ids is asked: at a million papers, finding the matches among the
newest 30,000 papers read the postings of all 55,000 matches of a compound and its glossary
alternatives (90-170 ms), once per range of newest papers read. A partial GIN index per band of
``WIDTH`` paper ids (``search_paper_vector_band_<low>_<high>``) holds the postings of its papers
only: the same range read from its band took 4-12 ms, and each older band read costs in
proportion to its own papers, not to the archive.

The bands cover the ids from the oldest paper's band up to one band beyond the newest paper; a
band is added as papers are indexed into the last one (``extend``). A search asks a band for its
papers with the band's own bounds (so the planner can use its index) and cuts the range it wants
with ``paper_id + 0`` (which no index answers, so the planner does not pick the index of the
whole archive ANDed with the key instead). The bands change how matches are found, never which:
without them (or past them) the index of the whole archive answers as before.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable

from django.db import connection

TABLE = "search_paper_vector"
PREFIX = f"{TABLE}_band_"
#: Paper ids per band: small enough that the newest band's postings are a small share of a large
#: archive's, large enough that a search reading every band (a rare filter) sends few statements.
WIDTH = 65_536
_NAME_RE = re.compile(rf"^{PREFIX}(\d+)_(\d+)$")

#: The bands present, per open database connection (read from the catalogue once per connection,
#: so a process sees bands another one added from its next connection on). An entry goes with its
#: connection: a server opening a connection per request keeps no more entries than it has open.
_known: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def present() -> tuple[tuple[int, int], ...]:
    """Return the bands with an index, ``(low, high)`` ascending, without overlaps."""
    opened = connection.connection
    found = _known.get(opened) if opened is not None else None
    if found is None:
        with connection.cursor() as cursor:
            found = _without_overlaps(_NAME_RE.match(name) for name in _names(cursor, valid_only=True))
        _known[connection.connection] = found
    return found


def _names(cursor, *, valid_only: bool) -> list[str]:
    """Return the names of the bands' indexes in the catalogue (only those ready for use when ``valid_only``)."""
    cursor.execute(
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        f"WHERE i.indrelid = %s::regclass{' AND i.indisvalid' if valid_only else ''} AND c.relname LIKE %s",
        [TABLE, PREFIX.replace("_", r"\_") + "%"],
    )
    return [name for (name,) in cursor.fetchall()]


def _without_overlaps(matches: Iterable[re.Match | None]) -> tuple[tuple[int, int], ...]:
    bands: list[tuple[int, int]] = []
    for low, high in sorted((int(m.group(1)), int(m.group(2))) for m in matches if m):
        if high > low and (not bands or low >= bands[-1][1]):
            bands.append((low, high))
    return tuple(bands)


def width() -> int | None:
    """Return the width of the bands present (the last one's), or None without bands."""
    found = present()
    return found[-1][1] - found[-1][0] if found else None


def forget() -> None:
    """Read the bands from the catalogue again at the next search (after they changed)."""
    _known.clear()


def pieces(low: int, high: int) -> list[tuple[tuple[int, int] | None, int, int]]:
    """Split the ids from ``low`` up to ``high`` (excluded) at the bands' bounds, the highest first.

    Each piece is ``(band, low, high)``: ``band`` the ``(low, high)`` of the band whose index
    answers it, or None for ids no band covers (the index of the whole archive answers).
    """
    result: list[tuple[tuple[int, int] | None, int, int]] = []
    top = high
    for band in reversed(present()):
        if top <= low:
            break
        band_low, band_high = band
        if band_low >= top:
            continue
        if band_high <= low:
            break
        if band_high < top:
            result.append((None, band_high, top))
        result.append((band, max(band_low, low), min(band_high, top)))
        top = band_low
    if top > low:
        result.append((None, low, top))
    return result


def floor(low: int) -> int:
    """Return the lowest id of the band holding ``low`` (``low`` itself when no band holds it).

    A range cut inside a band costs its whole band: the band's index hands out the band's
    matches, each row is read and tested, and only then is the cut applied (``paper_id + 0``).
    A search reading its newest papers in ranges starts a range at a band's bound, so no band
    is read twice.
    """
    for band_low, band_high in present():
        if band_low <= low < band_high:
            return band_low
    return low


def condition(band: tuple[int, int] | None, low: int | None, high: int | None) -> tuple[str, list[int]]:
    """Return the SQL (to AND with the match) that keeps the ids from ``low`` to ``high`` (excluded), and its parameters.

    In a band: the band's own bounds, which let the planner use its index, and the range wanted
    within it as ``paper_id + 0``. Outside the bands: the range on the key, as before.
    """
    sql, params = "", []
    if band is not None:
        sql, params = " AND paper_id >= %s AND paper_id < %s", [band[0], band[1]]
        if low is not None and low > band[0]:
            sql, params = sql + " AND paper_id + 0 >= %s", [*params, low]
        if high is not None and high < band[1]:
            sql, params = sql + " AND paper_id + 0 < %s", [*params, high]
        return sql, params
    if low is not None:
        sql, params = " AND paper_id >= %s", [low]
    if high is not None:
        sql, params = sql + " AND paper_id < %s", [*params, high]
    return sql, params


def _create(cursor, low: int, high: int) -> None:
    # Two writers reaching a new band at once: the second waits for the first to commit, then
    # finds the index there (IF NOT EXISTS alone would race on the index's name).
    cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [PREFIX])
    cursor.execute(f"CREATE INDEX IF NOT EXISTS {PREFIX}{low}_{high} ON {TABLE} USING gin (strip(vector)) "
                   f"WHERE paper_id >= {int(low)} AND paper_id < {int(high)}")


def drop(cursor) -> None:
    """Drop every band's index."""
    for name in _names(cursor, valid_only=False):
        cursor.execute(f'DROP INDEX IF EXISTS "{name}"')
    forget()


def create(cursor, width: int = WIDTH) -> int:
    """Index the ids from the oldest paper's band to one band beyond the newest in bands of ``width``; return how many.

    Bands already there are kept when their width is ``width``; others are dropped first.
    """
    cursor.execute(f"SELECT coalesce(min(paper_id), 0), coalesce(max(paper_id), 0) FROM {TABLE}")
    oldest, newest = (int(value) for value in cursor.fetchone())
    forget()
    if any(high - low != width or low % width for low, high in present()):
        drop(cursor)
    numbers = range(oldest // width, newest // width + 2)
    for number in numbers:
        _create(cursor, number * width, (number + 1) * width)
    forget()
    return len(numbers)


def extend(cursor, newest: int) -> None:
    """Add a band beyond the last when ``newest`` (a paper just indexed) lies in the last band."""
    bands = present()
    if not bands:
        return
    low, high = bands[-1]
    while newest >= low:
        low, high = high, high + (high - low)
        _create(cursor, low, high)
        forget()
