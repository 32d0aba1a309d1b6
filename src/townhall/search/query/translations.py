"""Translations of a typed word: the glossary's terms, the dictionaries', and a compound's part by part."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from townhall.search.analyzers import analyze_document, compound_part_terms, word_alternatives
from townhall.search.compounds import split_compound
from townhall.search.dictionaries import SHARED_BY, spelt_only, translate, translate_through_english
from townhall.search.false_friends import false_friend
from townhall.search.glossary import load_glossary
from townhall.search.query.nodes import And, Node, Or, Seq, either

def compound_glossary_nodes(text: str, languages: Sequence[str]) -> list[Node]:
    """Translate a compound part by part when the glossary knows every part.

    "Integrationskonferenz" then also finds "integration conference" and the
    Danish "integrationskonference".
    """
    glossary = load_glossary()
    nodes: list[Node] = []
    for language in ("de", "da"):
        parts = split_compound(text, language)
        if not parts or not all(glossary.concepts_for(part, [language]) for part in parts):
            continue
        each = []
        for part in parts:
            options: list[Node] = [Seq(alt, "translated") for alt in word_alternatives(part, languages)]
            options.extend(Seq(n.terms, "translated") for n in glossary_nodes(part, languages, split=True))
            node = either(options)
            if node is not None:
                each.append(node)
        if len(each) > 1:
            nodes.append(And(tuple(each)))
            adjacent = _adjacent_translations(each)
            nodes.extend(adjacent or _whole_in_head(each))
    return nodes


def _leaves(node: Node) -> list[Seq]:
    """Return the phrases a translated part offers: the node's own, or those of its choice."""
    return [leaf for leaf in (node.parts if isinstance(node, Or) else (node,)) if isinstance(leaf, Seq)]


#: Letters a translation of a compound's modifier needs to be recognised at the start of the head's.
_MODIFIER_LETTERS = 3


def _whole_in_head(each: Sequence[Node]) -> list[Node]:
    """Return the translations of a compound's last part that already name its first parts.

    The glossary may know a compound's head only through a concept that is the compound itself:
    *belysning* (lighting) is street lighting to it, so among its translations stand "street
    light", *Straßenbeleuchtung* and *gadelys*. Such a translation that begins with a translation
    of the part before the head (*gade*: street, *Straße*, *gade*) names the whole compound, and
    ranks as the word itself, where the parts' translations are too many to be written next to
    each other (``_adjacent_translations``).
    """
    modifiers = [leaf.terms for leaf in _leaves(each[-2]) if len("".join(leaf.terms)) >= _MODIFIER_LETTERS]
    found: list[Node] = []
    for leaf in _leaves(each[-1]):
        terms = leaf.terms
        if any(len(terms) > len(m) and terms[: len(m)] == m
               or len(terms) == 1 and len(m) == 1 and len(terms[0]) > len(m[0]) + 2 and terms[0].startswith(m[0])
               for m in modifiers):
            found.append(Seq(terms, "adjacent"))
    return found


def compound_dictionary_nodes(text: str, languages: Sequence[str]) -> list[Node]:
    """Translate a compound no glossary or dictionary knows whole, part by part, as phrases.

    "Glockenturm" is then the bell tower: the parts' translations next to each other, in
    order, in one language other than the compound's. A part the glossary knows is translated
    by it; every other part needs a dictionary translation, and the whole at most ``SHARED_BY``
    readings in a language (town, city by particle, portion, tract by festival, fair is no clear
    translation of "Stadtteilfest"). The parts apart anywhere in a paper are not enough ("Stadt"
    and "Teil" are in most papers), and the phrases rank like a dictionary translation of the
    whole word, not as the word itself.
    """
    if spelt_only():
        # A word the search guessed is not split into translated parts either.
        return []
    glossary = load_glossary()
    nodes: list[Node] = []
    for source in ("de", "da"):
        parts = split_compound(text, source)
        if len(parts) < 2:
            continue
        found: list[set[tuple[str, str]]] = []
        for part in parts:
            pairs = (glossary.equivalents(part, languages) if glossary.concepts_for(part, [source])
                     else translate(part, languages, sources=[source])
                     | translate_through_english(part, languages, sources=[source]))
            pairs = {(language, term) for language, term in pairs if language != source}
            if not pairs:
                break
            found.append(pairs)
        else:
            for target in sorted({language for pairs in found for language, _ in pairs}):
                each = [either(_translation_nodes(sorted(p for p in pairs if p[0] == target), "dictionary", split=True))
                        for pairs in found]
                phrases = _adjacent_translations(each) if all(node is not None for node in each) else []
                if len(phrases) <= SHARED_BY:
                    # More readings than a kept dictionary pair may have partners is no clear translation.
                    nodes.extend(Seq(phrase.terms, "dictionary") for phrase in phrases)
    return nodes


#: Translations of a compound written as adjacent words, at most (the loose form finds the rest).
_ADJACENT_TRANSLATIONS = 48


def _adjacent_translations(each: Sequence[Node]) -> list[Node]:
    """Return the translated parts of a compound next to each other, in order, as phrases.

    "integrationskonference" is "Integrationskonferenz" (parts adjacent among the parts of the
    German word) and "integration conference". Those name the same thing; the parts apart
    anywhere in a text often do not ("Klimareferat" is not any protocol mentioning the
    climate), so only the adjacent forms rank as the word itself (``INSIDE_ORIGINS``).
    """
    options = [_leaves(part) for part in each]
    count = 1
    for found in options:
        count *= len(found)
    if not count or count > _ADJACENT_TRANSLATIONS:
        return []
    phrases = [()]
    for found in options:
        phrases = [terms + leaf.terms for terms in phrases for leaf in found]
    return [Seq(terms, "adjacent") for terms in phrases]


def _translation_nodes(pairs: Iterable[tuple[str, str]], origin: str, split: bool = False) -> list[Node]:
    """Return an alternative per ``(language, term)`` translation, the term analysed as a paper's words are.

    With ``split``, a translation that is itself a compound is also given by its parts: the
    translation of one part of a compound stands among the parts of the compound a paper writes
    ("bydelsværksted" is the *Stadtteilwerkstatt*, indexed by *stadt teil werk statt*).
    """
    nodes: list[Node] = []
    for language, term in pairs:
        stream = analyze_document(term, language).stream
        if len(stream) == 1 and false_friend(term, stream[0], language):
            continue
        if stream:
            nodes.append(Seq(stream, origin))
        if split and len(stream) == 1 and (parts := compound_part_terms(term, language)):
            nodes.append(Seq(parts, origin))
    return nodes


def glossary_nodes(text: str, languages: Sequence[str], split: bool = False) -> list[Node]:
    """Return the glossary's translations of ``text`` (with ``split``, a compound one also by its parts)."""
    return _translation_nodes(load_glossary().equivalents(text, languages), "glossary", split)


def dictionary_nodes(text: str, languages: Sequence[str]) -> list[Node]:
    """Return the translations of a word the glossary does not know, from the installed dictionaries.

    Into a language no dictionary pairs with the word's, its translations through English.
    """
    return (_translation_nodes(sorted(translate(text, languages)), "dictionary")
            + _translation_nodes(sorted(translate_through_english(text, languages)), "pivot"))
