"""Turn Danish, German and English text into search terms.

Design: the contract between the index and the query
=====================================================

Both search backends store *analysed terms*, never raw text:

* SQLite FTS5 (default): a document's terms are ``" ".join(analyze(text, language))``
  in a column of an FTS5 table created with
  ``tokenize = "unicode61 remove_diacritics 0"``.
* PostgreSQL: the same string goes through ``to_tsvector('simple', ...)``.

Every term that ``analyze`` returns is a run of letters and digits only
(no spaces, hyphens, slashes, quotes or underscores), already case-folded.
Both ``unicode61`` and PostgreSQL's default parser therefore keep each term
as exactly one token and leave it unchanged, so the tokenizer of the backend
adds nothing of its own: all language knowledge lives here.

The query side (``townhall.search.query``) runs query words through the same
functions in this module (``analyze_query_terms``, ``word_alternatives``,
``phrase_alternatives``). Because the language of the document a user looks
for is unknown, a query word is analysed in every supported language and the
results are OR-ed; the raw, case-folded word (the ``"und"`` analysis) is
always one of the alternatives.

What one document word becomes
------------------------------

The returned list has two sections:

1. the *stream*: one term per word, in text order, stopwords left out. Phrase
   queries match on adjacency in this section.
2. the *extras*, after the stream: compound parts (``Integrationskonferenz``
   adds ``integration`` and ``konferenz``), the parts of reference numbers,
   and the joined form of hyphenated words. They make a word findable by its
   parts, and because the whole word is also in the stream, a document that
   contains the exact word ranks higher than one that only contains it as a
   part. Extras keep the order of their parts, so the parts of one compound
   are adjacent and can be matched as a phrase.

``analyze_document`` returns both sections separately for backends that want
to store them in two columns.

Compounds are split only in Danish and German (``townhall.search.compounds``).
In German documents only capitalised words are split, since German nouns are
capitalised and adjectives such as *thematischen* would otherwise fall apart
into *Thema* + *Tisch*; query words are split whatever their case. A compound
abbreviated with a hyphen (*Beskæftigelses- og Integrationsudvalget*,
*Kinder- und Jugendhilfe*) is completed from the following word, and the full
word (*beskæftigelsesudvalget*) goes into the extras.

Stems
-----

Snowball stems, mended in two places (``_stem``): a word of six letters or more that the
stemmer cuts below four ("forlig" -> "for") only loses an inflectional ending, and German
plurals in *-os* lose their *s*. A word written in capitals that is spelt like a stopword
("IT", "EU") is an acronym: it is kept, in documents and in queries.

Normalisation
-------------

* NFKC, then ``str.casefold`` (so ``ß`` is indexed as ``ss`` in every language,
  ``ﬁ`` as ``fi``).
* German: umlauts fold to their base letter (``ä`` -> ``a``); the German
  Snowball stemmer does this anyway, and doing it first makes stopwords and
  compounds agree with the stems. ``Förderung`` and ``Forderung`` therefore
  share a stem, which costs less than it saves. A query word spelt with
  ``ae oe ue`` (``Foerderung``) is also tried with umlauts when the German
  lexicon knows that spelling.
* Danish: ``æ ø å`` are letters of their own and are kept (``sø`` is not
  ``so``); other accents are removed (``idé`` -> ``ide``).
* English: all accents are removed (``café`` -> ``cafe``).
* ``"und"`` (language unknown): case-folding only, no stopwords, no stemming.

Reference numbers
-----------------

``2010-16508``, ``3293/2012``, ``KB 12.03.2010`` are case or document numbers.
A word made of letter-and-digit chunks joined by ``-``, ``/`` or ``.`` that
contains a digit and no chunk of five or more letters is a reference: its
stream term is the chunks joined without separators (``201016508``), and the
chunks are extras (``2010``, ``16508``), so both the full number and its parts
are findable. Other hyphenated words (``Arbeitsmarkt-Integration``,
``EU-borgere``) put their parts in the stream and the joined word in the
extras.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

import Stemmer

from townhall.search.compounds import inner_words, load_lexicon, split_compound

LANGUAGES: tuple[str, ...] = ("da", "de", "en")
UNDETERMINED = "und"
_STEMMER_NAMES = {"da": "danish", "de": "german", "en": "english"}
_COMPOUND_LANGUAGES = ("da", "de")
# Longer "words" are almost always extraction garbage (base64, hashes, runs
# of letters without spaces); they would bloat the index and never be searched.
MAX_TERM_LENGTH = 60
# A chunk this long or longer is a word, not part of a reference number.
_REFERENCE_MAX_LETTER_CHUNK = 4
_MIN_STEMMED_PREFIX = 6
# Distinct words remembered per cache: enough for the working vocabulary of a
# large council archive, small enough (a few tens of MB) for a web worker.
_WORD_CACHE_SIZE = 65_536

# A word is letters/digits, optionally joined by single - / . characters.
# ``[^\W_...]`` is "a word character but not underscore", and not one of the
# few letters that SQLite's older Unicode tables still count as marks (New Tai
# Lue vowel signs, two Vedic signs): unicode61 would split a term at them.
_LETTER = r"[^\W_\u19b0-\u19c0\u19c8\u19c9\u1cf2\u1cf3]"
_WORD_RE = re.compile(f"{_LETTER}+(?:[-/.]{_LETTER}+)*")
_CHUNK_SPLIT_RE = re.compile(r"[-/.]")
# An English or Danish possessive ending ("council's", "EU's") is not a word.
_POSSESSIVE_RE = re.compile(r"[’'`´]s\b", re.IGNORECASE)
# A word broken at the end of a line ("Stadtteil-" over "fest …"): one hyphenated word, indexed with
# its parts and as the whole ("Stadtteilfest"). A conjunction after the hyphen ends a suspended
# compound instead ("Rad-" over "und Fußwege").
_LINE_BREAK_HYPHEN = re.compile(
    r"(?<=[^\W\d_]{2})-[ \t]*\r?\n[ \t]*"
    r"(?!(?:und|oder|bzw|sowie|bis|og|eller|samt|til|and|or|to)\b)(?=[^\W\d_]{2})",
    re.IGNORECASE,
)

_KEEP_MARKS = {
    "da": frozenset("æøå"),
    "de": frozenset(),
    "en": frozenset(),
}


@dataclass(frozen=True)
class AnalyzedText:
    """The analysis of one text: the term stream and the extra terms."""

    stream: tuple[str, ...]
    extras: tuple[str, ...]

    def terms(self) -> list[str]:
        """Return stream then extras, the list ``analyze`` returns."""
        return [*self.stream, *self.extras]


# -- stemmers and word lists ------------------------------------------------

_local = threading.local()


def stemmer(language: str) -> Stemmer.Stemmer:
    """Return this thread's Snowball stemmer for ``language`` ("da", "de", "en")."""
    # PyStemmer objects keep internal state and must not be shared between
    # threads; one per thread and language is cheap.
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    found = stemmers.get(language)
    if found is None:
        # PyStemmer's own cache costs more than it saves on words that are new;
        # repeated words never reach the stemmer thanks to ``analyze_word``'s cache.
        found = stemmers[language] = Stemmer.Stemmer(_STEMMER_NAMES[language], 0)
    return found


@functools.cache
def stopwords(language: str) -> frozenset[str]:
    """Return the stopwords of ``language`` in normalised form (empty for "und")."""
    if language not in _STEMMER_NAMES:
        return frozenset()
    text = (
        resources.files("townhall.search")
        .joinpath("data", f"stopwords_{language}.txt")
        .read_text(encoding="utf-8")
    )
    words: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        for word in line.split():
            word = normalize(word)
            words.add(word)
            words.add(fold(word, language))
    return frozenset(words)


def check_language(language: str) -> str:
    """Return ``language`` if it is analysable, else raise ``ValueError``."""
    if language in _STEMMER_NAMES or language == UNDETERMINED:
        return language
    raise ValueError(f"unsupported language {language!r}; use one of {LANGUAGES + (UNDETERMINED,)}")


# -- normalisation ----------------------------------------------------------


def normalize(text: str) -> str:
    """Return ``text`` in NFKC and case-folded, the form all analysis starts from."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text
    # casefold can leave decomposed sequences; recompose them, and drop marks
    # that belong to no letter ("İ" -> "i̇" -> "i"), which tokenizers disagree on.
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if unicodedata.category(c)[0] != "M")


@functools.lru_cache(maxsize=_WORD_CACHE_SIZE)
def fold(word: str, language: str) -> str:
    """Remove the accents ``language`` does not treat as letters of their own."""
    if word.isascii() or language == UNDETERMINED:
        return word
    keep = _KEEP_MARKS.get(language, frozenset())
    out = []
    for char in word:
        if char.isascii() or char in keep:
            out.append(char)
            continue
        # Drop every kind of mark, not only combining ones: a spacing mark left
        # inside a term would make unicode61 split it.
        base = "".join(c for c in unicodedata.normalize("NFD", char) if unicodedata.category(c)[0] != "M")
        out.append(base or char)
    return "".join(out)


def words(text: str) -> list[str]:
    """Split ``text`` into normalised words, keeping reference numbers in one piece."""
    text = _POSSESSIVE_RE.sub("", normalize(text))
    return _WORD_RE.findall(text)


# -- one word ---------------------------------------------------------------


def _is_reference(chunks: Sequence[str]) -> bool:
    has_digit = any(c.isdigit() for chunk in chunks for c in chunk)
    if not has_digit:
        return False
    return not any(chunk.isalpha() and len(chunk) > _REFERENCE_MAX_LETTER_CHUNK for chunk in chunks)


def _stem_simple(chunk: str, language: str) -> str | None:
    """Return the stream term of one chunk without separators, or None for a stopword."""
    if language == UNDETERMINED:
        return chunk
    if chunk in stopwords(language):
        return None
    if not chunk.isalpha():
        # Numbers and letter-digit mixes ("co2", "b12") are identifiers.
        return fold(chunk, language)
    folded = fold(chunk, language)
    if folded in stopwords(language):
        return None
    return _stem(folded, language)


# Inflectional endings taken off a word that the Snowball stemmer cut too short, longest first.
_ENDINGS = {"da": ("erne", "ene", "ets", "ens", "et", "en", "er", "e"), "de": ("en", "er", "es", "e", "n", "s")}
# The endings of a short noun's plural and definite forms that double its last letter ("bussen").
_AFTER_DOUBLING = {"da": ("erne", "ene", "en", "er", "e"), "de": ("en", "er", "e")}
# British "-ise" spellings and their derivatives, folded into the "-ize" ones ("privatisation",
# "privatization"): Snowball stems the two apart. Not after the letters of words that end in
# "-ise" in every spelling: "revise" (and "revision"), "premises", "surprise", "otherwise",
# "noise", "cruise", "raise", "exercise", "advertise"; "criticise" and "minimise" are folded.
_ISE_TAILS = ("e", "es", "ed", "ing", "er", "ers", "ation", "ations", "able")
_ISE_TAIL_RE = "|".join(sorted(_ISE_TAILS, key=len, reverse=True))
_ISE_RE = re.compile(rf"^([a-z]{{3,}}?)is({_ISE_TAIL_RE})$")
_ISE_KEPT_RE = re.compile(r"(?:v|pr|w|o|u|a|ert|(?<!i)c|(?<!i)m)$")
# An "-ize" word and its derivatives keep the "iz" in their stem: Snowball cuts "privatization"
# to the stem of "private", and "authorized" to that of "author".
_IZE_RE = re.compile(rf"^([a-z]{{3,}}?iz)(?:{_ISE_TAIL_RE})$")
# Words Snowball cuts to the stem of another noun, and the stem that keeps them apart: a ditch
# (*Graben*, *Gräben*) is no grave (*Grab*, *Gräber*).
_STEM_CLASHES = {"de": {"graben": "graben", "grabens": "graben"}}
# Snowball cuts some words to a stub shared with unrelated words ("forlig" -> "for").
_MIN_STEM = 4
_MIN_OVERCUT_WORD = 6


def _inflected(word: str, stem: str, language: str) -> bool:
    """Whether ``word`` is the lexicon's word ``stem`` with an inflectional ending, after its last letter doubled or not.

    "bussen" is "bus" with its "s" doubled and "-en"; "sikker" (safe) is no form of a "sik" the
    lexicon knows, nor "billet" (a ticket) of "bil" (a car): "-et" doubles no letter.
    """
    if not word.startswith(stem) or stem not in load_lexicon(language):
        return False
    tail = word[len(stem):]
    return tail in _ENDINGS[language] or (tail[:1] == stem[-1:] and tail[1:] in _AFTER_DOUBLING[language])


def american_spelling(word: str) -> str:
    """Return an English word's "-ise" spelling as its "-ize" one ("organised" -> "organized")."""
    match = _ISE_RE.match(word)
    if match is None or _ISE_KEPT_RE.search(match.group(1)):
        return word
    return f"{match.group(1)}iz{match.group(2)}"


def _own_final_s(word: str, language: str) -> bool:
    """Whether the "s" that ends ``word`` is the end of a lexicon word, not an ending.

    Snowball takes the "s" of "plads", "indsats" and "Kurs" for a genitive's and leaves it in
    "pladser", "indsatser" and "Kurse": a singular and its plural would never meet. A word of
    the lexicon, or a compound ending in one, keeps its "s"; not where the lexicon also knows
    the word without it ("Parks" is a form of "Park").
    """
    lexicon = load_lexicon(language)
    if word not in lexicon:
        parts = split_compound(word, language)
        if not parts or not word.endswith(parts[-1]):
            return False
        word = parts[-1]
    return word.endswith("s") and word[:-1] not in lexicon


def _stem(word: str, language: str) -> str:
    """Return the Snowball stem of ``word``, mended where Snowball is known to go wrong.

    * A stem of fewer than four letters from a word of six or more ("forlig", "forliget" ->
      "for") says the stemmer took a word ending for a suffix: the word loses only an
      inflectional ending instead ("forlig"). Not where the stem is a word of the compound
      lexicon and what was taken such an ending, after the stem's last letter doubled or not:
      "bussen", "busser" and "husene" are forms of "bus" and "hus".
    * German plurals in -os ("Kinos", "Autos") keep their "s" in Snowball: it is taken off.
    * A word Snowball cuts to another noun's stem keeps a stem of its own (``_STEM_CLASHES``).
    * A word whose "s" is its own ("plads", "Kurs") keeps it, as its plural does (``_own_final_s``).
    * English "-ize" words, spelt "-ise" or "-ize", keep the stem that ends in "iz": "privatised"
      and "privatization" are "privatiz", not the "privat" of "private".
    """
    if (kept := _STEM_CLASHES.get(language, {}).get(word)) is not None:
        return kept
    if language == "en" and (ize := _IZE_RE.match(american_spelling(word))) is not None:
        return ize.group(1)
    stem = stemmer(language).stemWord(word)
    if stem == word[:-1] and word.endswith("s") and language in _COMPOUND_LANGUAGES and _own_final_s(word, language):
        return word
    if len(stem) < _MIN_STEM and len(word) >= _MIN_OVERCUT_WORD and language in _ENDINGS and not _inflected(
            word, stem, language):
        for ending in _ENDINGS[language]:
            if word.endswith(ending) and len(word) - len(ending) >= _MIN_OVERCUT_WORD:
                return word[: -len(ending)]
        return word
    if language == "de" and stem == word and len(word) >= 5 and word.endswith("os"):
        return word[:-1]
    return stem


def _compound_terms(chunk: str, language: str) -> tuple[str, ...]:
    if language not in _COMPOUND_LANGUAGES or not chunk.isalpha():
        return ()
    parts = split_compound(chunk, language)
    if not parts:
        return ()
    return tuple(_stem(fold(part, language), language) for part in parts)


def compound_part_terms(word: str, language: str) -> tuple[str, ...]:
    """Return the stems of the parts a paper's compound ``word`` is indexed by, in order, or ``()``.

    *Stadtteil* is indexed with *stadt* and *teil*, and inside *Stadtteilwerkstatt* only as
    those two, so a phrase that should find it among a longer compound's parts must name them.
    """
    return _compound_terms(normalize(word), language)


def _inner_terms(chunk: str, language: str) -> tuple[str, ...]:
    """Return the stems of the words inside a compound the lexicon cannot split (``inner_words``)."""
    if language not in _COMPOUND_LANGUAGES or not chunk.isalpha():
        return ()
    return tuple(dict.fromkeys(_stem(fold(piece, language), language) for piece in inner_words(chunk, language)))


@functools.lru_cache(maxsize=_WORD_CACHE_SIZE)
def analyze_word(word: str, language: str, compounds: bool = True) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (stream terms, extra terms) for one normalised word from ``words``.

    ``compounds=False`` skips compound splitting (the word is known not to be a noun).
    """
    if len(word) > MAX_TERM_LENGTH:
        return (), ()
    if "-" not in word and "/" not in word and "." not in word:
        term = _stem_simple(word, language)
        if term is None:
            return (), ()
        if not compounds:
            return (term,), ()
        # A compound the lexicon splits is indexed by its parts; one it cannot split by the
        # words left once known words are peeled off its ends (*Seerundwanderweg*: *rundwanderweg*).
        parts = _compound_terms(word, language) or _inner_terms(word, language)
        return (term,), tuple(p for p in parts if p != term)
    chunks = [c for c in _CHUNK_SPLIT_RE.split(word) if c]
    joined = "".join(chunks)
    if _is_reference(chunks):
        extras = tuple(dict.fromkeys(fold(c, language) for c in chunks))
        return (fold(joined, language),), extras
    stream: list[str] = []
    extras_list: list[str] = []
    for chunk in chunks:
        s, e = analyze_word(chunk, language, compounds)
        stream.extend(s)
        extras_list.extend(e)
    joined_stream, joined_extras = analyze_word(joined, language, compounds)
    extras_list.extend(t for t in joined_stream if t not in stream)
    extras_list.extend(joined_extras)
    return tuple(stream), tuple(dict.fromkeys(extras_list))


# -- documents --------------------------------------------------------------


def analyze_document(text: str, language: str) -> AnalyzedText:
    """Analyse ``text`` written in ``language`` into its term stream and extras."""
    check_language(language)
    # Tokenise before case-folding: German nouns, the only German words worth
    # splitting, are the capitalised ones.
    text = _POSSESSIVE_RE.sub("", unicodedata.normalize("NFKC", text))
    if "-" in text:
        text = _LINE_BREAK_HYPHEN.sub("-", text)
    stream: list[str] = []
    extras: list[str] = []
    for raw in _WORD_RE.findall(text):
        s, e = _document_word(raw, language)
        stream.extend(s)
        extras.extend(e)
    if language in _SUSPENDED_RE and "-" in text:
        for word in _completed_suspended_compounds(text, language):
            s, e = analyze_word(word, language)
            extras.extend(s)
            extras.extend(e)
    return AnalyzedText(tuple(stream), tuple(extras))


@functools.lru_cache(maxsize=_WORD_CACHE_SIZE)
def _document_word(raw: str, language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Analyse one word as written in a document (case not yet folded)."""
    compounds = not (language == "de" and raw[:1].islower())
    normal = normalize(raw)
    if is_acronym(raw) and normal in stopwords(language):
        # "IT" is not "it": an acronym in capitals is kept even when it is spelt like a stopword.
        return (fold(normal, language),), ()
    return analyze_word(normal, language, compounds)


def is_acronym(raw: str) -> bool:
    """Return whether ``raw`` is written in capitals only ("IT", "EU"), two letters or more."""
    return len(raw) >= 2 and raw.isalpha() and raw.isupper()


# "Beskæftigelses- og Integrationsudvalget", "Kinder- und Jugendhilfe": the
# first word is a compound whose head is only written in the second one.
# "Rad-/Fußweg" and "cykel-/gangsti" join them with a slash; text taken from PDFs may hold
# spaces or tabs around the hyphen and the slash ("Rad -/Fußweg", "Rad- / Fußweg").
_SUSPENDED_RE = {
    "da": re.compile(r"\b([^\W\d_]{3,})[ \t]*-(?:[ \t]*/[ \t]*|\s+(?:og|eller|samt)\s+)([^\W\d_]+)", re.IGNORECASE),
    "de": re.compile(r"\b([^\W\d_]{3,})[ \t]*-(?:[ \t]*/[ \t]*|\s+(?:und|oder|sowie|bzw\.?)\s+)([^\W\d_]+)",
                     re.IGNORECASE),
}


def _completed_suspended_compounds(normal: str, language: str) -> list[str]:
    """Return the full compounds a text abbreviates with a trailing hyphen."""
    completed = []
    for match in _SUSPENDED_RE[language].finditer(normal):
        parts = split_compound(match.group(2), language)
        if parts and _WORD_RE.fullmatch(match.group(1)):
            completed.append(normalize(match.group(1)) + parts[-1])
    return completed


def analyze(text: str, language: str) -> list[str]:
    """Return the index terms of ``text`` written in ``language`` ("da", "de", "en" or "und").

    Join them with spaces to fill the analysed-text column of the index; see the
    module docstring for the contract with the query side.
    """
    return analyze_document(text, language).terms()


# -- queries ----------------------------------------------------------------


def _query_languages(languages: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(check_language(lang) for lang in languages))
    return chosen if UNDETERMINED in chosen else (*chosen, UNDETERMINED)


def analyze_query_terms(word: str, languages: Iterable[str] = LANGUAGES) -> dict[str, tuple[str, ...]]:
    """Return, per language, the stream terms of one query ``word``.

    The ``"und"`` entry (raw case-folded form) is always present. A language in
    which the word is a stopword maps to ``()``. A word like ``2010-16508`` or
    ``Arbeitsmarkt-Integration`` can give more than one term.
    """
    result: dict[str, tuple[str, ...]] = {}
    pieces = words(word)
    for language in _query_languages(languages):
        terms: list[str] = []
        for piece in pieces:
            terms.extend(analyze_word(piece, language)[0])
        result[language] = tuple(terms)
    return result


def word_alternatives(word: str, languages: Iterable[str] = LANGUAGES) -> frozenset[tuple[str, ...]]:
    """Return the term sequences any of which means ``word`` in the index.

    Each sequence is to be matched as a phrase (a one-term sequence is a plain
    term). Besides the per-language stems this includes the compound parts of
    the word in sequence (``Integrationskonferenz`` -> ``("integration",
    "konferenz")``) and, for hyphenated words, the stem of the joined word.
    An empty set means the word is a stopword in every language asked for.
    """
    alternatives: set[tuple[str, ...]] = set()
    pieces = words(word)
    if not pieces:
        return frozenset()
    for language in _query_languages(languages):
        stream: list[str] = []
        for piece in pieces:
            stream.extend(analyze_word(piece, language)[0])
        if stream:
            alternatives.add(tuple(stream))
        if len(pieces) == 1:
            piece = pieces[0]
            parts = _compound_terms(piece, language)
            if parts:
                alternatives.add(parts)
            if language == "de":
                alternatives.update(_umlaut_spelling_alternatives(piece))
                alternatives.update(street_spellings(piece))
            if any(sep in piece for sep in "-/."):
                chunks = [c for c in _CHUNK_SPLIT_RE.split(piece) if c]
                joined = analyze_word("".join(chunks), language)[0]
                if joined:
                    alternatives.add(joined)
                if len(chunks) > 1 and _is_reference(chunks):
                    # A reference is indexed whole and by its chunks in order: typed without the
                    # suffix of a longer one (case 2016-003798 of document 2016-003798-62), it is
                    # found among the chunks.
                    alternatives.add(tuple(dict.fromkeys(fold(c, language) for c in chunks)))
    return frozenset(alternatives)


#: A German street name and its usual short form: *Domprobststraße* is written *Domprobststr.*
_STREET_SUFFIXES = ("straße", "strasse")
_STREET_SHORT = "str"


def street_spellings(word: str) -> set[tuple[str, ...]]:
    """Return the other spelling of a street name, full or short (``Hauptstraße`` <-> ``Hauptstr``).

    Papers write street names either way; the index holds the short form as one word.
    """
    folded = word.casefold()
    for suffix in _STREET_SUFFIXES:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
            return {tuple(analyze_word(folded[: -len(suffix)] + _STREET_SHORT, "de")[0])} - {()}
    if folded.endswith(_STREET_SHORT) and len(folded) - len(_STREET_SHORT) >= 3 and folded.isalpha():
        return {tuple(analyze_word(folded[: -len(_STREET_SHORT)] + "straße", "de")[0])} - {()}
    return set()


_UMLAUT_SPELLING_RE = re.compile(r"ae|oe|ue")
_UMLAUTS = {"ae": "ä", "oe": "ö", "ue": "ü"}


def _umlaut_spelling_alternatives(word: str) -> set[tuple[str, ...]]:
    """Return the analysis of ``Foerderung`` as ``Förderung`` if that is a known word.

    People without a German keyboard write umlauts as two letters. Rewriting
    every "ue" would turn "Steuer" into "Steür", so the umlaut spelling is
    used only when the lexicon knows it, as a word or as a compound.
    """
    if not word.isalpha() or not _UMLAUT_SPELLING_RE.search(word):
        return set()
    variant = _UMLAUT_SPELLING_RE.sub(lambda m: _UMLAUTS[m.group(0)], word)
    if variant not in load_lexicon("de") and not split_compound(variant, "de"):
        return set()
    found = {analyze_word(variant, "de")[0]}
    parts = _compound_terms(variant, "de")
    if parts:
        found.add(parts)
    return {alt for alt in found if alt}


def phrase_alternatives(text: str, languages: Iterable[str] = LANGUAGES) -> frozenset[tuple[str, ...]]:
    """Return the term sequences, one per language, that the phrase ``text`` becomes."""
    result = set()
    for language in _query_languages(languages):
        stream = analyze_document(text, language).stream
        if stream:
            result.add(stream)
    return frozenset(result)


def _american_prefixes(prefix: str) -> set[str]:
    """The "-ize" spellings of a prefix typed in a British "-ise" one ("organisat*" -> "organizat")."""
    found = set()
    for tail in _ISE_TAILS:
        for cut in range(len(tail) + 1):
            typed = tail[:cut]
            if prefix.endswith("is" + typed):
                base = prefix[: len(prefix) - len(typed) - 2]
                if american_spelling(f"{base}is{tail}") != f"{base}is{tail}":
                    found.add(f"{base}iz{typed}")
    return found


def prefix_alternatives(prefix: str, languages: Iterable[str] = LANGUAGES) -> frozenset[str]:
    """Return the index-term prefixes a query ``prefix*`` should match.

    A prefix is not stemmed as a word would be, but its accent folding and its
    stem (which is never longer than the word) are included so that ``förder*``
    finds German stems and ``integration*`` finds the English ``integr``.
    Separators are removed so that ``2010-165*`` matches the joined reference.
    """
    normal = "".join(words(prefix))
    normal = _CHUNK_SPLIT_RE.sub("", normal)
    if not normal:
        return frozenset()
    result = {normal}
    for language in _query_languages(languages):
        if language == UNDETERMINED:
            continue
        folded = fold(normal, language)
        for spelt in {folded, *(_american_prefixes(folded) if language == "en" else ())}:
            result.add(spelt)
            # Stemming a short prefix cuts it to a stub that matches far too
            # much ("förder" -> "ford"); only long prefixes gain from it.
            if spelt.isalpha() and len(spelt) >= _MIN_STEMMED_PREFIX:
                stem = stemmer(language).stemWord(spelt)
                if len(stem) >= _MIN_STEMMED_PREFIX - 1:
                    result.add(stem)
    return frozenset(t for t in result if t)
