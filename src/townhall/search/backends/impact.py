"""Lists of the papers where a common word weighs most, so a search need not rank every paper holding it.

The RUM index hands out matches in order of rank, but before the first it ranks every paper
holding a word it orders by: for a word a tenth of the archive holds, a tenth of the archive per
search, growing with the archive. For a word held by at least ``MIN_DOCS`` papers,
``search_term_top`` keeps the ``DEPTH`` papers where the word has the highest impact (its BM25
share: the weighed frequency, saturated by the paper's length, as ``PostgresBackend._head`` scores
it), and ``search_term_top_floor`` the impact of the last one kept (the floor): every paper left
out of a list scores at most its floor there.

A search that orders by such words (``ordered_head``) reads their lists from the highest impact
down, with the rarer words of its ordering query scored on the spot, and tests the whole query
and the filters on those rows. When ``head`` of them pass at or above the highest floor, they are
exactly the ``head`` matches of highest impact: no paper outside the lists can score above them.
Otherwise the caller orders from the RUM index as before. The cost is bounded by the lists'
depth, whatever the size of the archive.

A list is made when a search first orders by its word (one pass over the papers holding it,
through the index over stripped vectors) and kept true as papers are indexed: a paper written
with an impact above a word's floor joins that word's list; a paper removed or indexed again
leaves every list first. A rebuild empties them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from django.db import connection, transaction

from townhall.search import vocabulary
from townhall.search.backends.base import FACET_TABLE, Narrowing
from townhall.search.backends.rarity import B as _B
from townhall.search.backends.rarity import COLUMN_SCALE as _SCALE
from townhall.search.backends.rarity import COLUMN_WEIGHTS as _WEIGHTS
from townhall.search.backends.rarity import K1 as _K1

TOP = "search_term_top"
FLOOR = "search_term_top_floor"
VECTORS = "search_paper_vector"
#: Papers holding a word from which a search orders by its list rather than by RUM: below that RUM
#: ranks few papers and is quick.
MIN_DOCS = 2000
#: Papers kept per word: deep enough that the best ``RANKED_HEAD`` passing usual filters are in it.
DEPTH = 2000
#: Listed words one ordering query may read at most (each list is up to ``DEPTH`` rows).
MAX_LISTED = 16
#: Rows of the lists tested, per paper wanted, before the lists give way to RUM: when the other
#: words or the filters leave few of the listed papers, testing them all would cost more than RUM.
SCANNED = 5
#: Papers holding the other words of an ordering query, scored on the spot, at most (summed from
#: the vocabulary); above, RUM orders them faster (ts_rank_cd of several words costs up to 0.1 ms a paper).
REST_DOCS = 2000
_TERM_RE = re.compile(r"'((?:[^']|'')*)'")
_JOINERS_RE = re.compile(r"[\s|()]*")
_PREFIX_RE = re.compile(r"'((?:[^']|'')*)':\*")
#: Words a prefix may stand for in an ordering query: more, and RUM orders it.
MAX_EXPANDED = 64


def impact_sql(term_param: str = "%s::tsquery", average: str = "%s") -> str:
    """Return SQL of one word's BM25 impact in row ``v`` (a vector with its ``length``)."""
    frequency = f"{_SCALE} * ts_rank_cd('{_WEIGHTS}', v.vector, {term_param}, 0)"
    # The word's placeholder comes before the average's, in the order the parameters are given.
    return (f"(SELECT f * {_K1 + 1} / (f + {_K1} * (1 - {_B} + {_B} * GREATEST(v.length, 1) / a)) "
            f"FROM (SELECT {frequency} AS f, ({average})::float8 AS a) x)")


def plain_terms(ordering: str) -> list[str] | None:
    """Return the words of ``ordering`` when it is only words joined by OR (no AND, NOT, prefix or phrase)."""
    if _JOINERS_RE.fullmatch(_TERM_RE.sub("", ordering)) is None or "'" not in ordering:
        return None
    return list(dict.fromkeys(term.replace("''", "'") for term in _TERM_RE.findall(ordering)))


def listed_terms(ordering: str) -> list[str] | None:
    """Return the words of ``ordering`` (words and prefixes joined by OR), each prefix as the words it begins.

    A prefix stands for the vocabulary's words that begin with it: a search orders its papers
    from their lists as from those words typed. None when ``ordering`` is anything else, or a
    prefix begins more than ``MAX_EXPANDED`` words. A word indexed since the vocabulary was
    last filled is not among them: it orders no paper until the next filling (every match is
    still found and counted; the head is picked among the others).
    """
    words = plain_terms(_PREFIX_RE.sub(lambda match: f"'{match.group(1)}'", ordering))
    prefixes = {term.replace("''", "'") for term in _PREFIX_RE.findall(ordering)}
    if words is None or not prefixes:
        return words
    found = [word for word in words if word not in prefixes]
    for prefix in sorted(prefixes):
        beginning = _beginning_with(prefix, MAX_EXPANDED + 1)
        if len(beginning) > MAX_EXPANDED:
            return None
        found.extend(beginning)
    return list(dict.fromkeys(found)) or None


def _beginning_with(prefix: str, limit: int) -> list[str]:
    """Return up to ``limit`` words of the vocabulary that begin with ``prefix`` (``prefix`` itself too)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT term FROM {vocabulary.TABLE} WHERE term >= %s AND term < %s AND term NOT IN (%s, %s) "
                       "ORDER BY term LIMIT %s", [prefix, prefix + "\U0010ffff", vocabulary.TOTAL, vocabulary.FILLING, limit])
        return [row[0] for row in cursor.fetchall()]


def _quoted(term: str) -> str:
    return "'" + term.replace("'", "''") + "'"


def floors(common: Sequence[str], average: float) -> dict[str, float]:
    """Return the floor of each of the ``common`` words, making the lists of those that have none."""
    found = _floors(common)
    # In one order everywhere, so two searches making the same lists at once wait rather than deadlock.
    for term in sorted(common):
        if term not in found:
            found[term] = _fill(term, average)
    return found


def _floors(terms: Sequence[str]) -> dict[str, float]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT term, floor FROM {FLOOR} WHERE term = ANY(%s)", [list(terms)])
        return {term: float(floor) for term, floor in cursor.fetchall()}


def _fill(term: str, average: float) -> float:
    """Make the list of ``term``: its ``DEPTH`` papers of highest impact; return its floor."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            f"INSERT INTO {TOP} (term, paper_id, impact) SELECT %s, paper_id, impact FROM ("
            f"SELECT v.paper_id, {impact_sql()} AS impact FROM {VECTORS} v WHERE strip(v.vector) @@ %s::tsquery "
            f"ORDER BY 2 DESC, 1 DESC LIMIT {DEPTH}) s ON CONFLICT (term, paper_id) DO UPDATE SET impact = EXCLUDED.impact "
            "RETURNING impact",
            [term, _quoted(term), average, _quoted(term)],
        )
        impacts = [float(row[0]) for row in cursor.fetchall()]
        # Fewer than DEPTH: the list holds every paper with the word, and any new one joins it.
        floor = min(impacts) if len(impacts) >= DEPTH else 0.0
        cursor.execute(f"INSERT INTO {FLOOR} (term, floor, average) VALUES (%s, %s, %s) "
                       "ON CONFLICT (term) DO UPDATE SET floor = EXCLUDED.floor, average = EXCLUDED.average",
                       [term, floor, average])
    return floor


def ordered_head(
    ordering: str, tests: Sequence[str], narrowing: Narrowing, head: int, average: float,
) -> list[int] | None:
    """Return the ``head`` matches of highest impact for ``ordering`` that pass ``tests`` and ``narrowing``.

    None when the lists cannot say it: ``ordering`` is not words (or prefixes) joined by OR, holds no common
    word or too many, its other words are held by too many papers, or fewer than ``head`` rows
    pass at or above the highest floor among the ``SCANNED * head`` best read.
    """
    terms = listed_terms(ordering)
    if not terms:
        return None
    # A word the vocabulary does not know yet was indexed since it was filled: rarely a common one.
    docs = vocabulary.known(terms)
    common = [term for term in terms if docs.get(term, 0) >= MIN_DOCS]
    rest = [term for term in terms if term not in common]
    if not common or len(common) > MAX_LISTED or sum(docs.get(term, 0) for term in rest) > REST_DOCS:
        return None
    listed = floors(common, average)
    least = max(listed.values())
    sources = [f"SELECT paper_id, impact FROM {TOP} WHERE term = ANY(%s) AND impact >= %s"]
    params: list = [list(listed), least]
    if rest:
        # The rarer words of the ordering query are scored on the spot (few papers hold them), all
        # at once: the impact of their occurrences together, at least that of the best of them.
        either = " | ".join(_quoted(term) for term in rest)
        # OFFSET 0: each row's impact is computed once, not once to filter and once to read.
        sources.append(f"SELECT paper_id, impact FROM (SELECT v.paper_id, {impact_sql()} AS impact FROM {VECTORS} v "
                       f"WHERE strip(v.vector) @@ %s::tsquery OFFSET 0) r WHERE impact >= %s")
        params.extend([either, average, either, least])
    test = " AND ".join("ts_match_vq(m.vector, %s::tsquery)" for _ in tests)
    vector = (f"CROSS JOIN LATERAL (SELECT vector FROM {VECTORS} m WHERE m.paper_id = c.paper_id OFFSET 0) m "
              if tests else "")
    sql = (
        f"SELECT c.paper_id, c.impact FROM (SELECT paper_id, max(impact) AS impact FROM ("
        f"{' UNION ALL '.join(sources)}) u GROUP BY paper_id ORDER BY 2 DESC, 1 DESC LIMIT %s) c {vector}"
        f"CROSS JOIN LATERAL (SELECT 1 FROM {FACET_TABLE} f WHERE f.paper_id = c.paper_id AND {narrowing.sql} "
        f"OFFSET 0) f {'WHERE ' + test + ' ' if tests else ''}LIMIT %s"
    )
    with transaction.atomic(), connection.cursor() as cursor:
        # The rarer words are found through the index: a scan of the table would strip every vector
        # (enable_seqscan). One statement for the three settings: each is a round trip of its own.
        cursor.execute("SELECT set_config('jit', 'off', true), set_config('random_page_cost', '1.1', true), "
                       "set_config('enable_seqscan', 'off', true)")
        cursor.execute(sql, [*params, head * SCANNED, *narrowing.params, *tests, head])
        rows = cursor.fetchall()
    if len(rows) < head:
        # Too few passed among the best read (a paper further down or outside the lists might rank
        # among them): RUM orders. When ``head`` pass, read in order of impact, they are the best.
        return None
    return [int(paper_id) for paper_id, _impact in rows]


def _listed_any(cursor) -> bool:
    cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {FLOOR})")
    return bool(cursor.fetchone()[0])


def after_write(paper_ids: Sequence[int]) -> None:
    """Put the papers just indexed into the lists of their words where they score above the floor."""
    if not paper_ids:
        return
    with connection.cursor() as cursor:
        if not _listed_any(cursor):
            return
        cursor.execute(
            f"INSERT INTO {TOP} (term, paper_id, impact) SELECT term, paper_id, impact FROM ("
            f"SELECT fl.term, v.paper_id, fl.floor, {impact_sql('quote_literal(fl.term)::tsquery', 'fl.average')} "
            f"AS impact FROM {VECTORS} v CROSS JOIN LATERAL unnest(tsvector_to_array(v.vector)) AS l(term) "
            f"JOIN {FLOOR} fl ON fl.term = l.term WHERE v.paper_id = ANY(%s)) s WHERE impact > floor "
            "ON CONFLICT (term, paper_id) DO UPDATE SET impact = EXCLUDED.impact",
            [list(paper_ids)],
        )


def before_delete(paper_ids: Sequence[int]) -> None:
    """Take the papers whose entries are removed (or written again) out of every list."""
    if not paper_ids:
        return
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TOP} WHERE paper_id = ANY(%s)", [list(paper_ids)])


def clear() -> None:
    """Forget every list (the index is rebuilt)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TOP}")
        cursor.execute(f"DELETE FROM {FLOOR}")
