"""The keys by which two spellings of one committee, person or municipality are recognised as one."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

STEMMER_LANGUAGES = {"da": "danish", "de": "german", "en": "english"}
_WORD = re.compile(r"\w+")
_LEADING_ARTICLES = {"the", "der", "die", "das", "des", "dem", "den"}
# Words that say what kind of body a municipality is, not which one it is.
_BODY_WORDS = {
    "kommune", "kommunes", "stadt", "landeshauptstadt", "hansestadt", "gemeinde", "markt", "kreisstadt",
    "kreisfreie", "große", "grosse", "universitätsstadt", "city", "council", "borough", "county", "district",
    "municipality", "metropolitan", "of", "the", "and", "region", "regionskommune", "kreis", "landkreis",
}


@lru_cache(maxsize=4)
def _stemmer(language: str):
    import Stemmer

    return Stemmer.Stemmer(STEMMER_LANGUAGES[language])


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def organization_key(name: str, language: str | None = None) -> str:
    """Return the form of a committee name two spellings of one committee share.

    Case, spacing, hyphenation, a leading article and word endings (through the Snowball
    stemmer of *language*) are ignored: "Integrationsrates" and "Integrationsrat",
    "Økonomiudvalgets" and "Økonomiudvalget" give the same key.
    """
    words = _WORD.findall(_fold(name))
    if words and words[0] in _LEADING_ARTICLES and len(words) > 1:
        words = words[1:]
    if language in STEMMER_LANGUAGES:
        words = _stemmer(language).stemWords(words)
    return " ".join(words)


def person_key(name: str) -> str:
    """Return the form of a person's name used to recognise them: case and spacing ignored."""
    return " ".join(_WORD.findall(_fold(name)))


def body_key(name: str) -> tuple[str, str]:
    """Return the full and the core key of a municipality's name ("Stadt Köln" -> core "köln")."""
    words = _WORD.findall(_fold(name))
    core = [word for word in words if word not in _BODY_WORDS]
    return " ".join(words), " ".join(core)
