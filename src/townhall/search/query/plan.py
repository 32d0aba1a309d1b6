"""Plan a parsed query: the analysed terms each required part needs, and those to leave out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from townhall.search.analyzers import LANGUAGES
from townhall.search.query.nodes import NOTHING_KNOWN, Knowledge, MatchPlan, Node, either
from townhall.search.query.runs import glossary_group, joined_compounds, name_positions, overlapping_terms
from townhall.search.query.syntax import OR_WORDS, AnyOf, Phrase, Query, Word, parse_query
from townhall.search.query.words import is_stopword_somewhere, item_node

def _required_nodes(query: Query, languages: Sequence[str], expand: bool,
                    known: Knowledge = NOTHING_KNOWN) -> list[tuple[str, Node]]:
    clauses = list(query.required)
    plain = [isinstance(c, Word) and not c.prefix for c in clauses]
    # A word that is a stopword in one of the searched languages is missing
    # from that language's documents, so requiring it would hide them. Such
    # words are left out unless nothing else would remain.
    droppable = [
        isinstance(c, Word) and not c.prefix and is_stopword_somewhere(c.text, languages) for c in clauses
    ]
    keep_stopwords = all(droppable) if clauses else False
    named = name_positions(clauses, plain, known)
    unnamed = [p and k not in named for k, p in enumerate(plain)]
    nodes: list[tuple[str, Node]] = []
    # Terms of a glossary phrase that overlaps the one before it, by the position of each of its
    # words past that phrase ("urban renewal" + "renewal area"): see ``overlapping_terms``.
    carried: dict[int, list[Node]] = {}
    if expand:
        for k, joined in joined_compounds(clauses, unnamed, droppable, languages, known).items():
            carried.setdefault(k, []).extend(joined)
    i = 0
    while i < len(clauses):
        if expand and unnamed[i]:
            group = glossary_group(clauses, unnamed, droppable, i, languages, known)
            if group is not None:
                node, used = group
                overlap = overlapping_terms(clauses, unnamed, droppable, i, used, languages)
                if overlap is not None:
                    end, terms = overlap
                    node = either([node, *terms]) or node
                    for k in range(i + used, end):
                        carried.setdefault(k, []).extend(terms)
                if i in carried:
                    node = either([node, *carried[i]]) or node
                nodes.append((" ".join(str(c) for c in clauses[i : i + used]), node))
                i += used
                continue
        clause = clauses[i]
        i += 1
        if droppable[i - 1] and not keep_stopwords:
            continue
        if isinstance(clause, AnyOf):
            node = either(n for o in clause.options if (n := item_node(o, languages, expand, known)) is not None)
        else:
            node = item_node(clause, languages, expand, known, name=i - 1 in named)
        if node is not None:
            if i - 1 in carried:
                node = either([node, *carried[i - 1]]) or node
            nodes.append((str(clause), node))
    return nodes


def plan_query(
    query: Query | str, languages: Iterable[str] = LANGUAGES, expand: bool = True,
    known: Knowledge = NOTHING_KNOWN,
) -> MatchPlan | None:
    """Work out which analysed terms ``query`` needs; None if it has no positive term.

    ``known`` adds what the database knows: proper names, indexed compounds, adjectives.
    """
    if isinstance(query, str):
        query = parse_query(query)
    languages = tuple(dict.fromkeys(languages)) or LANGUAGES
    labelled = _required_nodes(query, languages, expand, known)
    if not labelled:
        return None
    required = [node for _, node in labelled]
    excluded = []
    for item in query.excluded:
        if isinstance(item, Word) and not item.prefix and is_stopword_somewhere(item.text, languages):
            continue
        node = item_node(item, languages, expand=False)
        if node is not None:
            excluded.append(node)
    return MatchPlan(tuple(required), tuple(excluded), tuple(label for label, _ in labelled))


def glossary_phrases(plan: MatchPlan) -> tuple[Phrase, ...]:
    """Return the runs of typed words that ``plan`` reads as one glossary term ("health insurance").

    Such a run is the label of one required part made of several plain words; a typed phrase
    is labelled in quotes and a choice with OR.
    """
    found = []
    for label in plan.labels:
        pieces = label.split()
        if len(pieces) > 1 and not label.startswith('"') and not any(piece in OR_WORDS or piece == "|" for piece in pieces):
            found.append(Phrase(tuple(pieces)))
    return tuple(found)
