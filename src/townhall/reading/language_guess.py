"""Guess whether a text is Danish, German or English from its commonest short words.

The guess only steers OCR language packs and gives the analysis stage a hint; the card's own
language is decided there with a full language detector.
"""

from __future__ import annotations

import re

_STOPWORDS = {
    "da": frozenset(
        "og i at det er en til på af med for som den de ikke der har vi om kan skal vil ved blev "
        "eller fra også efter mellem være bliver samt hvor jeg af deres udvalget kommune "
        "forvaltningen indstiller sagsnr".split()
    ),
    "de": frozenset(
        "und der die das ist nicht mit von zu den im für auf ein eine des sich dem werden wird "
        "auch als oder wurde bei nach sind durch zur zum aus über einer vom sowie stadt "
        "beschluss sitzung".split()
    ),
    "en": frozenset(
        "the and of to is in that for on with as by be are this it from at which will was "
        "an or has have not council report committee should would their been".split()
    ),
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Each stopword points to the languages it belongs to ("der" is Danish and German).
_INDEX: dict[str, tuple[str, ...]] = {}
for _language, _words in _STOPWORDS.items():
    for _word in _words:
        _INDEX[_word] = (*_INDEX.get(_word, ()), _language)


def guess_language(text: str, *, sample_chars: int = 20000) -> str | None:
    """Return "da", "de" or "en" when the text clearly leans one way, else None."""
    words = _WORD.findall(text[:sample_chars].lower())
    if len(words) < 5:
        return None
    counts = {language: 0 for language in _STOPWORDS}
    index = _INDEX
    for word in words:
        languages = index.get(word)
        if languages:
            for language in languages:
                counts[language] += 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, best_count), (_, second_count) = ranked[0], ranked[1]
    if best_count < 3 or best_count < 1.3 * second_count:
        return None
    return best
