"""Runs of typed words read as one: glossary phrases, proper names, and two words another language joins."""

from __future__ import annotations

from collections.abc import Sequence

from townhall.search.analyzers import LANGUAGES, stopwords, words
from townhall.search.glossary import load_glossary
from townhall.search.joined import joinings
from townhall.search.query.nodes import NOTHING_KNOWN, And, Knowledge, Node, Or, Seq, either
from townhall.search.query.syntax import Clause
from townhall.search.query.translations import glossary_nodes
from townhall.search.query.words import word_node, words_apart

# Longest run of plain words tried as one glossary term ("city council").
_MAX_GLOSSARY_WORDS = 4
# Neighbouring words tried as one compound of another language, per query at most (``joined_compounds``).
_MAX_JOINED_PAIRS = 6


def name_positions(clauses: Sequence[Clause], plain: Sequence[bool], known: Knowledge) -> set[int]:
    """Return the positions of plain words that are part of a proper name (one word or a run)."""
    found: set[int] = set()
    if not known.names:
        return found
    for start in range(len(clauses)):
        for size in range(_MAX_GLOSSARY_WORDS, 0, -1):
            run = clauses[start : start + size]
            if len(run) == size and all(plain[start : start + size]):
                if known.is_name(" ".join(w.text for w in run)):  # type: ignore[union-attr]
                    found.update(range(start, start + size))
                    break
    return found


def joined_compounds(clauses: Sequence[Clause], plain: Sequence[bool], droppable: Sequence[bool],
                      languages: Sequence[str], known: Knowledge) -> dict[int, list[Node]]:
    """Return, by the position of each of its two words, the compounds that join two neighbouring words.

    "time capsule" is *tidskapsel* in a Danish paper (``joined.joinings``): a paper holding the
    compound holds what both words ask for, so the compound is an alternative of each. Only
    compounds the index holds are kept, asked in one look-up for the whole query, and never
    for two words that a glossary phrase already joins.
    """
    if known.holding is None:
        return {}
    glossary = load_glossary()
    candidates: dict[int, dict[str, str]] = {}
    for k in range(min(len(clauses) - 1, _MAX_JOINED_PAIRS)):
        if not (plain[k] and plain[k + 1]) or droppable[k] or droppable[k + 1]:
            continue
        first, second = clauses[k].text, clauses[k + 1].text  # type: ignore[union-attr]
        if glossary.concepts_for(f"{first} {second}"):
            continue
        candidates[k] = joinings(first, second, languages)
    wanted = sorted({term for found in candidates.values() for term in found})
    held = set(known.holding(*wanted)) if wanted else set()
    alternatives: dict[int, list[Node]] = {}
    for k, found in candidates.items():
        nodes = [Seq((term,), "joined") for term in sorted(found) if term in held]
        if nodes:
            alternatives.setdefault(k, []).extend(nodes)
            alternatives.setdefault(k + 1, []).extend(nodes)
    return alternatives


def overlapping_terms(clauses: Sequence[Clause], plain: Sequence[bool], droppable: Sequence[bool], start: int,
                       used: int, languages: Sequence[str]) -> tuple[int, list[Node]] | None:
    """Return the end and the terms of a glossary phrase that begins inside the group at ``start`` and ends past it.

    "urban renewal area" holds two glossary phrases that share a word: *urban renewal* (the
    group read first) and *renewal area* (a redevelopment area, *Sanierungsgebiet*). Reading
    the first alone loses the second concept's translations. A paper holding the second
    phrase holds what the shared and later words ask for, so its terms are an alternative of
    the first group and of each later word it covers. None when no such phrase starts there.
    """
    glossary = load_glossary()
    for inner in range(start + 1, start + used):
        if not plain[inner] or droppable[inner]:
            continue
        longest = 1
        while longest < _MAX_GLOSSARY_WORDS and inner + longest < len(clauses) and plain[inner + longest]:
            longest += 1
        for size in range(longest, start + used - inner, -1):
            if droppable[inner + size - 1]:
                continue
            text = " ".join(clauses[inner + k].text for k in range(size))  # type: ignore[union-attr]
            if glossary.concepts_for(text):
                terms = glossary_nodes(text, languages)
                if terms:
                    return inner + size, terms
    return None


def glossary_group(
    clauses: Sequence[Clause],
    plain: Sequence[bool],
    droppable: Sequence[bool],
    start: int,
    languages: Sequence[str],
    known: Knowledge = NOTHING_KNOWN,
) -> tuple[Node, int] | None:
    """Match the longest run of plain words from ``start`` that is a glossary term."""
    glossary = load_glossary()
    longest = 1
    while longest < _MAX_GLOSSARY_WORDS and start + longest < len(clauses) and plain[start + longest]:
        longest += 1
    for size in range(longest, 1, -1):
        run = [clauses[start + k] for k in range(size)]
        text = " ".join(w.text for w in run)  # type: ignore[union-attr]
        if not glossary.concepts_for(text):
            continue
        if (droppable[start] or droppable[start + size - 1]) and not _phrase_of_its_own_language(text):
            # "Sportplätze für" is no phrase: only the stopword makes it look like one. "dog tax"
            # is one, though "dog" is a Danish stopword: no English one.
            continue
        each: list[Node] = []
        untranslated = False
        for k, word in enumerate(run):
            if droppable[start + k]:
                continue
            # Each word is also translated on its own ("health insurance" -> "Versicherung" and
            # "Gesundheit"): the concept of the whole phrase may be missing a paper's wording.
            # Such word-by-word translations rank as parts (``INSIDE_ORIGINS``).
            node = word_node(word, languages, True, known)  # type: ignore[arg-type]
            if node is not None:
                each.append(_apart(_word_by_word(node)))
                untranslated = untranslated or not _translated(node)
        alternatives: list[Node] = [And(tuple(each))] if len(each) > 1 else each
        translations = glossary_nodes(text, languages)
        alternatives.extend(translations)
        if untranslated:
            # A word no glossary or dictionary translates alone ("gesundheitliche") leaves its
            # phrase's translation as the only way into other languages, and a paper may word it
            # otherwise: "inequalities in health" for the glossary's "health inequalities". Not
            # the phrase's synonyms in its own language, whose words apart are any text's words.
            own = {language for language in LANGUAGES if glossary.concepts_for(text, [language])}
            others = [language for language in languages if language not in own]
            alternatives.extend(words_apart(glossary_nodes(text, others)))
        node = either(alternatives)
        if node is not None:
            return node, size
    return None


def _translated(node: Node) -> bool:
    """Whether ``node`` holds a translation of its word (glossary, dictionary, through English)."""
    if isinstance(node, Seq):
        return node.origin in ("glossary", "translated", "dictionary", "pivot")
    if isinstance(node, Or | And):
        return any(_translated(part) for part in node.parts)
    return False


def _phrase_of_its_own_language(text: str) -> bool:
    """Whether ``text`` is a glossary term of a language in which its first and last words are no stopwords."""
    pieces = words(text)
    glossary = load_glossary()
    return bool(pieces) and any(
        pieces[0] not in stopwords(language) and pieces[-1] not in stopwords(language)
        and glossary.concepts_for(text, [language])
        for language in LANGUAGES
    )


def _apart(node: Node) -> Node:
    """Return ``node`` with the typed word marked as one word of a known phrase, looked for on its own.

    "health insurance" names one thing; a paper with "health" in one place and "insurance" in
    another is found, but ranks like one with parts of the words, below the phrase itself and
    its translations ("Krankenversicherung").
    """
    if isinstance(node, Seq):
        return Seq(node.terms, "apart", node.whole) if node.origin == "word" else node
    if isinstance(node, Or | And):
        return type(node)(tuple(_apart(part) for part in node.parts))
    return node


def _word_by_word(node: Node) -> Node:
    """Return ``node`` with its glossary alternatives marked as a word-by-word translation."""
    if isinstance(node, Seq):
        return Seq(node.terms, "translated", node.whole) if node.origin in ("glossary", "translated") else node
    if isinstance(node, Or | And):
        return type(node)(tuple(_word_by_word(part) for part in node.parts))
    return node
