"""The plan of a query: the analysed terms it needs from the index, as a tree of alternatives.

``plan_query`` (``townhall.search.query.plan``) builds a ``MatchPlan``; the renderers turn it
into backend expressions and the ranking reads it. ``Knowledge`` is what the database tells the
planner: proper names, indexed compounds, adjectives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from townhall.search.analyzers import words

#: Why an alternative is in a query, as ``--explain`` reports it.
ORIGINS = {
    "word": "the word as typed, in some language's form",
    "compound": "the parts of the typed compound",
    "glossary": "a glossary term for the same concept",
    "dictionary": "a translation from an installed dictionary (the glossary knows no concept for the word)",
    "pivot": "a translation through English, where no dictionary pairs the two languages",
    "translated": "the compound translated part by part, the parts anywhere in the text",
    "adjacent": "the compound translated part by part, the parts next to each other",
    "joined": "two typed words written as one compound in another language",
    "derived": "the noun made from the typed verb, or its translation",
    "scattered": "the words of a compound's translation, apart anywhere in the text",
    "apart": "a word of a known phrase, found apart from the phrase's other words",
    "prefix": "a word starting with the typed prefix",
    "phrase": "the quoted words",
    "fuzzy": "a known word spelled like the typed one",
    "whole": "an indexed compound that starts or ends with the typed word",
    "adjective": "the compound written as adjective and noun",
    "name": "a proper name, searched as written (not split, not translated)",
}


@dataclass(frozen=True)
class Knowledge:
    """What the database knows that a query plan may use; every part is optional.

    ``names``: normalised words and runs of words that are proper names (never split or
    translated). ``wholes(stem, language)``: indexed compounds that start with a stem;
    ``endings(stem, language)`` those that end with it.
    ``adjectives(noun)``: indexed German adjectives made of a noun.
    ``inflections(stem, language)``: indexed terms a letter or two longer than a long stem.
    ``holding(*terms)``: those of ``terms`` that the index holds.
    """

    names: frozenset[str] = frozenset()
    wholes: Callable[[str, str], tuple[str, ...]] | None = None
    adjectives: Callable[[str], tuple[str, ...]] | None = None
    #: ``endings(stem, language)``: indexed compounds that end with a stem.
    endings: Callable[[str, str], tuple[str, ...]] | None = None
    #: ``inflections(stem, language)``: indexed forms of a word that its stemmer leaves a letter or two longer.
    inflections: Callable[[str, str], tuple[str, ...]] | None = None
    #: ``holding(*terms)``: those of the analysed ``terms`` that the index holds.
    holding: Callable[..., tuple[str, ...]] | None = None

    def is_name(self, text: str) -> bool:
        return bool(self.names) and " ".join(words(text)) in self.names


NOTHING_KNOWN = Knowledge()


@dataclass(frozen=True)
class Seq:
    """Analysed terms that must occur in this order (one term: just the term)."""

    terms: tuple[str, ...]
    #: Why it is looked for (a key of ``ORIGINS``); not part of its identity.
    origin: str = field(default="word", compare=False)
    #: Only as whole words (title, reference, body), never as parts of a compound: quoted text.
    whole: bool = False


@dataclass(frozen=True)
class Prefix:
    """Any analysed term starting with ``term``."""

    term: str
    origin: str = field(default="prefix", compare=False)


@dataclass(frozen=True)
class Or:
    """Any one of the parts."""

    parts: tuple[Node, ...]


@dataclass(frozen=True)
class And:
    """All of the parts."""

    parts: tuple[Node, ...]


Node = Seq | Prefix | Or | And


@dataclass(frozen=True)
class MatchPlan:
    """What a query needs from the index: all of ``required``, none of ``excluded``."""

    required: tuple[Node, ...]
    excluded: tuple[Node, ...] = field(default=())
    #: What was typed for each of ``required`` (a word, a phrase, "a OR b", a glossary term of several words).
    labels: tuple[str, ...] = field(default=(), compare=False)


def either(nodes: Iterable[Node]) -> Node | None:
    flat: list[Node] = []
    for node in nodes:
        flat.extend(node.parts if isinstance(node, Or) else (node,))
    unique = tuple(dict.fromkeys(sorted(flat, key=_sort_key)))
    # A phrase adds nothing next to an alternative that every paper with the phrase
    # matches anyway ("offent høring" beside "høring"), and phrases cost the engine most.
    # Parts apart (an And) do not make a phrase redundant: it ranks as the word itself, they as parts.
    unique = tuple(node for node in unique if not (
        isinstance(node, Seq) and len(node.terms) > 1
        and any(other != node and not isinstance(other, And) and covers(other, node) for other in unique)
    ))
    if not unique:
        return None
    return unique[0] if len(unique) == 1 else Or(unique)


def covers(node: Node, phrase: Seq) -> bool:
    """Return whether every text holding ``phrase`` matches ``node``."""
    if isinstance(node, Seq) and node.whole and not phrase.whole:
        return False
    if isinstance(node, Seq):
        size = len(node.terms)
        return any(phrase.terms[start : start + size] == node.terms for start in range(len(phrase.terms) - size + 1))
    if isinstance(node, Prefix):
        return any(term.startswith(node.term) for term in phrase.terms)
    if isinstance(node, Or):
        return any(covers(part, phrase) for part in node.parts)
    return all(covers(part, phrase) for part in node.parts)


def _sort_key(node: Node) -> tuple:
    # Stable, readable output: shorter and simpler alternatives first.
    if isinstance(node, Seq):
        return (0, len(node.terms), node.terms)
    if isinstance(node, Prefix):
        return (1, 0, (node.term,))
    return (2, len(node.parts), tuple(repr(p) for p in node.parts))
