"""The index's own vocabulary: which analysed terms exist, how common they are, which are near a typo.

``search_vocabulary`` (migration ``search/0004_vocabulary``) holds every indexed term with the
number of papers that hold it; the backends fill it when they refresh their term statistics
(after a rebuild, and after an ingest or a harvest that grew the index). Nothing here reads
paper text, so nothing here can show what a user may not see: callers check every term they
offer against the papers the user may see.

``near`` finds the terms within a small edit distance of a term that the index does not know:
the terms of about the same length that share its first letters (a range scan of the primary
key), and the terms that differ from it in the first letters only (looked up by spelling out
those edits), scored with RapidFuzz's optimal string alignment distance (insert, delete,
substitute, swap two neighbours).
"""

from __future__ import annotations

import contextlib
import functools
import secrets
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass

from django.db import connection
from rapidfuzz.distance import OSA

TABLE = "search_vocabulary"
#: The vocabulary's longer words written backwards (migration ``search/0008``): compounds by their last part.
REVERSED = "search_vocabulary_reversed"
#: Only words this long are kept backwards: a compound of two parts of at least four and three letters.
REVERSED_MIN_LENGTH = 7
#: The row that holds the number of papers indexed when the vocabulary was filled.
TOTAL = ""
#: The row that names one filling of the vocabulary: a number drawn anew each time, so that what is
#: kept per filling (average lengths, looked-up compounds, known names) is never taken for another
#: filling that happens to hold as many papers.
FILLING = "\x01"
#: An index of at most this many papers has its vocabulary refilled after every run that changed it;
#: a larger one once it has grown by this share since the last filling (``outgrown``).
SMALL_INDEX = 10_000
REFILL_GROWTH = 0.1
#: Terms shorter than this are never corrected: too many words are one letter apart.
MIN_FUZZY_LENGTH = 6
#: Terms this long or longer may be two edits away; shorter ones one.
TWO_EDITS_LENGTH = 8
#: Vocabulary terms read per looked-up term at most (the work of one lookup is bounded).
SCAN_LIMIT = 4000
# The letters a typo may put in or swap; German terms are indexed without umlauts.
_ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå"


@dataclass(frozen=True)
class NearTerm:
    """A vocabulary term close to a looked-up one."""

    term: str
    docs: int
    distance: int


#: What one search has learnt of the vocabulary (``remembered``): the filling and each term's papers.
_REMEMBERED: ContextVar[dict | None] = ContextVar("vocabulary_remembered", default=None)


@contextlib.contextmanager
def remembered() -> Iterator[None]:
    """Within the block, answer each question about the vocabulary from the database once.

    A search asks which filling the vocabulary is and how many papers hold its words several
    times over (planning, counting, ranking): one statement each, some ten a search. Inside one
    search the answers are taken to stand; nothing is kept beyond the block.
    """
    token = _REMEMBERED.set({"terms": {}}) if _REMEMBERED.get() is None else None
    try:
        yield
    finally:
        if token is not None:
            _REMEMBERED.reset(token)


def remembering(function: Callable) -> Callable:
    """Decorate ``function`` so that each of its calls asks about the vocabulary once (``remembered``)."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with remembered():
            return function(*args, **kwargs)

    return wrapper


def known(terms: Iterable[str]) -> dict[str, int]:
    """Return the number of papers holding each of ``terms`` that the vocabulary knows."""
    wanted = sorted({t for t in terms if t})
    if not wanted:
        return {}
    memo = _REMEMBERED.get()
    remembered_terms: dict[str, int | None] = memo["terms"] if memo is not None else {}
    missing = [term for term in wanted if term not in remembered_terms]
    found: dict[str, int] = {}
    if missing:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT term, docs FROM {TABLE} WHERE term IN ({', '.join(['%s'] * len(missing))})",
                           missing)
            found = {term: int(docs) for term, docs in cursor.fetchall()}
        if memo is not None:
            remembered_terms.update((term, found.get(term)) for term in missing)
    if memo is None:
        return found
    return {term: docs for term in wanted if (docs := remembered_terms[term]) is not None}


def holding(*terms: str) -> tuple[str, ...]:
    """Return those of ``terms`` that some paper holds, in order."""
    found = known(terms)
    return tuple(term for term in terms if term in found)


def holding_prefix(prefix: str, limit: int = SCAN_LIMIT) -> int:
    """Return how many papers hold a term starting with ``prefix`` (summed over at most ``limit`` terms)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COALESCE(SUM(docs), 0) FROM (SELECT docs FROM {TABLE} WHERE term >= %s AND term < %s "
            "AND term NOT IN (%s, %s) LIMIT %s) t",
            [prefix, prefix + "\U0010ffff", TOTAL, FILLING, limit],
        )
        return int(cursor.fetchone()[0])


def indexed_when_filled() -> int | None:
    """Return how many papers were indexed when the vocabulary was last filled (None: never)."""
    if _REMEMBERED.get() is not None:
        found = filling()
        return None if found is None else found[0]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT docs FROM {TABLE} WHERE term = %s", [TOTAL])
        row = cursor.fetchone()
    return int(row[0]) if row else None


def record_filling(cursor, total: int) -> None:
    """Write, beside a newly filled vocabulary, how many papers it was filled from and which filling it is."""
    cursor.execute(f"INSERT INTO {TABLE} (term, docs) VALUES (%s, %s)", [TOTAL, total])
    cursor.execute(f"INSERT INTO {TABLE} (term, docs) VALUES (%s, %s)", [FILLING, secrets.randbelow(2**31 - 2) + 1])


def filling() -> tuple[int, int] | None:
    """Return what names the vocabulary's last filling (None: never filled), the key of what is kept per filling."""
    memo = _REMEMBERED.get()
    if memo is not None and "filling" in memo:
        return memo["filling"]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT term, docs FROM {TABLE} WHERE term IN (%s, %s)", [TOTAL, FILLING])
        rows = dict(cursor.fetchall())
    found = None if TOTAL not in rows else (int(rows[TOTAL]), int(rows.get(FILLING, 0)))
    if memo is not None:
        memo["filling"] = found
    return found


def outgrown(filled_from: int | None, indexed: int) -> bool:
    """Tell whether a vocabulary filled from ``filled_from`` papers (None: never) lags an index of ``indexed``.

    A small index is counted anew after every run that changed it: refilling costs little there,
    and a vocabulary that misses the newest papers offers no correction for their words and weighs
    them as unknown. A large one is refilled once it has grown by ``REFILL_GROWTH``.
    """
    if filled_from is None:
        return indexed > 0
    if indexed == filled_from:
        return False
    return indexed <= SMALL_INDEX or indexed > filled_from * (1 + REFILL_GROWTH)


def max_edits(term: str) -> int:
    """Return how many edits away a correction of ``term`` may be (0: do not correct it)."""
    if len(term) < MIN_FUZZY_LENGTH or not term.isalpha():
        return 0
    return 2 if len(term) >= TWO_EDITS_LENGTH else 1


def near(term: str, limit: int = 5) -> list[NearTerm]:
    """Return up to ``limit`` vocabulary terms within ``max_edits(term)`` of ``term``, closest and commonest first."""
    edits = max_edits(term)
    if not edits:
        return []
    shared = 2 if len(term) < TWO_EDITS_LENGTH else 3
    head = term[:shared]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT term, docs FROM {TABLE} WHERE term >= %s AND term < %s AND length(term) BETWEEN %s AND %s "
            "LIMIT %s",
            [head, head + "\U0010ffff", len(term) - edits, len(term) + edits, SCAN_LIMIT],
        )
        rows = cursor.fetchall()
        variants = sorted(_first_letter_edits(term, shared) - {term})
        for start in range(0, len(variants), 500):
            chunk = variants[start : start + 500]
            cursor.execute(f"SELECT term, docs FROM {TABLE} WHERE term IN ({', '.join(['%s'] * len(chunk))})", chunk)
            rows.extend(cursor.fetchall())
    found: dict[str, NearTerm] = {}
    for candidate, docs in rows:
        if candidate == term or candidate in found or not candidate.isalpha():
            continue
        distance = OSA.distance(term, candidate, score_cutoff=edits)
        if distance <= edits:
            found[candidate] = NearTerm(candidate, int(docs), distance)
    return sorted(found.values(), key=lambda n: (n.distance, -n.docs, n.term))[:limit]


def _first_letter_edits(term: str, shared: int) -> set[str]:
    """Return the spellings one edit away from ``term`` that change one of its first ``shared`` letters."""
    found = set()
    for i in range(min(shared + 1, len(term) + 1)):
        head, tail = term[:i], term[i:]
        if tail:
            found.add(head + tail[1:])
            if len(tail) > 1:
                found.add(head + tail[1] + tail[0] + tail[2:])
        for letter in _ALPHABET:
            found.add(head + letter + tail)
            if tail:
                found.add(head + letter + tail[1:])
    return found


# -- compounds on the index's own words ---------------------------------------------------------

#: Linking elements between the parts of a compound, per language (longest first).
_LINKS = {"da": ("s", "e", ""), "de": ("es", "en", "er", "s", "n", "e", "")}
#: Suffixes that make a German adjective of a noun: Stadt -> städtisch, Region -> regional.
_ADJECTIVE_SUFFIXES = ("isch", "lich", "al", "ell", "ar", "ig")
#: Compounds a first part finds at most (the commonest).
WHOLES = 20
#: Terms of the vocabulary looked at per first part.
_WHOLE_SCAN = 2000


def _longer_terms(stem: str, longest: int | None = None) -> list[tuple[str, int]]:
    """Return (term, papers) of the indexed words that begin with ``stem`` and go on (at most ``longest`` letters)."""
    sql = f"SELECT term, docs FROM {TABLE} WHERE term > %s AND term < %s"
    params: list = [stem, stem + "\U0010ffff"]
    if longest is not None:
        sql += " AND length(term) <= %s"
        params.append(longest)
    with connection.cursor() as cursor:
        cursor.execute(sql + " LIMIT %s", [*params, _WHOLE_SCAN])
        return [(term, int(docs)) for term, docs in cursor.fetchall() if term.isalpha()]


def compounds_starting_with(stem: str, language: str, limit: int = WHOLES) -> tuple[str, ...]:
    """Return indexed compounds that are ``stem`` + (linking element) + another indexed word.

    "aflastning" finds "aflastningstilbud" when the index holds "tilbud" too. Compounds the
    shipped lexicon splits are left out: their papers hold the part already.
    """
    from townhall.search.compounds import split_compound

    if language not in _LINKS or len(stem) < MIN_FUZZY_LENGTH - 1 or not stem.isalpha():
        return ()
    rows = _longer_terms(stem)
    heads: dict[str, list[str]] = {}
    for term, _ in rows:
        rest = term[len(stem):]
        for link in _LINKS[language]:
            if rest.startswith(link) and len(rest) - len(link) >= 3:
                heads.setdefault(rest[len(link):], []).append(term)
    present = known(heads)
    found = {term for head, terms in heads.items() if head in present for term in terms}
    wholes = [(docs, term) for term, docs in rows if term in found and not split_compound(term, language)]
    return tuple(term for _, term in sorted(wholes, key=lambda item: (-item[0], item[1]))[:limit])


#: Stems at least this long find the indexed terms a letter or two longer (``inflections_of``).
INFLECTED_MIN_STEM = 7
#: Letters an indexed term may have beyond a typed stem to count as another form of it.
INFLECTED_EXTRA = 2


def inflections_of(stem: str, language: str, limit: int = 5) -> tuple[str, ...]:
    """Return indexed terms that are ``stem`` and one or two letters more, the commonest first.

    Snowball stems some forms of a word apart: Danish "seminar" and "seminariet" (``seminari``),
    "museum" and "museet". A long stem followed by a letter or two in the index is nearly
    always another form of the same word; a short one is left alone ("plan", "planet").
    """
    if language not in _LINKS or len(stem) < INFLECTED_MIN_STEM or not stem.isalpha():
        return ()
    rows = _longer_terms(stem, longest=len(stem) + INFLECTED_EXTRA)
    return tuple(term for term, _ in sorted(rows, key=lambda item: (-item[1], item[0]))[:limit])


def adjectives_of(modifier: str) -> tuple[str, ...]:
    """Return the indexed German adjectives made of the noun ``modifier`` ("stadt" -> "stadtisch")."""
    from townhall.search.analyzers import fold

    base = fold(modifier, "de")
    stems = {base, base[:-1] if base.endswith("e") else base, base[:-2] if base.endswith("en") else base}
    candidates = {stem + suffix for stem in stems if len(stem) >= 3 for suffix in _ADJECTIVE_SUFFIXES}
    return tuple(sorted(known(candidates)))


def fill_reversed() -> None:
    """Write the vocabulary's longer words backwards into ``REVERSED`` (after the vocabulary is filled)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {REVERSED}")
        if connection.vendor == "postgresql":
            cursor.execute(
                f"INSERT INTO {REVERSED} (reversed) SELECT reverse(term) FROM {TABLE} "
                "WHERE length(term) >= %s AND term ~ '^[[:alpha:]]+$'",
                [REVERSED_MIN_LENGTH],
            )
            return
        cursor.execute(f"SELECT term FROM {TABLE} WHERE length(term) >= %s", [REVERSED_MIN_LENGTH])
        rows = [(term[::-1],) for (term,) in cursor.fetchall() if term.isalpha()]
        cursor.executemany(f"INSERT INTO {REVERSED} (reversed) VALUES (%s)", rows)


def compounds_ending_with(stem: str, language: str, limit: int = WHOLES) -> tuple[str, ...]:
    """Return indexed compounds that are another indexed word + (linking element) + ``stem``.

    "plad" (the stem of "plads") finds "sportsplad" when the index holds "sport" too. Compounds
    the shipped lexicon splits are left out: their papers hold the part already.
    """
    from townhall.search.compounds import split_compound

    if language not in _LINKS or len(stem) < MIN_FUZZY_LENGTH - 2 or not stem.isalpha():
        return ()
    backwards = stem[::-1]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT reversed FROM {REVERSED} WHERE reversed > %s AND reversed < %s LIMIT %s",
            [backwards, backwards + "\U0010ffff", _WHOLE_SCAN],
        )
        terms = [row[0][::-1] for row in cursor.fetchall()]
    modifiers: dict[str, list[str]] = {}
    for term in terms:
        rest = term[: -len(stem)]
        for link in _LINKS[language]:
            if rest.endswith(link) and len(rest) - len(link) >= MIN_FUZZY_LENGTH - 2:
                modifiers.setdefault(rest[: len(rest) - len(link)] if link else rest, []).append(term)
    present = known(modifiers)
    found = {term for modifier, group in modifiers.items() if modifier in present for term in group}
    counts = known(found)
    wholes = [(counts.get(term, 0), term) for term in found if not split_compound(term, language)]
    return tuple(term for _, term in sorted(wholes, key=lambda item: (-item[0], item[1]))[:limit])
