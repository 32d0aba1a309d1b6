"""The German noun made from a verb typed in a query ("verlängert": the *Verlängerung*).

People ask with verbs ("Wohnungsbauprogramm verlängert", "Fahrbahnbelag erneuern",
"Einfamilienhaus umbauen"); papers name the act with the noun made from the verb: the
*Verlängerung*, the *Erneuerung*, the *Umbau*. German stemming keeps the two apart
(*verlängert* and *Verlängerung* share no stem), and the dictionaries translate nouns only, so
the verb finds neither the paper's noun nor its translation ("extension", "renewal").

``derived_nouns`` writes the candidates from the verb's form: its stem (the infinitive
without *-en*, or *-n* after *-er* and *-el*; the participle or past without *-t*, *-et*,
*-te*, *-ten*; the *ge-* of a participle after a separable prefix or at its start) with
*-ung*, and a stem that begins with a separable prefix on its own (*Umbau*, *Ausbau*). Only candidates that a
dictionary lists as a word of German are kept, so nothing is invented; a typed word that a
dictionary already translates as a noun, or that the glossary knows, is left as it is. Danish
needs none of it: its stemmer already gives *forlænget* and *forlængelse* one stem.
"""

from __future__ import annotations

import functools

from townhall.search.analyzers import words
from townhall.search.dictionaries import is_headword, translate
from townhall.search.glossary import load_glossary

#: Separable prefixes of German verbs, longest first (a participle puts *ge* after them: *aufgestellt*).
SEPARABLE = ("zurück", "heraus", "herunter", "fest", "frei", "weg", "vor", "nach", "mit", "los", "ein", "aus",
             "auf", "ab", "an", "um", "zu", "bei", "dar")
#: Endings of an infinitive, a participle or a past form, and what replaces them in the stem.
_ENDINGS = (("ern", "er"), ("eln", "el"), ("en", ""), ("ten", ""), ("te", ""), ("et", ""), ("t", ""))
#: Letters a stem has at least.
MIN_STEM = 4


def _stems(word: str) -> set[str]:
    stems = {word[: -len(ending)] + kept for ending, kept in _ENDINGS
             if word.endswith(ending) and len(word) - len(ending) + len(kept) >= MIN_STEM}
    for stem in list(stems):
        for prefix in SEPARABLE:
            if stem.startswith(prefix + "ge") and len(stem) - 2 >= len(prefix) + MIN_STEM - 1:
                stems.add(prefix + stem[len(prefix) + 2:])
        if stem.startswith("ge") and len(stem) - 2 >= MIN_STEM:
            stems.add(stem[2:])
    return stems


@functools.lru_cache(maxsize=4096)
def derived_nouns(word: str) -> tuple[str, ...]:
    """Return the German nouns a dictionary lists that are made from the verb form ``word``, if it is one."""
    pieces = words(word)
    if len(pieces) != 1 or not pieces[0].isalpha():
        return ()
    typed = pieces[0]
    if load_glossary().concepts_for(typed) or translate(typed, ["en"], sources=["de"]):
        return ()
    candidates = set()
    for stem in _stems(typed):
        candidates.add(stem + "ung")
        if stem.startswith(SEPARABLE) and stem not in SEPARABLE:
            candidates.add(stem)
    return tuple(sorted(noun for noun in candidates if noun != typed and is_headword(noun, "de")))
