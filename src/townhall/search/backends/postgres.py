"""Search with PostgreSQL's full-text search (the default on PostgreSQL).

The index is the table ``search_paper_vector`` (created by this app's migration): one
``tsvector`` per paper, built from the analysed terms with the ``simple`` configuration,
which keeps each term as it is. Title and reference terms carry weight A, body terms C,
title compound parts B, compound parts of the text and reference chunks D; a GIN index answers ``@@`` and ``ts_rank`` orders
the matches. Queries come from ``townhall.search.query.to_tsquery`` and are cast with
``::tsquery`` so PostgreSQL does not re-parse the terms.
"""

from __future__ import annotations

import contextlib
import functools
import heapq
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter

from django.db import connection, transaction
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from townhall.search import vocabulary
from townhall.search.backends import bands, impact, rarity, settings_message, tsvector_windows
from townhall.search.analyzers import MAX_TERM_LENGTH
from townhall.search.backends.base import FACET_TABLE, INSIDE_SHARE, Candidate, IndexEntry, Narrowing, SearchBackend
from townhall.search.query import MatchPlan, matching_plan, plan_to_tsquery

TABLE = "search_paper_vector"
INDEX = "search_paper_vector_gin"
#: The RUM index (extension ``rum``, Debian's ``postgresql-15-rum``): it answers ``@@`` like the
#: GIN index and also hands out matches in order of relevance (``<=>``), so ranking needs no
#: pass over every match.
RUM_INDEX = "search_paper_vector_rum"
#: Matches read in order of relevance from the RUM index, per expression, and ranked again.
RANKED_HEAD = 200
#: Papers holding a term above which the second RUM pass of a search leaves the term out of its
#: order (``_rarer_terms``): RUM ranks every paper holding a term it orders by.
RUM_BUDGET = 150_000
_TERM_RE = re.compile(r"'((?:[^']|'')*)'")
_SINGLE_TERM_RE = re.compile(r"'((?:[^']|'')*)'")
#: One entry of the index: a term, or a prefix.
_ONE_ENTRY_RE = re.compile(r"'(?:[^']|'')*'(?::\*)?")
#: A GIN index over the vectors without positions and weights (``strip(vector)``), beside the RUM
#: index. RUM evaluates phrases, weights and every alternative of a query inside the index, which
#: for a query with dozens of glossary and compound alternatives took a second at 300,000 papers;
#: this index finds the same papers in a tenth of that (phrases and weights are then tested on the
#: few rows read). RUM is left to do what only it can: hand out matches in order of rank.
TERMS_INDEX = "search_paper_vector_terms"
_LOOSE_TOKEN_RE = re.compile(r"'(?:[^']|'')*'(?::[*A-D]+)?|<\d*-?>|[()!&|]|\s+")
#: Share of the indexed papers above which a term is left out of the order of a search's second
#: pass (``_rarer_terms``).
RARER_SHARE = 0.05
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
#: Matches a search ranks without the RUM index: the newest (``selectors.COUNT_CAP``).
RANKED_FALLBACK = 5000
#: Memory the ordered scan of the RUM index may sort in, at least (``work_mem``). Before handing
#: out its first row RUM sorts every paper holding a word it orders by (a few hundred bytes
#: each); beyond ``work_mem`` it sorts on disk: a prefix 24,000 papers hold took 640 ms with
#: PostgreSQL's default of 4 MB against 240 ms in memory (8 MB sufficed). 64 MB holds some 200,000.
RUM_SORT_MEMORY = "64MB"

#: Column weights of BM25 on the head of a ranking, as SQLite's (title and reference 8, title parts
#: 4, body 1, text parts 0.4), divided by ``_BM25_SCALE`` since ts_rank_cd takes weights up to 1.
_BM25_WEIGHTS = rarity.COLUMN_WEIGHTS
_BM25_SCALE = rarity.COLUMN_SCALE
#: Newest vectors whose lengths give the average length BM25 compares a paper's with.
_LENGTH_SAMPLE = 2000

logger = logging.getLogger(__name__)
#: ts_rank weights of D (extras), C (body), B (title parts, route and attachment names) and A (title, reference).
WEIGHTS = "{0.05, 0.2, 0.6, 1.0}"
# 1: divide the rank by 1 + log(length), so long papers do not win by bulk alone.
_NORMALIZATION = 1
_RANK = f"ts_rank('{WEIGHTS}', {TABLE}.vector, %s::tsquery, {_NORMALIZATION})"
#: Key of the advisory lock held while the vocabulary is filled anew ("vocb" in ASCII).
_REFILLING_LOCK = 0x766F6362



#: The expression that finds the same papers with fewer phrases (``query.matching_plan``), per
#: expression this backend rendered; at most ``_LEAN_KEPT`` are kept.
_LEAN: dict[str, str] = {}
_LEAN_KEPT = 4096


def id_array(paper_ids: Iterable[int]) -> str:
    """Return ``paper_ids`` as the text of a PostgreSQL array, to pass as one parameter (``%s::bigint[]``).

    psycopg adapts a list of integers element by element in Python: 4-6 ms for the 5,000 ids a
    broad search counts, against well under one for their text.
    """
    return "{" + ",".join(map(str, map(int, paper_ids))) + "}"


def finding(expression: str) -> str:
    """Return the form of ``expression`` that finds its papers with the fewest phrases to test."""
    return _LEAN.get(expression, expression)


@functools.lru_cache(maxsize=4096)
def loose_tsquery(expression: str) -> str | None:
    """Return ``expression`` with phrases as AND and without weights: what ``TERMS_INDEX`` can answer.

    Every paper matching ``expression`` matches the loose form. None when that cannot be said
    because a phrase or weight stands inside a negation (loosening it would exclude more).
    """
    pieces: list[str] = []
    negated: list[bool] = []  # per open parenthesis: whether it is negated
    pending_not = False
    for match in _LOOSE_TOKEN_RE.finditer(expression):
        token = match.group(0)
        inside_not = pending_not or any(negated)
        if token.startswith("'"):
            end = token.rfind("'") + 1
            term, marks = token[:end], token[end:]
            if marks and marks.strip(":*"):
                if inside_not:
                    return None
                marks = ":*" if "*" in marks else ""
            pieces.append(term + marks)
            pending_not = False
        elif token.startswith("<"):
            if inside_not:
                return None
            pieces.append("&")
        elif token == "!":
            pending_not = True
            pieces.append(token)
        elif token == "(":
            negated.append(pending_not)
            pending_not = False
            pieces.append(token)
        elif token == ")":
            if negated:
                negated.pop()
            pieces.append(token)
        else:
            pieces.append(token)
    loose = "".join(pieces)
    if sum(len(m.group(0)) for m in _LOOSE_TOKEN_RE.finditer(expression)) != len(expression):
        return None  # something this reader does not know: keep the expression as it is
    return loose


@functools.lru_cache(maxsize=4096)
def _any_term(expression: str) -> str:
    """Return a query for any of the terms and prefixes of ``expression`` that are not excluded."""
    negated = loose_tsquery(expression) is None or "!" in expression
    wanted = []
    for match in _LOOSE_TOKEN_RE.finditer(expression):
        token = match.group(0)
        if token.startswith("'"):
            end = token.rfind("'") + 1
            wanted.append(token[:end] + (":*" if "*" in token[end:] else ""))
    if negated or not wanted:
        # Exclusions name terms too: keep the expression as it is rather than order by them.
        return loose_tsquery(expression) or expression
    return " | ".join(dict.fromkeys(wanted))


def _top_level_parts(expression: str, joiner: str, *, whole_if: tuple[str, ...] = ()) -> list[str]:
    """Split ``expression`` at ``joiner`` outside parentheses; keep it whole if a ``whole_if`` operator joins it there."""
    parts, depth, start = [], 0, 0
    for match in _LOOSE_TOKEN_RE.finditer(expression):
        token = match.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif depth == 0 and token == joiner:
            parts.append(expression[start : match.start()].strip())
            start = match.end()
        elif depth == 0 and token in whole_if:
            return [expression]
    parts.append(expression[start:].strip())
    return [part for part in parts if part]


def _clauses(expression: str) -> list[str]:
    """Return the parts of ``expression`` joined by AND at its top level (the whole of it when there is one)."""
    return _top_level_parts(expression, "&")


def _alternatives(expression: str) -> list[str]:
    """Return the parts of ``expression`` joined by OR at its top level."""
    return _top_level_parts(_unwrapped(expression.strip()), "|", whole_if=("&", "!"))


def _unwrapped(part: str) -> str:
    """Return ``part`` without parentheses that enclose the whole of it."""
    while part.startswith("(") and part.endswith(")"):
        depth = 0
        for match in _LOOSE_TOKEN_RE.finditer(part):
            depth += {"(": 1, ")": -1}.get(match.group(0), 0)
            if depth == 0:
                break
        if match.end() != len(part):
            break
        part = part[1:-1].strip()
    return part


@functools.lru_cache(maxsize=4096)
def _terms_condition(loose: str, column: str = "strip(vector)") -> tuple[str, tuple[str, ...]]:
    """Return the condition that ``column`` (stripped vectors) matches ``loose``, for ``TERMS_INDEX``, and its parameters.

    GIN tests the whole query on every paper holding any of its words: for a query with
    dozens of glossary alternatives, each of the hundreds of thousands of postings of its
    common words is tested against all of them (700 ms at 1M papers for one search). Asked
    for each part on its own, the index tests each paper against the part that holds its word
    only, and the same papers are found. Alternatives joined by OR become a ``BitmapOr`` (the
    words standing alone asked together, each alternative of several words apart, where GIN
    skips along its rarest word); parts that must all be present become keys of one scan of
    the index, ANDed paper by paper (a part excluding words stays with the others).
    """
    clauses = _clauses(_unwrapped(loose.strip()))
    if len(clauses) > 1 and not any(clause.startswith("!") for clause in clauses):
        conditions, params = zip(*(_alternatives_condition(clause, column) for clause in clauses))
        return "(" + " AND ".join(conditions) + ")", tuple(param for group in params for param in group)
    return _alternatives_condition(loose, column)


@functools.lru_cache(maxsize=4096)
def _keys_condition(loose: str, column: str = "strip(vector)") -> tuple[str, tuple[str, ...]]:
    """Return the condition that ``column`` matches ``loose``, one key of a single index scan per part that must be present.

    For a band's index (``bands``): GIN scans a query of groups of alternatives ANDed
    (``('council' | 'byråd' ...) & ('house' | ...) & ...``) as one key, reading every posting of
    the rarest words until a whole group is covered and testing each paper found; given each
    group as a key of its own, it walks the rarest group's postings and skips along the others
    to the papers found there (8-9 ms -> 3 ms a band for ``council house building`` at 1M
    papers). The groups stay whole, so the band's one index answers every key in one scan
    (split further, as ``_terms_condition`` does, alternatives of several words become a
    ``BitmapOr`` and the other groups a test of every row). A group that excludes words keeps
    the query whole: alone it would ask for nearly every paper.

    A query of one group is split at its alternatives as ``_terms_condition`` does (a
    ``BitmapOr`` over the band's index): GIN tests every paper holding any word of a group
    against the whole group, while an alternative of several words asked on its own walks its
    rarest word (``Wohnungsbau``, ``hjemmeplejen``: a band's scan 8.7 -> 6.6 and 3.4 -> 2.2 ms at
    1M papers). Alternatives another one holds are left out of every group (``_unabsorbed``).
    """
    clauses = _clauses(_unwrapped(loose.strip()))
    if any(clause.startswith("!") for clause in clauses):
        return f"{column} @@ %s::tsquery", (loose,)
    if len(clauses) < 2:
        return _alternatives_condition(loose, column)
    return " AND ".join(f"{column} @@ %s::tsquery" for _ in clauses), tuple(map(_lone_key, clauses))


def _lone_key(clause: str) -> str:
    """Return ``clause`` (a group of alternatives) without the alternatives the others hold, if it stays one key."""
    _condition, params = _alternatives_condition(clause, "v")
    return params[0] if len(params) == 1 else clause


def _alternatives_condition(loose: str, column: str) -> tuple[str, tuple[str, ...]]:
    """Return the condition of ``_terms_condition`` for ``loose`` split at its alternatives (OR)."""
    parts = _alternatives(loose)
    single = [part for part in parts if _ONE_ENTRY_RE.fullmatch(_unwrapped(part))]
    joined = _unabsorbed([part for part in parts if part not in single], {_unwrapped(part) for part in single})
    if len(parts) < 2 or not joined:
        if single and len(single) < len(parts):
            # Every alternative of several words was held in the words standing alone.
            return f"{column} @@ %s::tsquery", (" | ".join(single),)
        return f"{column} @@ %s::tsquery", (loose,)
    queries = ([" | ".join(single)] if single else []) + joined
    return "(" + " OR ".join(f"{column} @@ %s::tsquery" for _ in queries) + ")", tuple(queries)


def _unabsorbed(joined: Sequence[str], alone: set[str]) -> list[str]:
    """Return the alternatives of ``joined`` that may find a paper no other alternative finds.

    The glossary and the compound splitter write alternatives that hold one another: a compound's
    parts with the synonyms of its head (``('stadt' | 'by') & ('bibliothek' | 'librari')``) beside
    those synonyms standing alone (``'bibliothek' | 'librari'``). Every paper of such a part is a
    paper of the words alone, yet GIN would read the postings of all its words to say so (half a
    second at 1M papers for a city's synonyms). A part whose words that must all be present
    include a group of words among ``alone`` (or every group of another kept part) adds nothing.
    """
    shapes = [[(_entries(clause), clause) for clause in _clauses(_unwrapped(part))] for part in joined]
    kept: list[str] = []
    for index, shape in enumerate(shapes):
        if any(entries is not None and entries <= alone for entries, _clause in shape):
            continue
        # Of two alternatives holding each other (the same papers), the first is kept.
        if any(other != index and _holds(shapes[other], shape)
               and not (_holds(shape, shapes[other]) and other > index) for other in range(len(shapes))):
            continue
        kept.append(joined[index])
    return kept


def _entries(clause: str) -> frozenset[str] | None:
    """Return the words and prefixes of ``clause`` when it is only those joined by OR (else None)."""
    parts = [_unwrapped(part) for part in _alternatives(clause)]
    if all(_ONE_ENTRY_RE.fullmatch(part) for part in parts):
        return frozenset(parts)
    return None


def _holds(wider: list, narrower: list) -> bool:
    """Return whether every paper matching the clauses ``narrower`` matches the clauses ``wider``."""
    return all(any(entries is not None and wide is not None and entries <= wide or clause == wide_clause
                   for entries, clause in narrower)
               for wide, wide_clause in wider)


def _rarest_clause(expression: str) -> str:
    """Return the part of ``expression`` (words that must all be present) held by the fewest papers.

    Every match of ``expression`` matches that part. Parts are counted from the vocabulary (the
    terms of a part summed); a negated part or one with a prefix is never chosen. ``expression``
    itself when it has one part only.
    """
    return _rarest_part(expression, vocabulary.filling())


@functools.lru_cache(maxsize=4096)
def _rarest_part(expression: str, filling: tuple[int, int] | None) -> str:
    parts = _clauses(_unwrapped(expression.strip()))
    if len(parts) == 1:
        # Alternatives that all hold one part ("city council" | "citi council"): that part.
        shared = None
        for alternative in _alternatives(parts[0]):
            found = set(_clauses(_unwrapped(alternative)))
            shared = found if shared is None else shared & found
        parts = sorted(shared or ())
    if len(parts) < 2 and not (parts and parts[0] != expression):
        return expression
    held = _held([part for part in parts if not part.startswith("!") and "*" not in part])
    if not held:
        return expression
    return min(held, key=held.__getitem__)


def _held(parts: Sequence[str]) -> dict[str, int]:
    """Return how many papers hold each of ``parts`` at most: the papers of its terms summed (one lookup)."""
    return {part: most for part, (most, _least) in _held_between(parts).items()}


def _held_between(parts: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Return how many papers hold each of ``parts`` at most and at least (one lookup).

    At most: the papers of its terms summed. At least: those of its most common term that is an
    alternative of its own (``'a' | 'b'``: each paper holding ``'a'`` matches); 0 without one.
    """
    terms = {part: {term.replace("''", "'") for term in _TERM_RE.findall(part)} for part in parts}
    docs = vocabulary.known(set().union(*terms.values())) if terms else {}
    bounds = {}
    for part, words in terms.items():
        alone = [_SINGLE_TERM_RE.fullmatch(alternative) for alternative in _alternatives(part)]
        least = max((docs.get(match.group(1).replace("''", "'"), 0) for match in alone if match), default=0)
        bounds[part] = (sum(docs.get(term, 0) for term in words), least)
    return bounds


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


def _fetch(sql: str, params: list, *, sorts_matches: bool = False, bands_only: bool = False) -> list[tuple]:
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


def _length(entry: IndexEntry) -> int:
    """Return the number of terms of an entry, as BM25 counts a paper's length (every column)."""
    return sum(len(column.split()) for column in (entry.title, entry.reference, entry.body, entry.extras,
                                                  entry.title_parts, entry.context))


def _rows_by_vector(entries: Sequence[IndexEntry]) -> dict[str, list[tuple]]:
    """Return the rows to insert, grouped by the SQL of their vector (a long paper's is cut in windows)."""
    grouped: dict[str, list[tuple]] = {}
    for e in entries:
        vector, texts = tsvector_windows.vector_sql(
            ((e.title, "A"), (e.reference, "A"), (e.body, "C"), (e.extras, "D"), (_weight_b(e), "B")))
        grouped.setdefault(vector, []).append((e.paper_id, *texts, _length(e)))
    return grouped


def _weight_b(entry: IndexEntry) -> str:
    """Return the terms stored under weight B: the title's compound parts and the route and attachment names."""
    return " ".join(column for column in (entry.title_parts, entry.context) if column)


def rum_available() -> bool:
    """Return whether the ``rum`` extension can be used in this database (installed or installable)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum')")
        return bool(cursor.fetchone()[0])


def rum_index_present(using=None) -> bool:
    """Return whether the search table has its RUM index (on ``using``, by default the default connection)."""
    with (using or connection).cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = %s AND indexname = %s)",
                       [TABLE, RUM_INDEX])
        return bool(cursor.fetchone()[0])


def terms_index_present(using=None) -> bool:
    """Return whether the search table has its GIN index over the stripped vectors."""
    with (using or connection).cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = %s AND indexname = %s)",
                       [TABLE, TERMS_INDEX])
        return bool(cursor.fetchone()[0])


def create_search_index(cursor) -> str:
    """Create the index of the search table: RUM when the extension can be had, else GIN; return which.

    Creating the extension needs the right to do so; without it (or without the package) the
    GIN index serves and searches rank their newest matches only (see ``docs/search.md``).
    """
    kind = "gin"
    cursor.execute("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'rum')")
    present = bool(cursor.fetchone()[0])
    if not present and rum_available():
        cursor.execute("SAVEPOINT search_rum")
        try:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS rum")
            cursor.execute("RELEASE SAVEPOINT search_rum")
            present = True
        except Exception:  # noqa: BLE001 - no right to create it: GIN serves
            cursor.execute("ROLLBACK TO SAVEPOINT search_rum")
    if present:
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {RUM_INDEX} ON {TABLE} USING rum (vector rum_tsvector_ops)")
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {TERMS_INDEX} ON {TABLE} USING gin (strip(vector))")
        cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")
        bands.create(cursor)
        kind = "rum"
    else:
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin (vector)")
    return kind


class PostgresBackend(SearchBackend):
    """Keep the index in a tsvector table of the same PostgreSQL database as the records."""

    vendor = "postgresql"
    ranks_exact = True
    #: A search with at most this many matches (all of them counted, so all known) is ranked by
    #: scoring every one (``best``): cheaper than the passes of the RUM index, which reads every
    #: paper of the word it orders by when the other words leave few of them (``høring
    #: integrationspolitik 2010``: 51,371 papers read for 275 matches), and exact.
    rescores = 500

    def __init__(self) -> None:
        # Whether the RUM index serves, per database connection (asked once per connection).
        self._rum: dict[int, bool] = {}
        # Whether the GIN index over stripped vectors finds the matches, per connection.
        self._terms: dict[int, bool] = {}
        # The average length of a vector, per filling of the vocabulary.
        self._lengths: dict[tuple[int, int], float] = {}

    @property
    def ranks_from_index(self) -> bool:
        """Return whether searches are ranked in order from the RUM index (else: newest matches scored)."""
        key = id(connection.connection) if connection.connection is not None else 0
        found = self._rum.get(key)
        if found is None:
            found = self._rum[key] = rum_index_present()
            if not found:
                logger.warning("PostgreSQL search without the RUM index: each search ranks its newest %d matches "
                               "only; install postgresql-15-rum and run townhall search-rebuild", RANKED_FALLBACK)
        return found
    @property
    def _finds_by_terms(self) -> bool:
        """Return whether matches are found with ``TERMS_INDEX`` (beside RUM) rather than the vector's own index."""
        key = id(connection.connection) if connection.connection is not None else 0
        found = self._terms.get(key)
        if found is None:
            found = self._terms[key] = self.ranks_from_index and terms_index_present()
        return found

    def _matches(self, expression: str, alias: str = "m") -> tuple[str, list]:
        """Return the condition that row ``alias`` matches ``expression``, and its parameters.

        With ``TERMS_INDEX`` the index answers the loose form and the rows it finds are tested
        against phrases and weights with ``ts_match_vq`` (the function behind ``@@``, which no
        index serves, so the planner never hands that test to RUM).
        """
        expression = finding(expression)
        loose = loose_tsquery(expression) if self._finds_by_terms else None
        if loose is None:
            return f"{alias}.vector @@ %s::tsquery", [expression]
        condition, params = _terms_condition(loose, f"strip({alias}.vector)")
        if loose == expression:
            return condition, list(params)
        return f"{condition} AND ts_match_vq({alias}.vector, %s::tsquery)", [*params, expression]

    def _where(self, expression, narrowing):
        if expression is None:
            return super()._where(expression, narrowing)
        condition, params = self._matches(expression)
        # OFFSET 0: the matches come from the index, never from a walk along the key that tests
        # every vector in the hope of an early match (what a LIMIT would tempt the planner to do).
        source = (f"(SELECT m.paper_id FROM {TABLE} m WHERE {condition} OFFSET 0) m "
                  f"JOIN {FACET_TABLE} f ON f.paper_id = m.paper_id")
        return source, narrowing.sql, self._id, [*params, *narrowing.params]

    def any_match(self, expression: str, narrowing: Narrowing) -> bool:
        lean = finding(expression)
        loose = loose_tsquery(lean) if self._finds_by_terms else None
        present = bands.present() if loose is not None else ()
        if not present:
            source, where, _, params = self._where(expression, narrowing)
            return bool(_fetch(f"SELECT 1 FROM {source} WHERE {where} LIMIT 1", params))
        # The index of the whole archive hands out every posting of the words before the first
        # row is tested: 60-70 ms at 1M papers to learn that a common word ("budget") has a paper
        # the user may see. The bands are read newest first, each through its own index, and the
        # statement stops at the first match that passes: a common word is found in the newest
        # band. Which bands are read depends on where the matches lie, as the whole index's
        # postings did; the answer is the same.
        test, test_params = ("", []) if loose == lean else ("WHERE ts_match_vq(m.vector, %s::tsquery) ", [lean])
        selects, params = [], []
        pieces = bands.pieces(0, present[-1][1])
        # Ids no band covers (none, while the bands are kept up) are asked of the whole index last.
        ordered = [piece for piece in pieces if piece[0] is not None]
        ordered += [piece for piece in pieces if piece[0] is None] + [(None, present[-1][1], None)]
        for band, low, high in ordered:
            window, window_params = bands.condition(band, low, high)
            keys, key_params = _keys_condition(loose)
            selects.append(f"SELECT paper_id{', vector' if test else ''} FROM {TABLE} WHERE {keys}{window}")
            params.extend([*key_params, *window_params])
        return bool(_fetch(
            f"SELECT 1 FROM ({' UNION ALL '.join(selects)}) m CROSS JOIN LATERAL (SELECT 1 FROM {FACET_TABLE} f "
            f"WHERE f.paper_id = m.paper_id AND {narrowing.sql} OFFSET 0) f {test}LIMIT 1",
            [*params, *narrowing.params, *test_params]))

    def matching(self, expression: str, paper_ids: Sequence[int]) -> set[int]:
        if not paper_ids:
            return set()
        condition, params = self._matches(expression)
        rows = _fetch(f"SELECT m.paper_id FROM {TABLE} m WHERE {condition} AND m.paper_id = ANY(%s::bigint[])",
                      [*params, id_array(paper_ids)])
        return {int(row[0]) for row in rows}

    _source = f"{TABLE} m JOIN {FACET_TABLE} f ON f.paper_id = m.paper_id"
    _id = "m.paper_id"
    _match = "m.vector @@ %s::tsquery"
    _match_one = f"EXISTS (SELECT 1 FROM {TABLE} v WHERE v.paper_id = {{paper}} AND v.vector @@ %s::tsquery)"

    def _write(self, entries: Sequence[IndexEntry]) -> None:
        with connection.cursor() as cursor:
            for vector, rows in _rows_by_vector(entries).items():
                cursor.executemany(f"INSERT INTO {TABLE} (paper_id, vector, length) VALUES (%s, {vector}, %s)", rows)
            if entries and self._finds_by_terms:
                bands.extend(cursor, max(e.paper_id for e in entries))
        impact.after_write([e.paper_id for e in entries])

    def _delete(self, paper_ids: Sequence[int]) -> None:
        if not paper_ids:
            return
        impact.before_delete(paper_ids)
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE paper_id = ANY(%s)", [list(paper_ids)])

    def clear(self) -> None:
        impact.clear()
        with connection.cursor() as cursor:
            # DELETE, not TRUNCATE: TRUNCATE refuses while deferred foreign-key checks are pending.
            cursor.execute(f"DELETE FROM {TABLE}")

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        # Building a GIN index once over all rows is many times faster than
        # updating it row by row.
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")
                cursor.execute(f"DROP INDEX IF EXISTS {RUM_INDEX}")
                cursor.execute(f"DROP INDEX IF EXISTS {TERMS_INDEX}")
                bands.drop(cursor)
            yield
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
                create_search_index(cursor)
                cursor.execute(f"ANALYZE {TABLE}")
            self._rum.clear()
            self._terms.clear()
            self.refresh_statistics()

    def refresh_statistics(self) -> int:
        """Fill the vocabulary anew from the stored vectors; return the number of indexed papers.

        ``ts_stat`` reads every vector once: it runs after a rebuild and after an ingest or a
        harvest that left the vocabulary behind (``vocabulary.outgrown``). Two writers that finish
        at once (queue workers ingesting shares of one run) take turns: the second would otherwise
        delete only the rows it saw and then insert words the first had just written.
        """
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_REFILLING_LOCK])
            cursor.execute(f"DELETE FROM {vocabulary.TABLE}")
            cursor.execute(
                f"INSERT INTO {vocabulary.TABLE} (term, docs) SELECT word, ndoc FROM ts_stat(%s) "
                "WHERE word <> '' AND length(word) <= %s",
                [f"SELECT vector FROM {TABLE}", MAX_TERM_LENGTH],
            )
            cursor.execute(f"SELECT count(*) FROM {TABLE}")
            total = int(cursor.fetchone()[0])
            vocabulary.record_filling(cursor, total)
            vocabulary.fill_reversed()
            if self._finds_by_terms:
                bands.create(cursor, bands.width() or bands.WIDTH)
        return total

    def statistics_stale(self) -> bool:
        """Return whether the vocabulary lags the index (``vocabulary.outgrown``)."""
        return vocabulary.outgrown(vocabulary.indexed_when_filled(), self.count())

    def express(self, plan: MatchPlan) -> str:
        expression = plan_to_tsquery(plan)
        # The expression says all the leaner plan depends on (terms, phrases, weights, prefixes,
        # nesting), so it is worked out once per expression: for a compound with its glossary
        # alternatives comparing every phrase with every other alternative took 3 ms a search.
        if expression not in _LEAN:
            if len(_LEAN) >= _LEAN_KEPT:
                _LEAN.clear()
            _LEAN[expression] = plan_to_tsquery(matching_plan(plan))
        return expression

    def restrict(self, papers: QuerySet, expression: str) -> QuerySet:
        condition, params = self._matches(expression)
        return papers.filter(pk__in=RawSQL(f"SELECT m.paper_id FROM {TABLE} m WHERE {condition}", params))

    def rank(
        self, papers: QuerySet, expression: str, *, offset: int = 0, limit: int = 20, exact: str | None = None
    ) -> list[tuple[int, float]]:
        papers_sql, papers_params = papers.order_by().values("pk").query.sql_with_params()
        # ts_rank adds up matched terms, so a paper with the parts of a compound would
        # outrank one with the compound itself; the typed words alone count once more.
        score = f"{_RANK} + {_RANK}" if exact else _RANK
        score_params = [expression, exact] if exact else [expression]
        sql = (
            f"SELECT paper_id, {score} AS score FROM {TABLE} WHERE vector @@ %s::tsquery "
            f"AND paper_id IN ({papers_sql}) ORDER BY score DESC, paper_id DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*score_params, expression, *papers_params, limit, offset])
            return [(int(row[0]), float(row[1])) for row in cursor.fetchall()]

    def _score(self, expression: str, exact: str | None, core: str | None = None) -> tuple[str, list]:
        # ts_rank adds up matched terms, so a paper with the parts of a compound would
        # outrank one with the compound itself; the typed words alone count once more.
        # What only the compounds a typed word starts add counts as parts (INSIDE_SHARE).
        rank = _RANK.replace(f"{TABLE}.vector", "v.vector")
        if core:
            # ts_rank counts a phrase's words wherever they stand: only a paper that matches the
            # core (phrases next to each other) gets its core rank.
            core_rank = f"(CASE WHEN v.vector @@ %s::tsquery THEN {rank} ELSE 0 END)"
            score = f"({1 - INSIDE_SHARE} * {core_rank} + {INSIDE_SHARE} * {rank})"
            params = [core, core, expression]
        else:
            score, params = rank, [expression]
        return (f"{score} + {rank}", [*params, exact]) if exact else (score, params)

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
            found, found_params = _terms_condition(loose)
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
                        # be present (``_keys_condition``): GIN ANDs the parts in the band's postings, and
                        # the planner cannot choose to test all but one part on every row instead
                        # (``strip`` unpacks each vector: 20-30 microseconds a row).
                        keys, key_params = _keys_condition(loose)
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
                found_now = _fetch(sql, [*score_params, *walk_params, *narrowing.params, *walk_test_params,
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
        parts = [part for part in _clauses(_unwrapped(query.strip())) if not part.startswith("!")]
        held, least = min(_held_between(parts).values(), default=(0, 0))
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

    def orders_from_index(self, expression: str, exact: str | None = None) -> bool:
        """Return whether ``expression`` is ranked in order from the RUM index: always, when it is there.

        However many papers hold the typed words, all matches are ranked, never only the newest:
        RUM orders by the rarest part of the typed words (``top``).
        """
        return self.ranks_from_index

    def top(
        self, expression: str, narrowing: Narrowing, wanted: int, *, exact: str | None = None, core: str | None = None,
        typed: str | None = None,
    ) -> list[tuple[int, float]]:
        """Return ``(paper_id, score)`` of the ``wanted`` best matches passing ``narrowing``, best first.

        The RUM index hands out matches in order of its own rank (``<=>``, ts_rank-like with fixed
        weights), from all matches, not only the newest. It is asked for the order of the typed
        words alone (``typed``, all of them, else ``exact``: few terms, so its scan stays short),
        among the papers that match the whole query; only when that finds fewer than
        ``RANKED_HEAD`` papers is it asked for the order of the whole query with plain terms
        (several typed parts) or of any of its rarer terms, then of any term (one part): RUM tests
        phrases and nested alternatives slowly, and the order only picks the head. The head found
        is scored with
        ``_score`` and the best kept. When there are fewer matches than that, this is exactly the
        ranking ``candidates`` and ``best`` give.
        """
        head = max(RANKED_HEAD, wanted)
        lean = finding(expression)
        found: set[int] = set()
        first = typed or exact
        passes = [first] if first else []
        several = bool(typed and exact and typed != exact)
        if several:
            passes.append(loose_tsquery(lean) or lean)
        else:
            # The rarer terms first; all of them only when those find too few (a small archive).
            passes.extend(dict.fromkeys((self._rarer_terms(lean), _any_term(lean))))
        for ordered in passes:
            # The whole query is tested on the rows the ordered scan hands out (``ts_match_vq``:
            # no index serves it, so RUM evaluates only the ordering query). RUM orders by the
            # loose form (phrases as AND, no weights): testing positions inside the index costs
            # it twice as much per paper, for every paper holding the words; the phrases and
            # weights are tested on the rows it hands out, in that order, until the head is full.
            # Of words that must all be present, RUM orders by the rarest alone: it ranks every
            # paper holding any word it orders by, and the others are tested on the rows it hands out.
            loose = _rarest_clause(loose_tsquery(ordered) or ordered)
            tests = [query for query in dict.fromkeys((ordered, lean)) if query != loose]
            # Common words are ordered from their lists of highest impact (``impact``): RUM would
            # rank every paper holding them first.
            listed = impact.ordered_head(loose, tests, narrowing, head, self._average_length())
            if listed is not None:
                found.update(listed)
                if len(found) >= head:
                    break
                continue
            loose = self._held_anywhere(loose)
            if loose is None:
                continue  # no paper holds a word it orders by: RUM would hand out nothing
            test = "".join("ts_match_vq(m.vector, %s::tsquery) AND " for _ in tests)
            sql = (
                f"SELECT m.paper_id FROM {TABLE} m JOIN {FACET_TABLE} f ON f.paper_id = m.paper_id "
                f"WHERE m.vector @@ %s::tsquery AND {test}{narrowing.sql} "
                "ORDER BY m.vector <=> %s::tsquery LIMIT %s"
            )
            found.update(int(row[0]) for row in _fetch(sql, [loose, *tests, *narrowing.params, loose, head],
                                                             sorts_matches=True))
            if len(found) >= head:
                break
        if not found:
            return []
        return self._head(sorted(found), wanted, expression, exact, core)

    def _held_anywhere(self, ordering: str) -> str | None:
        """Return ``ordering`` (words joined by OR) without the words no indexed paper holds; None when none is held.

        RUM's ordered scan costs per word it orders by, even a word it finds nowhere: a glossary
        and compound splitter write many forms no paper holds (eleven of the fifteen words
        ``integrationskonference`` ordered by at 1M papers; 115-135 ms with them, 58-78 without).
        A word the vocabulary counts is kept; one it does not know is kept only when the index
        finds it (indexed since the vocabulary was filled). RUM's rank of a paper counts the words
        the paper holds only, so the order is the same. Anything but plain words is left as it is.
        """
        if not self._finds_by_terms or not impact.plain_terms(ordering) or vocabulary.filling() is None:
            return ordering
        # Each word as the query writes it (quoted) and as the vocabulary holds it.
        words = {match.group(0): match.group(1).replace("''", "'") for match in _TERM_RE.finditer(ordering)}
        docs = vocabulary.known(words.values())
        unknown = [quoted for quoted, word in words.items() if not docs.get(word)]
        if not unknown:
            return ordering
        # Asked of the index over stripped vectors: a word no paper holds is an entry found missing at once.
        found = {row[0] for row in _fetch(f"SELECT t.q FROM unnest(%s::text[]) AS t(q) WHERE EXISTS "
                                          f"(SELECT 1 FROM {TABLE} WHERE strip(vector) @@ t.q::tsquery)", [unknown])}
        held = [quoted for quoted in words if quoted not in unknown or quoted in found]
        if len(held) == len(words):
            return ordering
        return " | ".join(held) or None

    def best(
        self, candidates: Sequence[Candidate], wanted: int, exact: str | None = None, core: str | None = None,
        expression: str | None = None,
    ) -> list[tuple[int, float]]:
        """Return the ``wanted`` best candidates, the head of their plain rank scored again by rarity.

        ``ts_rank`` cannot weigh words by how many papers hold them; the ``RANKED_HEAD`` best by it
        (as many as ``top`` scores) are scored again with ``_head``, so both roads give one order.
        Up to ``rescores`` candidates are all scored with ``_head``.
        """
        if expression is None:
            return super().best(candidates, wanted, exact, core)
        if len(candidates) <= self.rescores:
            # Few enough to score every one: the candidates may carry no scores (ranked from the index).
            return self._head([row[0] for row in candidates], wanted, expression, exact, core)
        ordered = heapq.nlargest(max(RANKED_HEAD, wanted), zip(map(itemgetter(1), candidates), map(itemgetter(0), candidates)))
        return self._head([paper_id for _, paper_id in ordered], wanted, expression, exact, core)

    def _average_length(self) -> float:
        """Return the average number of terms of the newest papers, kept per filling of the vocabulary.

        Before the vocabulary is first filled the index may change under every search, so it is
        read each time (a sample of the newest papers: cheap at any size).
        """
        version = vocabulary.filling()
        cached = self._lengths.get(version) if version is not None else None
        if cached is None:
            rows = _fetch(f"SELECT avg(GREATEST(length, 1)) FROM (SELECT length FROM {TABLE} ORDER BY paper_id DESC "
                          f"LIMIT {_LENGTH_SAMPLE}) s", [])
            cached = max(float(rows[0][0] or 1.0), 1.0)
            if version is not None:
                self._lengths[version] = cached
        return cached

    def _head(self, paper_ids: Sequence[int], wanted: int, expression: str, exact: str | None,
              core: str | None) -> list[tuple[int, float]]:
        """Return ``(paper_id, score)`` of the ``wanted`` best of ``paper_ids``, scored as SQLite's BM25 weighs.

        Each alternative of the query counts by its rarity (``rarity.weighed_rank``), what only the
        compounds a typed word starts add keeps ``INSIDE_SHARE``, and a paper that has the typed
        words themselves counts double, as on SQLite.
        """
        if not paper_ids:
            return []
        # ts_rank_cd of a single word adds up the weights of its occurrences: BM25's weighed frequency.
        frequency = f"{_BM25_SCALE} * ts_rank_cd('{_BM25_WEIGHTS}', v.vector, %s::tsquery, 0)"
        score, params = rarity.weighed_rank(frequency, "v.vector", "v.saturation", expression, TABLE, core,
                                            INSIDE_SHARE)
        if exact:
            score, params = f"(CASE WHEN v.vector @@ %s::tsquery THEN 2.0 ELSE 1.0 END) * {score}", [exact, *params]
        average = self._average_length()
        # "|| ''": each row's vector is unpacked once, not once per alternative scored.
        rows = _fetch(
            f"SELECT v.paper_id, {score} FROM (SELECT paper_id, vector, "
            f"{rarity.K1} * (1 - {rarity.B} + {rarity.B} * GREATEST(length, 1) / {average}) AS saturation "
            f"FROM (SELECT paper_id, length, vector || ''::tsvector AS vector FROM {TABLE} "
            "WHERE paper_id = ANY(%s::bigint[]) OFFSET 0) d OFFSET 0) v",
            [*params, id_array(paper_ids)],
        )
        ordered_rows = heapq.nlargest(wanted, ((float(score), int(paper_id)) for paper_id, score in rows))
        return [(paper_id, score) for score, paper_id in ordered_rows]

    def _rarer_terms(self, expression: str) -> str:
        """Return a query for any term of ``expression`` held by few enough papers (else the rarest).

        A term counts as rare when at most ``RARER_SHARE`` of the indexed papers (and
        ``RUM_BUDGET``) hold it.

        RUM ranks every paper holding a term it orders by: a term half the archive holds (the
        "Stadt" of "Stadtbibliothek") would cost more than the rest of the search, and papers
        found by it alone rank low anyway.
        """
        any_term = _any_term(expression)
        terms = [match.group(0) for match in _LOOSE_TOKEN_RE.finditer(any_term) if match.group(0).startswith("'")]
        if len(terms) < 2 or "!" in any_term:
            return any_term
        held = vocabulary.known(term[1 : term.rfind("'")].replace("''", "'") for term in terms)
        docs = {term: held.get(term[1 : term.rfind("'")].replace("''", "'"), 0) for term in terms}
        most = min(RUM_BUDGET, (vocabulary.indexed_when_filled() or 0) * RARER_SHARE) or RUM_BUDGET
        kept = [term for term in terms if docs[term] <= most] or [min(terms, key=docs.__getitem__)]
        return " | ".join(kept)

    def by_date(
        self, expression: str | None, narrowing: Narrowing, *, newest: bool = True, offset: int = 0, limit: int = 20
    ) -> list[int]:
        if expression is None:
            return super().by_date(expression, narrowing, newest=newest, offset=offset, limit=limit)
        order = "f.date DESC NULLS LAST, f.paper_id DESC" if newest else "f.date ASC NULLS LAST, f.paper_id ASC"
        condition, params = self._matches(expression)
        sql = (
            f"SELECT f.paper_id FROM (SELECT m.paper_id FROM {TABLE} m WHERE {condition} OFFSET 0) m "
            f"JOIN {FACET_TABLE} f ON f.paper_id = m.paper_id WHERE {narrowing.sql} "
            f"ORDER BY {order} LIMIT %s OFFSET %s"
        )
        return [int(row[0]) for row in _fetch(sql, [*params, *narrowing.params, limit, offset])]

    def search(self, expression: str, limit: int = 20) -> list[tuple[int, float]]:
        if self.ranks_from_index:
            # The RUM index hands out the best matches by its own rank without scoring the rest.
            rows = _fetch(f"SELECT paper_id, vector <=> %s::tsquery AS distance FROM {TABLE} WHERE vector @@ %s::tsquery "
                          "ORDER BY vector <=> %s::tsquery LIMIT %s", [expression, expression, expression, limit])
            return [(int(paper_id), 1.0 / float(distance) if distance else 0.0) for paper_id, distance in rows]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT paper_id, {_RANK} AS score FROM {TABLE} WHERE vector @@ %s::tsquery "
                "ORDER BY score DESC LIMIT %s",
                [expression, expression, limit],
            )
            return [(int(row[0]), float(row[1])) for row in cursor.fetchall()]

    def count_matches(self, expression: str) -> int:
        """Return how many indexed papers match ``expression`` (engine only)."""
        with connection.cursor() as cursor:
            condition, params = self._matches(expression)
            cursor.execute(f"SELECT count(*) FROM {TABLE} m WHERE {condition}", params)
            return int(cursor.fetchone()[0])

    def count(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {TABLE}")
            return int(cursor.fetchone()[0])

    def size_bytes(self) -> int | None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_total_relation_size(%s)", [TABLE])
            return int(cursor.fetchone()[0])
