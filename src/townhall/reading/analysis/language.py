"""Detect the main language of a council paper: Danish, German, English or undetermined."""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

from townhall.reading.card import UNDETERMINED

_CODES = {Language.DANISH: "da", Language.GERMAN: "de", Language.ENGLISH: "en"}
_WORD = re.compile(r"[^\W\d_]{2,}")
_SAMPLE_CHARS = 1000
_MIN_WORDS = 4
# Function words of the three languages. Lingua restricted to three languages always answers one
# of them; a text in Finnish or Polish has almost none of these words, which is how it is told apart.
_FUNCTION_WORDS = frozenset(
    """
    og i at det en den til er som på de med han af for ikke der var mig sig men et har om vi min
    havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil
    blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under
    have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver
    hendes været thi jer sådan kan samt ved
    der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden
    aus er hat dass daß sie nach wird bei einer um am sind noch wie einem über einen so zum war haben
    nur oder aber vor zur bis mehr durch man sein wurde sei wurden ihre seine können gegen vom kann
    schon wenn habe ihr ob dann unter wir soll ich eines jahr zwei diese dieser wieder keine seit
    the of and to a in is that for it as was with be by on not he this are or his from at which but
    have an they you were her she there been their one all we can has will would more if no so what
    about up into when who also our these any may should than them other its those such must shall
    """.split()
)
# Words of council forms: an agenda or a header block is mostly names and labels, with few function words.
_COUNCIL_WORDS = frozenset(
    """
    kommune dagsorden referat beslutningsprotokol mødedato mødested mødetidspunkt udvalget byrådet punkter
    punkt meddelelser medlemmer fraværende afbud sagsnr bilag indstilling beslutning eventuelt formand
    stadt tagesordnung sitzung niederschrift ausschuss ausschusses vorlage beschluss öffentlich anlage
    betreff gremium sitzungstermin uhr rathaus
    council committee agenda minutes apologies venue councillors councillor chair declarations interest
    meeting item items report
    """.split()
)
_MIN_FUNCTION_SHARE = 0.15
_UNSURE_FUNCTION_SHARE = 0.05
# Languages a council paper in Denmark, Germany or Britain might also be written in; used only to tell
# a list-like Danish, German or English text with few function words from a text in another language.
_OTHER_LANGUAGES = (
    Language.SWEDISH, Language.BOKMAL, Language.DUTCH, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
    Language.POLISH, Language.FINNISH, Language.PORTUGUESE, Language.TURKISH, Language.CZECH,
)


@lru_cache(maxsize=1)
def _detector():
    return (
        LanguageDetectorBuilder.from_languages(*_CODES)
        # The samples are about a thousand characters: trigram models alone decide them, at a
        # tenth of the memory and load time of the full models (which matter per worker process).
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )


@lru_cache(maxsize=1)
def _wide_detector():
    # Models load on first use only: most papers never need this detector.
    return LanguageDetectorBuilder.from_languages(*_CODES, *_OTHER_LANGUAGES).build()


def detect_language(text: str) -> str:
    """Return "da", "de" or "en" for the main language of *text*, or "und" when unsure."""
    sample = text[:_SAMPLE_CHARS]
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < _MIN_WORDS:
        return UNDETERMINED
    share = sum(w in _FUNCTION_WORDS or w in _COUNCIL_WORDS for w in words) / len(words)
    if share < _UNSURE_FUNCTION_SHARE:
        return UNDETERMINED
    detector = _detector() if share >= _MIN_FUNCTION_SHARE else _wide_detector()
    return _CODES.get(detector.detect_language_of(sample), UNDETERMINED)
