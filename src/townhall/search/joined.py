"""Two words of a query that Danish or German write as one compound ("time capsule": *tidskapsel*).

English names many things with two nouns side by side where Danish and German join them
into one word: a *time capsule* is a *tidskapsel* and a *Zeitkapsel*, *table tennis* is
*bordtennis*. Translating each word alone finds papers holding *tid* and *kapsel* as words,
which no Danish paper writes; the compound itself is what they hold.

``joinings`` writes the candidates: each word's one-word translations into Danish or German
(glossary, dictionaries, through English, and the headwords of any kind whose English
translation the word is; the shortest first), joined with and without the linking letters of
that language, analysed as a paper's word is. A word with no translation into a language
lends its translations into the other one and its own spelling, since Danish and German
share many words with each other and with English (*Kapsel* and *kapsel*, *bus*, *sport*).
Only the candidates that the index's vocabulary holds are asked for (``query.Knowledge``), so
nothing is invented, and the work is bounded: a few forms per word, two words at a time. A
compound that the compound lexicon splits is left out: the index holds its parts too, and the
words' own translations find it (*Sportförderung* is found by *sport* and *Förderung*).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from townhall.search.analyzers import analyze_document, words
from townhall.search.compounds import split_compound
from townhall.search.dictionaries import headwords_of, translate, translate_through_english
from townhall.search.glossary import load_glossary

#: The languages that join nouns into compounds, and the letters that may link two of them.
LINKS = {"da": ("", "s", "e"), "de": ("", "s", "n", "en", "e", "er")}
#: One-word forms of a query word tried per language at most.
MAX_FORMS = 5
#: Each part of a joined compound has at least this many letters ("tid", "bus").
MIN_PART = 3


def _one_word(terms: Iterable[tuple[str, str]], language: str) -> list[str]:
    found = {term.casefold() for lang, term in terms if lang == language and len(words(term)) == 1}
    return sorted(term for term in found if len(term) >= MIN_PART and term.isalpha())


def _translations(word: str, language: str) -> list[str]:
    """Return the one-word translations of ``word`` into ``language``, glossary and dictionaries, shortest first.

    The parts of a compound are plain words ("tid", not "undervisningstid"), so the shortest
    translations are the likeliest parts.
    """
    pairs = load_glossary().equivalents(word, [language])
    pairs |= translate(word, [language]) | translate_through_english(word, [language])
    pairs |= {(language, head) for head in headwords_of(word, language)}
    return sorted(_one_word(pairs, language), key=lambda term: (len(term), term))


def _forms(word: str, language: str) -> list[str]:
    """Return the forms ``word`` may take as a part of a compound of ``language``, at most ``MAX_FORMS``."""
    own = _translations(word, language)
    if own:
        return own[:MAX_FORMS]
    borrowed: list[str] = []
    for other in LINKS:
        if other != language:
            borrowed.extend(_translations(word, other))
    typed = word.casefold()
    if len(typed) >= MIN_PART and typed.isalpha():
        borrowed.append(typed)
    return list(dict.fromkeys(borrowed))[:MAX_FORMS]


def joinings(first: str, second: str, languages: Sequence[str]) -> dict[str, str]:
    """Return the indexed spellings of ``first`` and ``second`` joined into one compound, with the compound written out.

    Keyed by the analysed term (what a paper's index holds), per language of ``languages`` that
    joins nouns. The caller keeps those the vocabulary knows.
    """
    found: dict[str, str] = {}
    for language, links in LINKS.items():
        if language not in languages:
            continue
        heads = _forms(second, language)
        if not heads:
            continue
        for modifier in _forms(first, language):
            for head in heads:
                for link in links:
                    if modifier.endswith(link) and link:
                        continue
                    written = modifier + link + head
                    if language == "de":
                        written = written[:1].upper() + written[1:]
                    if split_compound(written, language):
                        # Indexed with its parts: the words' own translations find it already.
                        continue
                    stream = analyze_document(written, language).stream
                    if len(stream) == 1 and stream[0] not in found:
                        found[stream[0]] = written
    return found
