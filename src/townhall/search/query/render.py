"""Render a plan as an SQLite FTS5 MATCH expression or a PostgreSQL tsquery string."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from townhall.search.analyzers import LANGUAGES
from townhall.search.query.nodes import MatchPlan, Node, Or, Prefix, Seq
from townhall.search.query.plan import plan_query
from townhall.search.query.syntax import Query

# -- SQLite FTS5 --------------------------------------------------------------


def _fts5_string(terms: Sequence[str]) -> str:
    return '"' + " ".join(terms).replace('"', '""') + '"'


# The columns of whole words: a quoted text is never found among compound parts (``extras``).
_FTS5_WHOLE = "{title reference body} : "


def _fts5(node: Node) -> str:
    if isinstance(node, Seq):
        return (_FTS5_WHOLE if node.whole else "") + _fts5_string(node.terms)
    if isinstance(node, Prefix):
        return _fts5_string((node.term,)) + "*"
    joiner = " OR " if isinstance(node, Or) else " AND "
    return "(" + joiner.join(_fts5(p) for p in node.parts) + ")"


def to_fts5(query: Query | str, languages: Iterable[str] = LANGUAGES, expand: bool = True) -> str | None:
    """Render ``query`` as an FTS5 MATCH expression over the analysed-terms column.

    Every term is quoted, so nothing the user typed can act as FTS5 syntax.
    Returns None when the query has no positive term (see the module docstring):
    FTS5 cannot evaluate ``NOT`` without something to subtract from.
    """
    plan = plan_query(query, languages, expand)
    return None if plan is None else plan_to_fts5(plan)


def plan_to_fts5(plan: MatchPlan) -> str:
    """Render a planned query as an FTS5 MATCH expression (see ``to_fts5``)."""
    positive = " AND ".join(_fts5(n) for n in plan.required)
    if not plan.excluded:
        return positive
    negative = " OR ".join(_fts5(n) for n in plan.excluded)
    return f"({positive}) NOT ({negative})"


# -- PostgreSQL tsquery -------------------------------------------------------


def _ts_term(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def _tsquery(node: Node) -> str:
    if isinstance(node, Seq):
        # Weights A (title, reference) and C (body): a quoted text is never found among compound parts (D).
        weight = ":AC" if node.whole else ""
        if len(node.terms) == 1:
            return _ts_term(node.terms[0]) + weight
        return "(" + " <-> ".join(_ts_term(t) + weight for t in node.terms) + ")"
    if isinstance(node, Prefix):
        return _ts_term(node.term) + ":*"
    joiner = " | " if isinstance(node, Or) else " & "
    return "(" + joiner.join(_tsquery(p) for p in node.parts) + ")"


def to_tsquery(query: Query | str, languages: Iterable[str] = LANGUAGES, expand: bool = True) -> str | None:
    """Render ``query`` for PostgreSQL ``to_tsquery('simple', ...)`` over the analysed terms.

    Returns None when the query has no positive term, like ``to_fts5``.
    """
    plan = plan_query(query, languages, expand)
    return None if plan is None else plan_to_tsquery(plan)


def plan_to_tsquery(plan: MatchPlan) -> str:
    """Render a planned query for PostgreSQL (see ``to_tsquery``)."""
    parts = [_tsquery(n) for n in plan.required]
    parts.extend("!" + _tsquery(n) for n in plan.excluded)
    return " & ".join(parts)
