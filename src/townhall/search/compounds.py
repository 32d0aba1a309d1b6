"""Split German and Danish compound nouns into the known words they are made of.

German and Danish write compounds as one word: *Integrationskonferenz*,
*Arbeitsmarktintegration*, *beskæftigelsesudvalget*. A reader searching for
"Integration" expects to find the conference, so the search index stores the
parts of a compound next to the whole word.

Splitting is deliberately conservative, because a wrong split puts noise into
every search: a word is split only when *every* part is a word of the lexicon
shipped with townhall (``data/lexicon_de.txt``, ``data/lexicon_da.txt``),
optionally joined by a linking element (German ``s es n en er e``, Danish
``s e``). Parts before the last must be at least ``min_part`` letters long
(4 by default); the last part may be as short as ``min_final_part`` (3 by
default), so that *Stadtrat* yields *Rat* and *ældreråd* yields *råd*: short
heads are common in council vocabulary, while short modifiers would split
many words by accident. The last part may be inflected (*udvalget*,
*Konferenzen*): it is compared by its Snowball stem, but must not be shorter
than the lexicon word it stands for. A German modifier may drop its final
*-e* (*Schulentwicklung* = *Schule* + *Entwicklung*).

Among all ways to split a word the one with the fewest parts wins; each part is
then split again, so three-part words come apart completely.

A compound with a part the lexicon does not know (*Seerundwanderweg*: *See* is too short to
split off; *børneaflastningstilbud*: *aflastning* is no lexicon word) is not split, but
``inner_words`` peels the lexicon words off its ends: what stays after a known first word
(*rundwanderweg*, *aflastningstilbud*), before a known last word (*børneaflastning*), and
between the two (*aflastning*). A reader typing the inner word finds the compound by it.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from importlib import resources

import Stemmer

LINKING_ELEMENTS: dict[str, tuple[str, ...]] = {
    # Longest first is not needed for correctness, but the empty link first
    # keeps the most natural split first among equals.
    "de": ("", "s", "es", "n", "en", "er", "e"),
    "da": ("", "s", "e"),
}
SUPPORTED_LANGUAGES = tuple(LINKING_ELEMENTS)
DEFAULT_MIN_PART = 4
DEFAULT_MIN_FINAL_PART = 3
# A word longer than this is almost surely extraction garbage; splitting it
# would waste time on every rebuild of the index.
MAX_WORD_LENGTH = 64
# Split results remembered per splitter and cache (three caches per language).
_CACHE_SIZE = 32_768

_STEMMER_NAMES = {"de": "german", "da": "danish"}


@functools.cache
def load_lexicon(language: str) -> frozenset[str]:
    """Return the shipped lexicon of simple words for ``language`` (casefolded)."""
    if language not in LINKING_ELEMENTS:
        raise ValueError(f"no compound lexicon for language {language!r}")
    text = (
        resources.files("townhall.search")
        .joinpath("data", f"lexicon_{language}.txt")
        .read_text(encoding="utf-8")
    )
    words = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(w.casefold() for w in line.split())
    return frozenset(words)


@dataclass(frozen=True)
class CompoundSplitter:
    """Split compounds of one language into lexicon words.

    Instances are cheap to create but keep a cache of results, so keep one per
    language and configuration (``splitter_for`` does that).
    """

    language: str
    lexicon: frozenset[str]
    min_part: int = DEFAULT_MIN_PART
    min_final_part: int = DEFAULT_MIN_FINAL_PART

    def __post_init__(self) -> None:
        if self.language not in LINKING_ELEMENTS:
            raise ValueError(f"no compound splitting for language {self.language!r}")
        stemmer = Stemmer.Stemmer(_STEMMER_NAMES[self.language], 0)
        stems: dict[str, str] = {}
        # The shortest word of a stem is its base form ("politik", not "politiker").
        for word in sorted(self.lexicon, key=lambda w: (len(w), w)):
            stems.setdefault(stemmer.stemWord(word), word)
        # Snowball stemmers are not thread-safe; each thread gets its own.
        object.__setattr__(self, "_local", threading.local())
        object.__setattr__(self, "_stems", stems)
        # Stems are (nearly) prefixes of their words; checking prefixes against
        # this set spares stemming tails that cannot match any lexicon word.
        object.__setattr__(self, "_stem_prefixes", frozenset(_umlaut_free(stem)[:3] for stem in stems))
        object.__setattr__(self, "_links", LINKING_ELEMENTS[self.language])
        object.__setattr__(self, "_longest", max(map(len, self.lexicon), default=0))
        cache = functools.lru_cache(maxsize=_CACHE_SIZE)
        object.__setattr__(self, "_segment", cache(self._segment_uncached))
        object.__setattr__(self, "_split", cache(self._split_uncached))
        object.__setattr__(self, "_decompose", cache(self._decompose_uncached))

    def split(self, word: str) -> tuple[str, ...]:
        """Return the lexicon words ``word`` is made of, or ``()`` if it is no known compound.

        The parts come back in their lexicon (base) form, lower case, in order:
        ``split("Arbeitsmarktintegration") == ("arbeit", "markt", "integration")``.
        """
        word = word.casefold()
        if not (self.min_part + self.min_final_part <= len(word) <= MAX_WORD_LENGTH) or not word.isalpha():
            return ()
        parts = self._decompose(word, True)
        return parts if len(parts) >= 2 else ()

    # -- internals -------------------------------------------------------

    def _thread_stemmer(self) -> Stemmer.Stemmer:
        found = getattr(self._local, "stemmer", None)
        if found is None:
            found = self._local.stemmer = Stemmer.Stemmer(_STEMMER_NAMES[self.language], 0)
        return found

    def _as_modifier(self, part: str) -> str | None:
        """Return the lexicon word ``part`` stands for when it is not the last part."""
        if len(part) < self.min_part:
            return None
        if part in self.lexicon:
            return part
        if self.language == "de" and part + "e" in self.lexicon:
            return part + "e"
        return None

    def _as_head(self, part: str) -> str | None:
        """Return the lexicon word ``part`` (possibly inflected) stands for as the last part."""
        if len(part) < self.min_final_part:
            return None
        if part in self.lexicon:
            return part
        # Short heads must match exactly: "-rat" but not a stem hit on "-ra".
        if len(part) < self.min_part:
            return None
        if _umlaut_free(part[:3]) not in self._stem_prefixes:
            return None
        word = self._stems.get(self._thread_stemmer().stemWord(part))
        # Inflection adds letters; a part shorter than the word it stems like
        # is a different word ("date" is not "datter", "tischen" is not "tisch"
        # plus nothing, but "gerechten" is not "gerechtigkeit").
        if word is None or len(part) < len(word) - 1:
            return None
        return word

    def _segment_uncached(self, word: str, final: bool) -> tuple[str, ...] | None:
        """Return the way to write ``word`` as known words with the fewest parts, or None."""
        whole = self._as_head(word) if final else self._as_modifier(word)
        if whole is not None:
            return (whole,)
        return self._split_uncached(word, final)

    def _split_uncached(self, word: str, final: bool) -> tuple[str, ...] | None:
        """Return the split of ``word`` into at least two known words with the fewest parts."""
        best: tuple[str, ...] | None = None
        n = len(word)
        min_tail = self.min_final_part if final else self.min_part
        lexicon = self.lexicon
        drop_e = self.language == "de"
        # This loop runs for every new word of every document: keep it to set
        # look-ups and slicing.
        for i in range(self.min_part, min(n - min_tail, self._longest + 1) + 1):
            head = word[:i]
            if head in lexicon:
                modifier = head
            elif drop_e and head + "e" in lexicon:
                modifier = head + "e"
            else:
                continue
            rest = word[i:]
            for link in self._links:
                if link and not rest.startswith(link):
                    continue
                tail = rest[len(link):] if link else rest
                if len(tail) < min_tail:
                    continue
                sub = self._segment(tail, final)
                if sub is None:
                    continue
                candidate = (modifier, *sub)
                if best is None or _rank(candidate) < _rank(best):
                    best = candidate
        return best

    def _decompose_uncached(self, word: str, final: bool) -> tuple[str, ...]:
        """Split ``word`` and then each of its parts until only simple words remain."""
        parts = self._split(word, final)
        if parts is None:
            return (word,)
        leaves: list[str] = []
        last = len(parts) - 1
        for index, part in enumerate(parts):
            leaves.extend(self._decompose(part, final and index == last))
        return tuple(leaves)


_UMLAUT_FREE = str.maketrans("äöü", "aou")


def _umlaut_free(text: str) -> str:
    # The German stemmer drops umlauts ("räte" -> "rat"); compare without them.
    return text.translate(_UMLAUT_FREE)


def _rank(parts: tuple[str, ...]) -> tuple[int, int, int]:
    # Fewest parts first, then the longest last part, so that
    # "Arbeitsmarkt|integration" wins over splits that eat into the head; then
    # the longest first part, so a whole word beats a word plus a link
    # ("Kinder|betreuung", not "Kind|er|betreuung").
    return (len(parts), -len(parts[-1]), -len(parts[0]))


@functools.cache
def splitter_for(
    language: str,
    min_part: int = DEFAULT_MIN_PART,
    min_final_part: int = DEFAULT_MIN_FINAL_PART,
) -> CompoundSplitter:
    """Return the shared splitter for ``language`` using the shipped lexicon."""
    return CompoundSplitter(language, load_lexicon(language), min_part, min_final_part)


#: Shortest inner word ``inner_words`` keeps: a shorter rest is rarely a word anyone types.
MIN_INNER_WORD = 6
#: Shortest word peeled off an end by ``inner_words`` (*see*, *børn*).
MIN_PEELED_WORD = 3


@functools.lru_cache(maxsize=_CACHE_SIZE)
def inner_words(word: str, language: str) -> tuple[str, ...]:
    """Return the words inside an unsplittable compound once lexicon words are peeled off its ends.

    ``inner_words("børneaflastningstilbud", "da") == ("aflastningstilbud", "børneaflastning",
    "aflastning")``: the rest after the shortest known first word (with the longest linking element
    that follows it), the rest before the longest known last word, and what lies between. ``()``
    for a word ``split_compound`` splits (its parts are indexed already), a word of another
    language, or a word without a known first word, a known last word and a word between them.
    """
    if language not in LINKING_ELEMENTS:
        return ()
    word = word.casefold()
    if not word.isalpha() or not MIN_PEELED_WORD + MIN_INNER_WORD <= len(word) <= MAX_WORD_LENGTH:
        return ()
    splitter = splitter_for(language)
    if splitter.split(word):
        return ()
    links = sorted(LINKING_ELEMENTS[language], key=len, reverse=True)
    start = end = None
    for i in range(MIN_PEELED_WORD, len(word) - MIN_INNER_WORD + 1):
        head = word[:i]
        if head in splitter.lexicon or (language == "de" and head + "e" in splitter.lexicon):
            start = i + next(len(link) for link in links if word.startswith(link, i))
            break
    if start is None:
        return ()
    for j in range(start + MIN_PEELED_WORD, len(word) - MIN_PEELED_WORD + 1):
        if splitter._as_head(word[j:]) is not None:
            # The inner word is written without the link that joins it to the last word, unless
            # the link would leave too little of it (*Seeufer*: the *er* is *Ufer*'s own).
            end = j - next(len(link) for link in links
                           if word.endswith(link, 0, j) and j - len(link) - start >= MIN_PEELED_WORD)
            break
    if end is None:
        # Known words at both ends with a word between them: a known first word alone is
        # mostly the start of a simple word (*Finanz-ierung*, *Gut-achten*).
        return ()
    found = (word[start:], word[:end], word[start:end])
    return tuple(dict.fromkeys(piece for piece in found if len(piece) >= MIN_INNER_WORD))


def split_compound(word: str, language: str) -> tuple[str, ...]:
    """Split ``word`` of ``language`` ("de" or "da") into lexicon words; ``()`` if not a compound."""
    if language not in LINKING_ELEMENTS:
        return ()
    return splitter_for(language).split(word)
