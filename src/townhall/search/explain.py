"""Say why a paper matched a query: which typed words, through which index terms, found where.

The index holds analysed terms only (``townhall.search.analyzers``), so a paper is analysed
again exactly as it was indexed (``indexing.entry_for``) and each alternative of each
required part of the query plan is looked for in its five columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from townhall.search.indexing import entry_for, paper_row
from townhall.search.query import And, MatchPlan, Node, Or, Prefix, Seq

#: Index columns as ``--explain`` names them.
COLUMNS = ("title", "reference", "body", "parts", "route and attachments")


@dataclass(frozen=True)
class Reason:
    """One way a typed part of the query was found in a paper."""

    typed: str
    terms: tuple[str, ...]
    origin: str
    columns: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"typed": self.typed, "terms": list(self.terms), "origin": self.origin, "columns": list(self.columns)}


def explain(paper, plan: MatchPlan | None) -> list[Reason]:
    """Return the reasons ``paper`` matched ``plan``, in the order the query was typed."""
    if plan is None:
        return []
    entry = entry_for(paper_row(paper))
    parts = " ".join(text for text in (entry.title_parts, entry.extras) if text)
    columns = {name: text.split()
               for name, text in zip(COLUMNS, (entry.title, entry.reference, entry.body, parts, entry.context))}
    reasons: list[Reason] = []
    labels = plan.labels or tuple("" for _ in plan.required)
    for label, node in zip(labels, plan.required):
        seen: set[tuple[tuple[str, ...], str]] = set()
        for leaf in _leaves(node):
            found = tuple(name for name, terms in columns.items()
                          if _holds(terms, leaf) and not (name in COLUMNS[3:] and getattr(leaf, "whole", False)))
            if not found:
                continue
            terms = (leaf.term + "*",) if isinstance(leaf, Prefix) else leaf.terms
            if (terms, leaf.origin) in seen:
                continue
            seen.add((terms, leaf.origin))
            reasons.append(Reason(label, terms, leaf.origin, found))
    return reasons


def matched_terms(reasons: list[Reason]) -> list[str]:
    """Return the distinct analysed terms the reasons name, in order."""
    return list(dict.fromkeys(term for reason in reasons for term in reason.terms))


def _leaves(node: Node):
    if isinstance(node, Seq | Prefix):
        yield node
    elif isinstance(node, Or | And):
        for part in node.parts:
            yield from _leaves(part)


def _holds(terms: list[str], leaf: Seq | Prefix) -> bool:
    if isinstance(leaf, Prefix):
        return any(term.startswith(leaf.term) for term in terms)
    size = len(leaf.terms)
    if size == 1:
        return leaf.terms[0] in terms
    first = leaf.terms[0]
    return any(terms[i : i + size] == list(leaf.terms) for i, term in enumerate(terms) if term == first)
