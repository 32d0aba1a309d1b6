"""The alternatives of one typed word or phrase: its forms, compound parts, indexed compounds and translations."""

from __future__ import annotations

from collections.abc import Sequence

from townhall.search.analyzers import (
    UNDETERMINED,
    analyze_query_terms,
    is_acronym,
    phrase_alternatives,
    prefix_alternatives,
    street_spellings,
    stopwords,
    word_alternatives,
    words,
)
from townhall.search.compound_parts import compound_segments
from townhall.search.compounds import split_compound
from townhall.search.derivation import derived_nouns
from townhall.search.dictionaries import spelt_only
from townhall.search.query.nodes import NOTHING_KNOWN, And, Knowledge, Node, Prefix, Seq, either
from townhall.search.query.syntax import Item, Phrase, Word
from townhall.search.query.translations import (
    compound_dictionary_nodes,
    compound_glossary_nodes,
    dictionary_nodes,
    glossary_nodes,
)

def is_stopword_somewhere(word: str, languages: Sequence[str]) -> bool:
    if is_acronym(word):
        # "IT", "EU": typed in capitals, an acronym is searched even when spelt like a stopword.
        return False
    pieces = words(word)
    return bool(pieces) and all(
        any(piece in stopwords(lang) for lang in languages if lang != UNDETERMINED) for piece in pieces
    )


def _word_seqs(text: str, languages: Sequence[str]) -> list[Node]:
    """Return the alternatives of one typed word: its forms, and its compound parts in order."""
    forms = set(analyze_query_terms(text, languages).values())
    return [Seq(alt, "word" if alt in forms else "compound") for alt in word_alternatives(text, languages)]


def word_node(word: Word, languages: Sequence[str], expand: bool, known: Knowledge = NOTHING_KNOWN,
               name: bool = False) -> Node | None:
    if word.prefix:
        return either(Prefix(p) for p in prefix_alternatives(word.text, languages))
    if name or known.is_name(word.text):
        # A proper name: its forms as written, no compound parts, no translation.
        forms = {terms for terms in analyze_query_terms(word.text, languages).values() if terms}
        if "de" in languages:
            # A street is written in full or short: "Kirchstraße", "Kirchstr."
            forms |= street_spellings(word.text)
        return either(Seq(terms, "name") for terms in forms)
    nodes: list[Node] = _word_seqs(word.text, languages)
    nodes.extend(_compound_nodes(word.text, languages, known))
    if expand:
        translated: list[Node] = []
        spellings = _spellings(word.text)
        for text in spellings:
            translated = glossary_nodes(text, languages) + compound_glossary_nodes(text, languages)
            translated = (translated or dictionary_nodes(text, languages)
                          or compound_dictionary_nodes(text, languages))
            if translated:
                break
        nodes.extend(translated)
        if any(_is_compound(text, languages) for text in spellings):
            nodes.extend(words_apart(translated))
        if "de" in languages:
            nodes.extend(_derived_nodes(word.text, languages))
    return either(nodes)


def _spellings(text: str) -> tuple[str, ...]:
    """Return ``text``, and a compound written with hyphens as one word ("Kita-Plätze": "Kitaplätze").

    The glossary and the dictionaries list a compound written as one word; the hyphenated
    spelling is tried first and the joined one only when it finds no translation.
    """
    pieces = text.split("-")
    if len(pieces) > 1 and all(len(piece) > 1 and piece.isalpha() for piece in pieces):
        return text, "".join(pieces)
    return (text,)


def _derived_nodes(text: str, languages: Sequence[str]) -> list[Node]:
    """Return the German nouns made from a typed verb ("verlängert": *Verlängerung*) and their translations.

    They rank as parts (``INSIDE_ORIGINS``): the paper's noun names the act the verb asks about.
    A word the search guessed is not read as a verb too.
    """
    if spelt_only():
        return []
    nodes: list[Node] = []
    for noun in derived_nouns(text):
        nodes.extend(Seq(terms, "derived") for terms in sorted(set(analyze_query_terms(noun, ["de"]).values())) if terms)
        translations = glossary_nodes(noun, languages) or dictionary_nodes(noun, languages)
        nodes.extend(Seq(node.terms, "derived") for node in translations if isinstance(node, Seq))
    return nodes


def _is_compound(text: str, languages: Sequence[str]) -> bool:
    """Whether ``text`` is a Danish or German compound, by the lexicon or by the glossary's words."""
    return any(split_compound(text, language) for language in ("de", "da") if language in languages) or (
        compound_segments(text, languages) is not None)


#: Words of a translation that is several words, at most, for it to be looked for with its words apart.
_APART_WORDS = 3


def words_apart(translations: Sequence[Node]) -> list[Node]:
    """Return the translations of several words of one typed word with their words anywhere in a paper.

    "vejskilte" are "road signs"; a paper may write of "signs" put up along a "road". Every
    word must be there; such a paper ranks as one holding parts (``INSIDE_ORIGINS``), and
    higher where the words stand near each other (the best passage). Only for a compound: the translation of several
    words of a plain word names one thing ("unge", young people), not its words anywhere.
    """
    found: list[Node] = []
    for node in translations:
        if isinstance(node, Seq) and node.origin in ("glossary", "dictionary", "pivot") and (
                1 < len(set(node.terms)) <= _APART_WORDS):
            found.append(And(tuple(Seq((term,), "scattered") for term in dict.fromkeys(node.terms))))
    return found


def _compound_nodes(text: str, languages: Sequence[str], known: Knowledge) -> list[Node]:
    """Return the indexed compounds a first part finds, and a German compound as adjective + noun."""
    nodes: list[Node] = []
    stems_by_language = {language: analyze_query_terms(text, [language])[language]
                         for language in ("da", "de") if language in languages}
    if known.inflections is not None:
        for language, stems in stems_by_language.items():
            if len(stems) == 1:
                # Another form of the typed word ("byrådsseminariet" for "byrådsseminar"): the word itself.
                nodes.extend(Seq((term,), "word") for term in known.inflections(stems[0], language))
    if known.wholes is not None:
        for language, stems in stems_by_language.items():
            if len(stems) == 1:
                nodes.extend(Seq((term,), "whole") for term in known.wholes(stems[0], language))
                if known.endings is not None:
                    nodes.extend(Seq((term,), "whole") for term in known.endings(stems[0], language))
    if known.adjectives is not None and "de" in languages:
        parts = split_compound(text, "de")
        if len(parts) == 2:
            head = analyze_query_terms(parts[1], ["de"])["de"]
            if len(head) == 1:
                nodes.extend(Seq((adjective, head[0]), "adjective") for adjective in known.adjectives(parts[0]))
    return nodes


def _phrase_node(phrase: Phrase, languages: Sequence[str]) -> Node | None:
    # Quotes ask for exactly these words: no compound parts, no glossary.
    return either(Seq(alt, "phrase", whole=True) for alt in phrase_alternatives(phrase.text, languages))


def item_node(item: Item, languages: Sequence[str], expand: bool, known: Knowledge = NOTHING_KNOWN,
               name: bool = False) -> Node | None:
    if isinstance(item, Phrase):
        return _phrase_node(item, languages)
    return word_node(item, languages, expand, known, name)
