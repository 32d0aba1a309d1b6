"""Translations that the index would take for another language's word ("Rente" read as English "rent").

A query word's translation into a language is analysed as that language's papers are, and
looked for in every paper: the index keeps one set of terms for all languages. Most of the
time a term spelt alike in two languages means the same (*Sport*, *Hotel*, *plan*). Some
are false friends once stemmed: German *Rente* (pension) is indexed as *rent*, which every
English paper on rented homes holds; Danish *ledige* (unemployed) as *led*. Such a
translation finds the other language's papers on something else, and a search for
"pensioners" lists tenancy papers.

``false_friend`` tells them apart with the installed dictionaries: the translation's index
term is a word of another language of its own (spelt so, and indexed so in that language),
the glossary has no concept holding both, the dictionaries translate both words, and neither
translates into a word indexed as the other. A word a dictionary does not know, or knows without a translation, is given the
benefit of the doubt: without the dictionaries nothing counts as a false friend.
"""

from __future__ import annotations

import functools

from townhall.search.analyzers import LANGUAGES, analyze_document
from townhall.search.dictionaries import compiled, is_headword, translate
from townhall.search.glossary import load_glossary


def false_friend(written: str, term: str, language: str) -> bool:
    """Whether ``written``, a translation into ``language`` indexed as the one term ``term``, is another language's different word.

    It is when ``written`` is not spelt ``term``, ``term`` is a word of another language,
    indexed so there too, no glossary concept holds both, and the dictionaries know both words
    without either translating into the other: *Rente* gives pension, *rent* gives Miete.
    """
    if written.casefold() == term:
        # Spelt alike before any stemming: a word both languages write so (*port*, *Sport*) is
        # left to the papers of either; only a stem cut to another language's word is doubted.
        return False
    located = compiled()
    return located is not None and _doubted(written, term, language, located)


@functools.lru_cache(maxsize=4096)
def _doubted(written: str, term: str, language: str, located: tuple) -> bool:
    """``false_friend`` past its cheap test, answered once per translation and compiled file (``dictionaries.compiled``)."""
    glossary = load_glossary()
    for other in LANGUAGES:
        if other == language or not is_headword(term, other):
            continue
        if tuple(analyze_document(term, other).stream) != (term,):
            continue
        if {c.id for c in glossary.concepts_for(term, [other])} & {c.id for c in glossary.concepts_for(written, [language])}:
            continue
        forth = translate(written, [other], sources=[language])
        back = translate(term, [language], sources=[other])
        if not (forth and back):
            continue
        if any(tuple(analyze_document(word, other).stream) == (term,) for _, word in forth):
            continue
        if any(tuple(analyze_document(word, language).stream) == (term,) for _, word in back):
            continue
        return True
    return False
