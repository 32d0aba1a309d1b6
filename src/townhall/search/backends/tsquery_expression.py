"""Read the tsquery expressions the PostgreSQL backend renders: their loose form, parts and alternatives.

An expression is the text ``query.plan_to_tsquery`` writes. Its loose form (phrases as AND, no
weights) is what the GIN index over stripped vectors answers; its parts that must all be present
and its alternatives are counted from the vocabulary to choose what a search reads first. The
leaner form of each expression rendered (``query.matching_plan``) is kept for ``finding``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from townhall.search import vocabulary
from townhall.search.query import MatchPlan, matching_plan, plan_to_tsquery

TERM_RE = re.compile(r"'((?:[^']|'')*)'")
_SINGLE_TERM_RE = re.compile(r"'((?:[^']|'')*)'")
LOOSE_TOKEN_RE = re.compile(r"'(?:[^']|'')*'(?::[*A-D]+)?|<\d*-?>|[()!&|]|\s+")

#: The expression that finds the same papers with fewer phrases (``query.matching_plan``), per
#: expression this backend rendered; at most ``_LEAN_KEPT`` are kept.
_LEAN: dict[str, str] = {}
_LEAN_KEPT = 4096


def expressed(plan: MatchPlan) -> str:
    """Return ``plan`` as a tsquery expression, and keep the leaner form ``finding`` gives for it."""
    expression = plan_to_tsquery(plan)
    # The expression says all the leaner plan depends on (terms, phrases, weights, prefixes,
    # nesting), so it is worked out once per expression: for a compound with its glossary
    # alternatives comparing every phrase with every other alternative took 3 ms a search.
    if expression not in _LEAN:
        if len(_LEAN) >= _LEAN_KEPT:
            _LEAN.clear()
        _LEAN[expression] = plan_to_tsquery(matching_plan(plan))
    return expression


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
    for match in LOOSE_TOKEN_RE.finditer(expression):
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
    if sum(len(m.group(0)) for m in LOOSE_TOKEN_RE.finditer(expression)) != len(expression):
        return None  # something this reader does not know: keep the expression as it is
    return loose


@functools.lru_cache(maxsize=4096)
def any_term_query(expression: str) -> str:
    """Return a query for any of the terms and prefixes of ``expression`` that are not excluded."""
    negated = loose_tsquery(expression) is None or "!" in expression
    wanted = []
    for match in LOOSE_TOKEN_RE.finditer(expression):
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
    for match in LOOSE_TOKEN_RE.finditer(expression):
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


def clauses_of(expression: str) -> list[str]:
    """Return the parts of ``expression`` joined by AND at its top level (the whole of it when there is one)."""
    return _top_level_parts(expression, "&")


def alternatives_of(expression: str) -> list[str]:
    """Return the parts of ``expression`` joined by OR at its top level."""
    return _top_level_parts(unwrapped(expression.strip()), "|", whole_if=("&", "!"))


def unwrapped(part: str) -> str:
    """Return ``part`` without parentheses that enclose the whole of it."""
    while part.startswith("(") and part.endswith(")"):
        depth = 0
        for match in LOOSE_TOKEN_RE.finditer(part):
            depth += {"(": 1, ")": -1}.get(match.group(0), 0)
            if depth == 0:
                break
        if match.end() != len(part):
            break
        part = part[1:-1].strip()
    return part


def rarest_clause(expression: str) -> str:
    """Return the part of ``expression`` (words that must all be present) held by the fewest papers.

    Every match of ``expression`` matches that part. Parts are counted from the vocabulary (the
    terms of a part summed); a negated part or one with a prefix is never chosen. ``expression``
    itself when it has one part only.
    """
    return _rarest_part(expression, vocabulary.filling())


@functools.lru_cache(maxsize=4096)
def _rarest_part(expression: str, filling: tuple[int, int] | None) -> str:
    parts = clauses_of(unwrapped(expression.strip()))
    if len(parts) == 1:
        # Alternatives that all hold one part ("city council" | "citi council"): that part.
        shared = None
        for alternative in alternatives_of(parts[0]):
            found = set(clauses_of(unwrapped(alternative)))
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
    return {part: most for part, (most, _least) in held_between(parts).items()}


def held_between(parts: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Return how many papers hold each of ``parts`` at most and at least (one lookup).

    At most: the papers of its terms summed. At least: those of its most common term that is an
    alternative of its own (``'a' | 'b'``: each paper holding ``'a'`` matches); 0 without one.
    """
    terms = {part: {term.replace("''", "'") for term in TERM_RE.findall(part)} for part in parts}
    docs = vocabulary.known(set().union(*terms.values())) if terms else {}
    bounds = {}
    for part, words in terms.items():
        alone = [_SINGLE_TERM_RE.fullmatch(alternative) for alternative in alternatives_of(part)]
        least = max((docs.get(match.group(1).replace("''", "'"), 0) for match in alone if match), default=0)
        bounds[part] = (sum(docs.get(term, 0) for term in words), least)
    return bounds
