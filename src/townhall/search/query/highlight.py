"""Mark the words of a text that a query matched, by their analysed terms."""

from __future__ import annotations

import re
from collections.abc import Iterable

from townhall.search.analyzers import LANGUAGES, analyze_document
from townhall.search.query.nodes import Node, Prefix, Seq
from townhall.search.query.plan import plan_query
from townhall.search.query.syntax import Query

def _wanted_terms(nodes: Iterable[Node], terms: set[str], prefixes: set[str]) -> None:
    for node in nodes:
        if isinstance(node, Seq):
            terms.update(node.terms)
        elif isinstance(node, Prefix):
            prefixes.add(node.term)
        else:
            _wanted_terms(node.parts, terms, prefixes)


def highlight_spans(
    text: str,
    language: str,
    query: Query | str,
    languages: Iterable[str] = LANGUAGES,
    expand: bool = True,
) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the words in ``text`` that the query matched.

    The index holds stems, so a result snippet cannot be marked up by looking
    for the typed words: "Konferenzen" must light up for the query
    "konferencen", and "Integrationsudvalget" for "integration". A word is
    marked when any of its analysed terms is one the query looks for.
    """
    plan = plan_query(query, languages, expand)
    if plan is None:
        return []
    terms: set[str] = set()
    prefixes: set[str] = set()
    _wanted_terms(plan.required, terms, prefixes)
    spans = []
    for match in _TEXT_WORD_RE.finditer(text):
        analysed = analyze_document(match.group(0), language)
        found = (*analysed.stream, *analysed.extras)
        if any(t in terms or any(t.startswith(p) for p in prefixes) for t in found):
            spans.append(match.span())
    return spans


# Words as they stand in the original text, so that offsets fit it.
_TEXT_WORD_RE = re.compile(r"[^\W_]+(?:[-/.][^\W_]+)*")
