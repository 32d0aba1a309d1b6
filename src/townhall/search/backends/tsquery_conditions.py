"""Ask the GIN indexes over stripped vectors for the papers of a loose tsquery, part by part.

The whole archive's index (``postgres_table.TERMS_INDEX``) and each band's (``bands``) answer a
query faster asked for its parts than for all of it at once: ``terms_condition`` and
``keys_condition`` write those conditions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from townhall.search.backends.tsquery_expression import alternatives_of, clauses_of, unwrapped

#: One entry of the index: a term, or a prefix.
_ONE_ENTRY_RE = re.compile(r"'(?:[^']|'')*'(?::\*)?")


@functools.lru_cache(maxsize=4096)
def terms_condition(loose: str, column: str = "strip(vector)") -> tuple[str, tuple[str, ...]]:
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
    clauses = clauses_of(unwrapped(loose.strip()))
    if len(clauses) > 1 and not any(clause.startswith("!") for clause in clauses):
        conditions, params = zip(*(_alternatives_condition(clause, column) for clause in clauses))
        return "(" + " AND ".join(conditions) + ")", tuple(param for group in params for param in group)
    return _alternatives_condition(loose, column)


@functools.lru_cache(maxsize=4096)
def keys_condition(loose: str, column: str = "strip(vector)") -> tuple[str, tuple[str, ...]]:
    """Return the condition that ``column`` matches ``loose``, one key of a single index scan per part that must be present.

    For a band's index (``bands``): GIN scans a query of groups of alternatives ANDed
    (``('council' | 'byråd' ...) & ('house' | ...) & ...``) as one key, reading every posting of
    the rarest words until a whole group is covered and testing each paper found; given each
    group as a key of its own, it walks the rarest group's postings and skips along the others
    to the papers found there (8-9 ms -> 3 ms a band for ``council house building`` at 1M
    papers). The groups stay whole, so the band's one index answers every key in one scan
    (split further, as ``terms_condition`` does, alternatives of several words become a
    ``BitmapOr`` and the other groups a test of every row). A group that excludes words keeps
    the query whole: alone it would ask for nearly every paper.

    A query of one group is split at its alternatives as ``terms_condition`` does (a
    ``BitmapOr`` over the band's index): GIN tests every paper holding any word of a group
    against the whole group, while an alternative of several words asked on its own walks its
    rarest word (``Wohnungsbau``, ``hjemmeplejen``: a band's scan 8.7 -> 6.6 and 3.4 -> 2.2 ms at
    1M papers). Alternatives another one holds are left out of every group (``_unabsorbed``).
    """
    clauses = clauses_of(unwrapped(loose.strip()))
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
    """Return the condition of ``terms_condition`` for ``loose`` split at its alternatives (OR)."""
    parts = alternatives_of(loose)
    single = [part for part in parts if _ONE_ENTRY_RE.fullmatch(unwrapped(part))]
    joined = _unabsorbed([part for part in parts if part not in single], {unwrapped(part) for part in single})
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
    shapes = [[(_entries(clause), clause) for clause in clauses_of(unwrapped(part))] for part in joined]
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
    parts = [unwrapped(part) for part in alternatives_of(clause)]
    if all(_ONE_ENTRY_RE.fullmatch(part) for part in parts):
        return frozenset(parts)
    return None


def _holds(wider: list, narrower: list) -> bool:
    """Return whether every paper matching the clauses ``narrower`` matches the clauses ``wider``."""
    return all(any(entries is not None and wide is not None and entries <= wide or clause == wide_clause
                   for entries, clause in narrower)
               for wide, wide_clause in wider)
