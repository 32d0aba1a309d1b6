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


def guess_language(text: str, *, sample_chars: int = 20000) -> str | None:
    """Return "da", "de" or "en" when the text clearly leans one way, else None."""
    counts = {language: 0 for language in _STOPWORDS}
    words = 0
    for match in _WORD.finditer(text[:sample_chars]):
        word = match.group().lower()
        words += 1
        for language, stopwords in _STOPWORDS.items():
            if word in stopwords:
                counts[language] += 1
    if words < 5:
        return None
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, best_count), (_, second_count) = ranked[0], ranked[1]
    if best_count < 3 or best_count < 1.3 * second_count:
        return None
    return best
