"""Leaner forms of a plan: its core for ranking, and the plan that finds the same papers with fewer phrases."""

from __future__ import annotations

from townhall.search.query.nodes import And, MatchPlan, Node, Or, Prefix, Seq, covers

#: Alternatives that find a word inside another word of the index: they widen what is found
#: but weigh like compound parts in the ranking (``core_plan``).
INSIDE_ORIGINS = frozenset({"whole", "adjective", "translated", "apart", "dictionary", "pivot", "scattered", "joined",
                            "derived"})


def core_plan(plan: MatchPlan) -> MatchPlan | None:
    """Return ``plan`` without the alternatives that find the typed word inside indexed compounds.

    A search engine adds up every alternative a paper holds, so a paper that writes a word and
    also three compounds starting with it would outrank one that has the word in its title.
    Ranking scores the core apart and counts the rest as parts. None when there is nothing to
    leave out.
    """
    changed = False

    def strip(node: Node) -> Node | None:
        nonlocal changed
        if isinstance(node, Seq) and node.origin in INSIDE_ORIGINS:
            changed = True
            return None
        if isinstance(node, Or | And):
            parts = tuple(kept for part in node.parts if (kept := strip(part)) is not None)
            if not parts:
                return None
            if isinstance(node, And) and len(parts) < len(node.parts):
                return None
            return parts[0] if len(parts) == 1 else type(node)(parts)
        return node

    required = tuple(kept for node in plan.required if (kept := strip(node)) is not None)
    if not changed or not required:
        return None
    return MatchPlan(required, plan.excluded, plan.labels[: len(required)] if len(required) == len(plan.required) else ())


def matching_plan(plan: MatchPlan, *, marking: bool = False) -> MatchPlan:
    """Return ``plan`` without phrases that another alternative of the same choice already finds.

    A compound translated part by part is looked for as phrases ("integration conference") and
    as its parts anywhere; every paper with such a phrase has the parts, so the phrases only
    rank (``INSIDE_ORIGINS``) and find nothing more. Testing them costs an engine most, so the
    matches are found with this leaner plan (the same papers) and ranked with the whole one.
    ``marking`` keeps a phrase that holds a term no other alternative of the choice looks for
    on its own ("school place plan" beside "school" and "plan"), so the same words are marked.
    """

    def alone(node: Node) -> tuple[set[str], set[str]]:
        terms: set[str] = set()
        prefixes: set[str] = set()
        pending = [node]
        while pending:
            current = pending.pop()
            if isinstance(current, Seq) and len(current.terms) == 1:
                terms.add(current.terms[0])
            elif isinstance(current, Prefix):
                prefixes.add(current.term)
            elif isinstance(current, Or | And):
                pending.extend(current.parts)
        return terms, prefixes

    def lean(node: Node) -> Node:
        if isinstance(node, And):
            return And(tuple(lean(part) for part in node.parts))
        if not isinstance(node, Or):
            return node
        parts = tuple(lean(part) for part in node.parts)
        terms, prefixes = alone(Or(parts)) if marking else (set(), set())
        kept = tuple(part for part in parts if not (
            isinstance(part, Seq) and len(part.terms) > 1
            and (not marking or all(term in terms or term.startswith(tuple(prefixes)) for term in part.terms))
            and any(other is not part and other != part and covers(other, part) for other in parts)
        ))
        return kept[0] if len(kept) == 1 else Or(kept)

    return MatchPlan(tuple(lean(node) for node in plan.required), plan.excluded, plan.labels)
