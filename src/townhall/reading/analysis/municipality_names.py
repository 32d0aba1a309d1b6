"""The municipalities the tables know, by official name, by town and by web domain, and the lookups of them."""

from __future__ import annotations

import re

from townhall.reading.analysis.municipalities import (
    DANISH,
    ENGLISH_COUNTY_COUNCILS,
    GERMAN,
    GERMAN_ALIASES,
    GERMAN_DOMAINS,
)

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": "-"})


def _slug(name: str) -> str:
    return name.lower().translate(_FOLD)


_DANISH_BY_NAME = {official.casefold(): official for official, _, _ in DANISH}
_DANISH_TOWNS: dict[str, str] = {}
_DOMAINS: dict[str, str] = {}
for _official, _towns, _domains in DANISH:
    for _town in _towns:
        _DANISH_TOWNS[_town.casefold()] = _official
    _DOMAINS[_slug(_towns[0]) + ".dk"] = _official
    for _domain in _domains:
        _DOMAINS[_domain] = _official
_GERMAN_CITIES = {**{c.casefold(): c for c in GERMAN}, **{a.casefold(): c for a, c in GERMAN_ALIASES.items()}}
for _city, _style in GERMAN.items():
    _DOMAINS[_slug(_city) + ".de"] = _style
    _DOMAINS["stadt-" + _slug(_city) + ".de"] = _style
for _domain, _city in GERMAN_DOMAINS.items():
    _DOMAINS[_domain] = GERMAN[_city]
for _official, _domains in ENGLISH_COUNTY_COUNCILS:
    _DOMAINS[_official.removesuffix(" County Council").lower().replace(" ", "") + ".gov.uk"] = _official
    for _domain in _domains:
        _DOMAINS[_domain] = _official
# Town names that are also everyday words or surnames; a bare mention of them proves nothing.
_AMBIGUOUS_TOWNS = frozenset(
    "essen hamm siegen marl hagen witten hof worms vejen greve odder skive ringe varde brande holte lynge nordby "
    "amager lolland langeland fanø samsø læsø ærø stevns faxe rebild".split()
)
# The official names of the municipalities the tables know ("Greve Kommune", "Stadt Dessau-Roßlau"), read as written,
# in capitals too, and in the genitive ("Greve Kommunes Affaldsplan").
_OFFICIAL_NAMES = {
    name.lower(): name for name in (*_DANISH_BY_NAME.values(), *GERMAN.values(), *(name for name, _ in ENGLISH_COUNTY_COUNCILS))
}
_OFFICIAL_NAME = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(name) for name in sorted(_OFFICIAL_NAMES, key=len, reverse=True)) + r")s?(?![\w-])",
    re.IGNORECASE,
)


def _domain_owner(domain: str) -> str | None:
    parts = domain.split(".")
    for i in range(len(parts) - 1):
        official = _DOMAINS.get(".".join(parts[i:]))
        if official:
            return official
    return None


def _town_of(word: str) -> str | None:
    # "Københavns", "Kölner", "Potsdamer": genitive and adjective forms of a town's name.
    for candidate in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("er") else ""):
        if not candidate or candidate in _AMBIGUOUS_TOWNS:
            continue
        if candidate in _DANISH_TOWNS:
            return _DANISH_TOWNS[candidate]
        if candidate in _GERMAN_CITIES:
            return GERMAN[_GERMAN_CITIES[candidate]]
    return None
