"""Weigh each word of a PostgreSQL search by how rare it is, as SQLite's BM25 does.

``ts_rank`` knows nothing of the other papers: a word that half the archive holds counts as much
as one that a single paper holds, so a long paper full of "committee" and "fund" outranks the one
paper whose title is the rare compound asked for. SQLite's FTS5 ranks with BM25, which weighs
each phrase of a query by its inverse document frequency. For the same query to be ordered by
the same evidence on both engines, ``weighed_rank`` scores each word, prefix and phrase of an
expression on its own (a phrase only where its words stand together), weighted by BM25's inverse
document frequency taken from the vocabulary (``townhall.search.vocabulary``). Each required part of
the query counts by its best alternative and ``OTHER_SHARE`` of the others, and the parts are added
up: the glossary gives a word many synonyms, and a long paper holding several of them is hardly
more about the subject. The alternatives outside the query's core (found inside other words, or a
translation's words apart) count by the best of them in that share: a long record holds many such
common words by chance.

It costs one ``ts_rank`` per alternative and row, so it scores the head of a ranking (a few
hundred papers), never every match.
"""

from __future__ import annotations

import functools
import math
import re

from townhall.search import vocabulary
from townhall.search.backends import settings_message

#: Alternatives scored at most: the rarest are kept (a pasted paragraph expands to hundreds).
MAX_LEAVES = 48
#: The weight BM25 gives a phrase every paper holds (FTS5 floors it likewise, above zero).
MIN_IDF = 1e-6
_TERM = r"'(?:[^']|'')*'(?::[*A-D]+)?"
_TERM_RE = re.compile(_TERM)
_PHRASE_RE = re.compile(rf"\((?:{_TERM}\s*<\d*-?>\s*)+{_TERM}\)")
_WORD_RE = re.compile(r"'((?:[^']|'')*)'")


@functools.lru_cache(maxsize=4096)
def leaves(expression: str) -> tuple[str, ...]:
    """Return the distinct words, prefixes and phrases ``expression`` asks for, as tsquery texts.

    What is excluded (after ``!``) is left out: no match holds it.
    """
    found: list[str] = []
    position, size = 0, len(expression)
    while position < size:
        char = expression[position]
        if char == "!":
            position = _skip_operand(expression, position + 1)
            continue
        if char == "(":
            phrase = _PHRASE_RE.match(expression, position)
            if phrase is not None:
                found.append(phrase.group(0))
                position = phrase.end()
                continue
        elif char == "'":
            term = _TERM_RE.match(expression, position)
            if term is not None:
                found.append(term.group(0))
                position = term.end()
                continue
        position += 1
    return tuple(dict.fromkeys(found))


def _skip_operand(expression: str, position: int) -> int:
    """Return the position after the operand that starts at ``position`` (a term or a group)."""
    while position < len(expression) and expression[position] in " !":
        position += 1
    if position < len(expression) and expression[position] == "'":
        term = _TERM_RE.match(expression, position)
        return term.end() if term is not None else position + 1
    depth = 0
    while position < len(expression):
        char = expression[position]
        if char == "'":
            term = _TERM_RE.match(expression, position)
            position = term.end() if term is not None else position + 1
            if depth == 0:
                return position
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth <= 0:
                return position + 1
        position += 1
    return position


def _loose(mark: str) -> str:
    """Return a tsquery term without its weights (a prefix stays a prefix)."""
    term = mark[: mark.rfind("'") + 1]
    return term + ":*" if mark.endswith("*") else term


def _words(leaf: str) -> list[str]:
    return [word.replace("''", "'") for word in _WORD_RE.findall(leaf)]


def idf(papers_holding: int, indexed: int) -> float:
    """Return BM25's inverse document frequency of a phrase ``papers_holding`` of ``indexed`` papers hold."""
    held = min(max(papers_holding, 0), indexed)
    return max(math.log((indexed - held + 0.5) / (held + 0.5)), MIN_IDF)


def weights(expression: str, table: str) -> dict[str, float]:
    """Return each alternative of ``expression`` (``leaves``) that some paper holds, with its weight.

    The rarest ``MAX_LEAVES`` are kept. A phrase is held by at most as many papers as its rarest
    word; a prefix by the papers of the words it stands for (summed, so at most overcounted).
    Words the vocabulary does not know yet (indexed since it was filled) are counted in the
    index ``table``, up to ``NEW_WORDS_COUNTED``.
    """
    found = leaves(expression)
    indexed = vocabulary.indexed_when_filled() or _indexed(table)
    if not indexed:
        return dict.fromkeys(found[:MAX_LEAVES], 1.0)
    marked = {leaf: list(zip(_words(leaf), _TERM_RE.findall(leaf))) for leaf in found}
    held = vocabulary.known(word for pairs in marked.values() for word, mark in pairs if not mark.endswith(":*"))
    for pairs in marked.values():
        for word, mark in pairs:
            if mark.endswith(":*") and word + ":*" not in held:
                held[word + ":*"] = vocabulary.holding_prefix(word)
    unknown = {mark for pairs in marked.values() for word, mark in pairs
               if held.get(word + ":*" if mark.endswith(":*") else word, 0) == 0}
    held.update(_counted(sorted(unknown), table))
    weighed = {}
    for leaf, pairs in marked.items():
        counts = [held.get(word + ":*" if mark.endswith(":*") else word, 0) or held.get(mark, 0) for word, mark in pairs]
        if counts and min(counts) > 0:
            weighed[leaf] = idf(min(counts), max(indexed, max(counts)))
    rarest = sorted(weighed, key=lambda leaf: -weighed[leaf])[:MAX_LEAVES]
    return {leaf: weighed[leaf] for leaf in found if leaf in rarest}


#: The share of its other alternatives' score a required part keeps beside its best one: several
#: wordings of a subject are some evidence, but far less than each alone.
OTHER_SHARE = 0.5
#: Papers counted at most for a word the vocabulary does not know (a new word is rarely common).
NEW_WORDS_COUNTED = 1000
#: Words the vocabulary does not know that are counted in the index per search, at most.
NEW_WORDS = 32


def _indexed(table: str) -> int:
    """Return how many papers ``table`` holds (before the vocabulary was ever filled: a small archive)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {table}")
        return int(cursor.fetchone()[0])


def _counted(marks: list[str], table: str) -> dict[str, int]:
    """Return how many papers of ``table`` hold each tsquery term of ``marks`` (up to ``NEW_WORDS_COUNTED``)."""
    marks = marks[:NEW_WORDS]
    if not marks:
        return {}
    # Each count is bounded and served by the index over stripped vectors (a LIMIT would tempt
    # the planner into reading the table in the hope of early rows).
    sql = " UNION ALL ".join(
        f"SELECT %s, (SELECT count(*) FROM (SELECT 1 FROM {table} WHERE strip(vector) @@ %s::tsquery "
        f"LIMIT {NEW_WORDS_COUNTED}) n)" for _ in marks
    )
    rows = settings_message.fetch("SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)",
                                  sql, [value for mark in marks for value in (mark, _loose(mark))])
    return {mark: int(count) for mark, count in rows}


#: Column weights of a word's occurrences (D: text parts, C: body, B: title parts, A: title and reference) as
#: ``ts_rank_cd`` takes them, and the factor that brings them to SQLite's (title 8, title parts 4, body 1,
#: text parts 0.4): ts_rank_cd takes weights up to 1.
COLUMN_WEIGHTS = "{0.05, 0.125, 0.5, 1.0}"
COLUMN_SCALE = 8
#: BM25's parameters, as FTS5 sets them: how soon a word's frequency saturates, and how much a
#: paper's length discounts it.
K1 = 1.2
B = 0.75


def weighed_rank(frequency: str, vector: str, saturation: str, expression: str, table: str,
                 core: str | None = None, inside_share: float = 1.0) -> tuple[str, list]:
    """Return SQL of a BM25 score over the alternatives of ``expression``, and its parameters.

    ``frequency`` is SQL of how often an alternative (one ``%s`` for its tsquery) stands in the
    paper, each occurrence weighed by its column; ``saturation`` SQL of BM25's
    ``k1 * (1 - b + b * length / average length)`` for the row. Each alternative adds its
    ``idf * f * (k1 + 1) / (f + saturation)``; ``table`` is the index, where words the vocabulary
    does not know yet are counted. Alternatives not in ``core`` (those that find the typed word
    inside other words) keep ``inside_share``.
    """
    weighed = weights(expression, table)
    kept = set(leaves(core)) if core else None
    scored: dict[str, tuple[str, list]] = {}
    for leaf, weight in weighed.items():
        share = inside_share if kept is not None and leaf not in kept else 1.0
        factor = f"{weight * share * (K1 + 1):.6g}"
        part = f"(SELECT {factor} * f / (f + {saturation}) FROM (SELECT {frequency} AS f) x)"
        if leaf.startswith("("):
            # A phrase's words apart are no occurrence of it: only a paper holding the phrase scores.
            scored[leaf] = (f"(CASE WHEN {vector} @@ %s::tsquery THEN {part} ELSE 0 END)", [leaf, leaf])
        else:
            scored[leaf] = (part, [leaf])
    if not scored:
        return "0", []
    sums, params = [], []
    for group in _grouped(expression, scored):
        # Each required part of a query counts by its best alternative and a share (OTHER_SHARE) of
        # the others: a long protocol that writes "Sport", "Sportförderung" and "Breitensport" is
        # hardly more about sport than a paper with one of them.
        if len(group) == 1:
            sums.append(scored[group[0]][0])
        else:
            named = ", ".join(f"{scored[leaf][0]} AS a{k}" for k, leaf in enumerate(group))
            every = [f"a{k}" for k in range(len(group))]
            best = f"GREATEST({', '.join(every)})"
            # The alternatives that find a part inside other words or its translation's words apart
            # count by the best of them: a long record holds many such common words by chance.
            weak = [name for name, leaf in zip(every, group) if kept is not None and leaf not in kept]
            strong = [name for name in every if name not in weak]
            if len(weak) > 1:
                strong.append(f"GREATEST({', '.join(weak)})")
            else:
                strong.extend(weak)
            sums.append(f"(SELECT {1 - OTHER_SHARE:.6g} * {best} + {OTHER_SHARE:.6g} * ({' + '.join(strong)}) "
                        f"FROM (SELECT {named}) y)")
        params.extend(value for leaf in group for value in scored[leaf][1])
    return "(" + " + ".join(sums) + ")", params


def _grouped(expression: str, scored) -> list[list[str]]:
    """Return the scored alternatives of ``expression`` grouped by the required part (top-level ``&``) they belong to."""
    groups: list[list[str]] = []
    placed: set[str] = set()
    for part in required_parts(expression):
        group = [leaf for leaf in leaves(part) if leaf in scored and leaf not in placed]
        placed.update(group)
        if group:
            groups.append(group)
    groups.extend([leaf] for leaf in scored if leaf not in placed)
    return groups


def required_parts(expression: str) -> list[str]:
    """Return the operands of the top-level ``&`` of a tsquery text, without the excluded (``!``) ones."""
    found, depth, start, quoted = [], 0, 0, False
    position = 0
    while position < len(expression):
        char = expression[position]
        if quoted:
            if char == "'":
                if expression[position + 1 : position + 2] == "'":
                    position += 1
                else:
                    quoted = False
        elif char == "'":
            quoted = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "&" and depth == 0:
            found.append(expression[start:position])
            start = position + 1
        position += 1
    found.append(expression[start:])
    return [part.strip() for part in found if part.strip() and not part.strip().startswith("!")]
