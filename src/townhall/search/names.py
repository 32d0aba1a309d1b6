"""Proper names the database knows: streets and places, municipalities, people, organisations.

A query word that is such a name is searched as written (in each language's form) but
never split into compound parts and never translated: "Hundigevej" is a street, not dogs and
roads, and "Fischer" a councillor. Names come from ``Location`` (street without house
number, locality, sub-locality), ``Body`` (name, short name and the distinctive words of the
name), ``Person`` (full and family name) and ``Organization`` (names with a word that is no
ordinary council word, so "Movia" counts but "Økonomiudvalget" does not). A word ending in a
street suffix (-vej, -gade, -straße, -weg, ...) is a name too, unless the glossary or a
dictionary knows it as a word ("Spielplatz", "Radweg").

The set is read once per process and again whenever the search vocabulary is refilled
(``vocabulary.filling`` changes) or a municipality is added.
"""

from __future__ import annotations

import re
import threading

from townhall.search.analyzers import LANGUAGES, stopwords, words
from townhall.search.compounds import load_lexicon, split_compound
from townhall.search.dictionaries import is_headword
from townhall.search.glossary import load_glossary

STREET_SUFFIXES = (
    "vej", "vejen", "gade", "gaden", "stræde", "allé", "alle", "plads", "pladsen", "torv", "torvet",
    "straße", "strasse", "weg", "gasse", "platz", "allee", "ufer", "damm",
)
_NUMBER_RE = re.compile(r"\d")
_lock = threading.Lock()
_cache: dict[str, object] = {"version": None, "names": frozenset()}


def key(text: str) -> str:
    """Return the normalised spelling names are compared by."""
    return " ".join(words(text))


def is_street_word(word: str) -> bool:
    """Say whether ``word`` is written like a street name ("Hundigevej", "Kirchstraße").

    A word of the language written so is no name: the glossary or a dictionary knows the
    *legeplads* and the *Spielplatz* (playgrounds), the *Radweg* (a cycle path).
    """
    word = key(word)
    return (" " not in word and any(word.endswith(suffix) and len(word) >= len(suffix) + 3 for suffix in STREET_SUFFIXES)
            and not _common_noun(word))


def _common_noun(word: str) -> bool:
    """Say whether the glossary or an installed dictionary lists ``word`` (a spelling key) as a word of its own."""
    return bool(load_glossary().concepts_for(word)) or any(is_headword(word, language) for language in ("da", "de"))


def known_names() -> frozenset[str]:
    """Return the normalised names the database knows (single words and whole multi-word names)."""
    from townhall.search import vocabulary

    version = (vocabulary.filling(), _bodies())
    with _lock:
        if _cache["version"] == version:
            return _cache["names"]  # type: ignore[return-value]
    names = frozenset(_read_names())
    with _lock:
        _cache.update(version=version, names=names)
    return names


def _bodies() -> int:
    """Return how many municipalities there are, deleted ones too (asked every search: one plain statement)."""
    from django.db import connection

    from townhall.core.models import Body

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(Body._meta.db_table)}")
        return int(cursor.fetchone()[0])


def _known_word(word: str, glossary_languages) -> bool:
    """Say whether ``word`` is a stopword, a compound lexicon's word or a glossary term of ``glossary_languages``."""
    return (
        any(word in stopwords(language) for language in LANGUAGES)
        or any(word in load_lexicon(language) for language in ("da", "de"))
        or bool(load_glossary().concepts_for(word, list(glossary_languages)))
    )


def _ordinary(word: str) -> bool:
    """Say whether ``word`` is an ordinary council word rather than part of a name.

    Danish and German words are looked up in the compound lexicons (and split by them); English
    ones, which have no lexicon, in the glossary: "city" and "county" of "City of Winnipeg" and
    "Kent County Council" are words to translate, not names.
    """
    return _known_word(word, ["en"]) or any(split_compound(word, language) for language in ("da", "de"))


def distinctive_words(label: str) -> list[str]:
    """Return the words of a municipality's name that name it: "Kent" of "Kent County Council".

    Words of every such name (*Kommune*, *Landeshauptstadt*, city, county) are known to the
    glossary or a lexicon as they stand; a name made of ordinary parts (*Quellhausen*) is still a name.
    """
    return [word for word in key(label).split() if not _known_word(word, LANGUAGES)]


def _read_names():
    from townhall.core.models import Body, Location, Organization, Person

    for street, locality, sub_locality in Location.all_objects.values_list("street_address", "locality", "sub_locality"):
        if street:
            # "Hundigevej 38, 2670 Greve": the words before the first number.
            yield key(_NUMBER_RE.split(street, 1)[0])
        for place in (locality, sub_locality):
            if place:
                yield key(place)
    for name, short in Body.all_objects.values_list("name", "short_name"):
        for label in (name, short):
            if label:
                yield key(label)
                yield from distinctive_words(label)
    for name, family in Person.all_objects.values_list("name", "family_name"):
        for label in (name, family):
            if label:
                yield key(label)
    for name, short in Organization.all_objects.values_list("name", "short_name"):
        for label in (name, short):
            if label and not all(_ordinary(word) for word in key(label).split()):
                yield key(label)


def names_in(texts) -> set[str]:
    """Return which of ``texts`` (typed words or runs of words) are proper names."""
    names = known_names()
    return {text for text in texts if key(text) and (key(text) in names or is_street_word(text))}
