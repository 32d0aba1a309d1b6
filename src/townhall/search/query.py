"""Parse what users type into the search box and render it for the search backends.

The query language is the one people know from web search:

* ``integrationskonferenz Dublin`` — all words must occur;
* ``"Integrating Cities"`` — a phrase;
* ``-London`` / ``-"city of London"`` — leave out documents with it;
* ``budget OR Haushalt`` (also ``budget | Haushalt``) — either; OR binds tighter
  than the implicit AND: ``a b OR c d`` means a and (b or c) and d;
* ``integr*`` — any word starting with it;
* ``Rad- und Fußwege`` — German and Danish truncated coordination: each word
  written out in full (``Radwege OR Fußwege``, ``townhall.search.coordination``);
* the operator words ``AND``, ``OR`` and ``NOT`` in capitals, in English, Danish
  (``OG``, ``ELLER``, ``IKKE``) and German (``UND``, ``ODER``, ``NICHT``):
  ``AND`` means what a space means, ``OR`` what ``|`` means and ``NOT x`` what
  ``-x`` means. An operator word is never searched for as a word.

Only the first ``MAX_QUERY_CHARS`` characters and ``MAX_ITEMS`` words or phrases
are used: ``limit_query`` cuts a longer text at a word boundary and says so, and
``Query.truncated`` tells when words beyond ``MAX_ITEMS`` were left out. Control
characters are read as spaces. Parsing never fails. Unbalanced quotes, a lone
``-``, stray characters of the backends' own query syntax (``NEAR ^ : ( ) * "``)
are treated as plain text or dropped.

Rendering turns the parsed query into a backend expression over the analysed
terms described in ``townhall.search.analyzers``: each word becomes the OR of
its stems in every searched language, its compound parts, its raw form and,
with ``expand=True``, the terms of the glossary concepts it belongs to
(``townhall.search.glossary``). ``to_fts5`` writes an SQLite FTS5 MATCH
expression, ``to_tsquery`` a PostgreSQL ``to_tsquery('simple', ...)`` string
that is also a valid ``::tsquery`` literal (which skips PostgreSQL's parser,
matching a ``tsvector`` built from the analysed terms without re-parsing).

A query without any positive term (empty, only stopwords, or only exclusions
like ``-London``) renders as ``None``: there is nothing to look up. Backends
return no hits for it instead of "everything except London", which would
scan the whole index and is rarely what was meant.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from townhall.search.analyzers import (
    LANGUAGES,
    UNDETERMINED,
    analyze_document,
    analyze_query_terms,
    is_acronym,
    phrase_alternatives,
    prefix_alternatives,
    street_spellings,
    stopwords,
    word_alternatives,
    words,
)
from townhall.search.compound_parts import compound_segments
from townhall.search.compounds import split_compound
from townhall.search.coordination import complete_coordination
from townhall.search.derivation import derived_nouns
from townhall.search.dictionaries import SHARED_BY, spelt_only, translate, translate_through_english
from townhall.search.false_friends import false_friend
from townhall.search.glossary import load_glossary
from townhall.search.joined import joinings

# Characters that may stay inside a typed word; anything else separates words.
_KEEP_IN_WORD = re.compile(r"[^\w\-/.'’*]+")
# Longest run of plain words tried as one glossary term ("city council").
_MAX_GLOSSARY_WORDS = 4
# Neighbouring words tried as one compound of another language, per query at most (``_joined_compounds``).
_MAX_JOINED_PAIRS = 6
# Nobody types more into a search box; a pasted page would otherwise become
# an expression of thousands of alternatives that ties up the database.
MAX_QUERY_CHARS = 1000
MAX_ITEMS = 32
#: Operator words, in capitals, in each interface language (English, Danish, German).
AND_WORDS = frozenset({"AND", "OG", "UND"})
OR_WORDS = frozenset({"OR", "ELLER", "ODER"})
NOT_WORDS = frozenset({"NOT", "IKKE", "NICHT"})
_OPERATOR_WORDS = AND_WORDS | OR_WORDS | NOT_WORDS
# Control characters (NUL, escapes, DEL, C1) are never part of a word; they would break
# the XML of a feed or the database driver.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_query_text(text: str | None) -> str:
    """Return ``text`` with control characters read as spaces (the form every search surface uses)."""
    return _CONTROL_RE.sub(" ", text or "")


def limit_query(text: str | None, limit: int = MAX_QUERY_CHARS) -> tuple[str, bool]:
    """Return ``text`` cleaned and cut to ``limit`` characters at a word boundary, and whether it was cut."""
    text = clean_query_text(text).strip()
    if len(text) <= limit:
        return text, False
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    # A single "word" longer than the limit is cut inside it rather than dropped.
    cut = cut[:space] if space > 0 else cut[:limit]
    return cut.rstrip(), True


# -- the parsed query -------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One typed word; ``prefix`` when it ended in ``*``."""

    text: str
    prefix: bool = False

    def __str__(self) -> str:
        return self.text + ("*" if self.prefix else "")


@dataclass(frozen=True)
class Phrase:
    """Words typed in double quotes, to be found next to each other."""

    words: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.words)

    def __str__(self) -> str:
        return f'"{self.text}"'


Item = Word | Phrase


@dataclass(frozen=True)
class AnyOf:
    """Items joined by OR: a document needs one of them."""

    options: tuple[Item, ...]

    def __str__(self) -> str:
        return " OR ".join(str(o) for o in self.options)


Clause = Word | Phrase | AnyOf


@dataclass(frozen=True)
class Query:
    """A parsed query: clauses that must all match, items that must not."""

    required: tuple[Clause, ...] = ()
    excluded: tuple[Item, ...] = ()
    #: Whether words or phrases beyond ``MAX_ITEMS`` were left out.
    truncated: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        parts = [str(c) for c in self.required] + [f"-{e}" for e in self.excluded]
        return " ".join(parts)

    def is_empty(self) -> bool:
        """Return True if the query asks for nothing."""
        return not self.required and not self.excluded

    def items(self) -> list[Item]:
        """Return the positive words and phrases in the order typed."""
        found: list[Item] = []
        for clause in self.required:
            found.extend(clause.options if isinstance(clause, AnyOf) else (clause,))
        return found

    def terms(self) -> list[str]:
        """Return the positive words of the query, e.g. to highlight them in results."""
        out: list[str] = []
        for item in self.items():
            out.extend(item.words if isinstance(item, Phrase) else (item.text,))
        return out


# -- parsing ----------------------------------------------------------------


@dataclass
class _Token:
    kind: str  # "item", "or" or "not"
    item: Item | None = None
    negated: bool = False


def _clean_words(raw: str) -> list[Word]:
    """Turn a raw run of typed characters into words, dropping operator characters."""
    result: list[Word] = []
    for piece in _KEEP_IN_WORD.sub(" ", raw).split():
        chunks = piece.split("*")
        for index, chunk in enumerate(chunks):
            chunk = chunk.strip("-/.'’")
            if not chunk or not any(ch.isalnum() for ch in chunk):
                continue
            is_prefix = index == len(chunks) - 2 and chunks[-1] == ""
            result.append(Word(chunk, prefix=is_prefix))
    return result


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            i += 1
            continue
        if char == "|":
            tokens.append(_Token("or"))
            i += 1
            continue
        negated = False
        if char == "-":
            # A "-" starts an exclusion only when something follows it directly.
            if i + 1 < n and not text[i + 1].isspace() and text[i + 1] != "-":
                negated = True
            i += 1
            if not negated:
                continue
            char = text[i]
        if char == '"':
            end = text.find('"', i + 1)
            if end == -1:
                # Unbalanced quote: read the rest as ordinary words.
                i += 1
                continue
            phrase_words = tuple(w.text for w in _clean_words(text[i + 1 : end]))
            if phrase_words:
                tokens.append(_Token("item", Phrase(phrase_words), negated))
            i = end + 1
            continue
        end = i
        while end < n and not text[end].isspace() and text[end] not in '"|':
            end += 1
        raw = text[i:end]
        i = end
        for word in _clean_words(raw):
            # An operator word stays an operator even when glued to stray characters
            # ("(OR)"), so that a parsed query prints back to itself; negated or
            # starred ("-NOT", "OR*") it is neither operator nor word.
            if word.text in _OPERATOR_WORDS:
                if negated or word.prefix:
                    continue
                if word.text in OR_WORDS:
                    tokens.append(_Token("or"))
                elif word.text in NOT_WORDS:
                    tokens.append(_Token("not"))
                continue
            tokens.append(_Token("item", word, negated))
    return tokens


def parse_query(text: str) -> Query:
    """Parse a search box string into a ``Query``; never raises."""
    required: list[Clause] = []
    excluded: list[Item] = []
    pending_or = pending_not = False
    last_was_positive = False
    truncated = False
    items = 0
    for token in _lex(complete_coordination(clean_query_text(text)[:MAX_QUERY_CHARS])):
        if token.kind == "item":
            items += 1
            if items > MAX_ITEMS:
                truncated = True
                break
        if token.kind == "or":
            pending_or = last_was_positive
            pending_not = False
            continue
        if token.kind == "not":
            pending_not = True
            continue
        assert token.item is not None
        if token.negated or pending_not:
            pending_not = False
            excluded.append(token.item)
            pending_or = last_was_positive = False
            continue
        if pending_or and required:
            previous = required.pop()
            options = previous.options if isinstance(previous, AnyOf) else (previous,)
            if token.item not in options:
                options = (*options, token.item)
            required.append(AnyOf(options) if len(options) > 1 else options[0])
        else:
            required.append(token.item)
        pending_or = False
        last_was_positive = True
    return Query(tuple(dict.fromkeys(required)), tuple(dict.fromkeys(excluded)), truncated)


# -- an intermediate form shared by the renderers ----------------------------


#: Why an alternative is in a query, as ``--explain`` reports it.
ORIGINS = {
    "word": "the word as typed, in some language's form",
    "compound": "the parts of the typed compound",
    "glossary": "a glossary term for the same concept",
    "dictionary": "a translation from an installed dictionary (the glossary knows no concept for the word)",
    "pivot": "a translation through English, where no dictionary pairs the two languages",
    "translated": "the compound translated part by part, the parts anywhere in the text",
    "adjacent": "the compound translated part by part, the parts next to each other",
    "joined": "two typed words written as one compound in another language",
    "derived": "the noun made from the typed verb, or its translation",
    "scattered": "the words of a compound's translation, apart anywhere in the text",
    "apart": "a word of a known phrase, found apart from the phrase's other words",
    "prefix": "a word starting with the typed prefix",
    "phrase": "the quoted words",
    "fuzzy": "a known word spelled like the typed one",
    "whole": "an indexed compound that starts or ends with the typed word",
    "adjective": "the compound written as adjective and noun",
    "name": "a proper name, searched as written (not split, not translated)",
}


@dataclass(frozen=True)
class Knowledge:
    """What the database knows that a query plan may use; every part is optional.

    ``names``: normalised words and runs of words that are proper names (never split or
    translated). ``wholes(stem, language)``: indexed compounds that start with a stem;
    ``endings(stem, language)`` those that end with it.
    ``adjectives(noun)``: indexed German adjectives made of a noun.
    ``inflections(stem, language)``: indexed terms a letter or two longer than a long stem.
    ``holding(*terms)``: those of ``terms`` that the index holds.
    """

    names: frozenset[str] = frozenset()
    wholes: Callable[[str, str], tuple[str, ...]] | None = None
    adjectives: Callable[[str], tuple[str, ...]] | None = None
    #: ``endings(stem, language)``: indexed compounds that end with a stem.
    endings: Callable[[str, str], tuple[str, ...]] | None = None
    #: ``inflections(stem, language)``: indexed forms of a word that its stemmer leaves a letter or two longer.
    inflections: Callable[[str, str], tuple[str, ...]] | None = None
    #: ``holding(*terms)``: those of the analysed ``terms`` that the index holds.
    holding: Callable[..., tuple[str, ...]] | None = None

    def is_name(self, text: str) -> bool:
        return bool(self.names) and " ".join(words(text)) in self.names


NOTHING_KNOWN = Knowledge()


@dataclass(frozen=True)
class Seq:
    """Analysed terms that must occur in this order (one term: just the term)."""

    terms: tuple[str, ...]
    #: Why it is looked for (a key of ``ORIGINS``); not part of its identity.
    origin: str = field(default="word", compare=False)
    #: Only as whole words (title, reference, body), never as parts of a compound: quoted text.
    whole: bool = False


@dataclass(frozen=True)
class Prefix:
    """Any analysed term starting with ``term``."""

    term: str
    origin: str = field(default="prefix", compare=False)


@dataclass(frozen=True)
class Or:
    """Any one of the parts."""

    parts: tuple[Node, ...]


@dataclass(frozen=True)
class And:
    """All of the parts."""

    parts: tuple[Node, ...]


Node = Seq | Prefix | Or | And


@dataclass(frozen=True)
class MatchPlan:
    """What a query needs from the index: all of ``required``, none of ``excluded``."""

    required: tuple[Node, ...]
    excluded: tuple[Node, ...] = field(default=())
    #: What was typed for each of ``required`` (a word, a phrase, "a OR b", a glossary term of several words).
    labels: tuple[str, ...] = field(default=(), compare=False)


def _either(nodes: Iterable[Node]) -> Node | None:
    flat: list[Node] = []
    for node in nodes:
        flat.extend(node.parts if isinstance(node, Or) else (node,))
    unique = tuple(dict.fromkeys(sorted(flat, key=_sort_key)))
    # A phrase adds nothing next to an alternative that every paper with the phrase
    # matches anyway ("offent høring" beside "høring"), and phrases cost the engine most.
    # Parts apart (an And) do not make a phrase redundant: it ranks as the word itself, they as parts.
    unique = tuple(node for node in unique if not (
        isinstance(node, Seq) and len(node.terms) > 1
        and any(other != node and not isinstance(other, And) and _covers(other, node) for other in unique)
    ))
    if not unique:
        return None
    return unique[0] if len(unique) == 1 else Or(unique)


def _covers(node: Node, phrase: Seq) -> bool:
    """Return whether every text holding ``phrase`` matches ``node``."""
    if isinstance(node, Seq) and node.whole and not phrase.whole:
        return False
    if isinstance(node, Seq):
        size = len(node.terms)
        return any(phrase.terms[start : start + size] == node.terms for start in range(len(phrase.terms) - size + 1))
    if isinstance(node, Prefix):
        return any(term.startswith(node.term) for term in phrase.terms)
    if isinstance(node, Or):
        return any(_covers(part, phrase) for part in node.parts)
    return all(_covers(part, phrase) for part in node.parts)


def _sort_key(node: Node) -> tuple:
    # Stable, readable output: shorter and simpler alternatives first.
    if isinstance(node, Seq):
        return (0, len(node.terms), node.terms)
    if isinstance(node, Prefix):
        return (1, 0, (node.term,))
    return (2, len(node.parts), tuple(repr(p) for p in node.parts))


def _is_stopword_somewhere(word: str, languages: Sequence[str]) -> bool:
    if is_acronym(word):
        # "IT", "EU": typed in capitals, an acronym is searched even when spelt like a stopword.
        return False
    pieces = words(word)
    return bool(pieces) and all(
        any(piece in stopwords(lang) for lang in languages if lang != UNDETERMINED) for piece in pieces
    )


def _word_seqs(text: str, languages: Sequence[str]) -> list[Node]:
    """Return the alternatives of one typed word: its forms, and its compound parts in order."""
    forms = set(analyze_query_terms(text, languages).values())
    return [Seq(alt, "word" if alt in forms else "compound") for alt in word_alternatives(text, languages)]


def _word_node(word: Word, languages: Sequence[str], expand: bool, known: Knowledge = NOTHING_KNOWN,
               name: bool = False) -> Node | None:
    if word.prefix:
        return _either(Prefix(p) for p in prefix_alternatives(word.text, languages))
    if name or known.is_name(word.text):
        # A proper name: its forms as written, no compound parts, no translation.
        forms = {terms for terms in analyze_query_terms(word.text, languages).values() if terms}
        if "de" in languages:
            # A street is written in full or short: "Kirchstraße", "Kirchstr."
            forms |= street_spellings(word.text)
        return _either(Seq(terms, "name") for terms in forms)
    nodes: list[Node] = _word_seqs(word.text, languages)
    nodes.extend(_compound_nodes(word.text, languages, known))
    if expand:
        translated = _glossary_nodes(word.text, languages) + _compound_glossary_nodes(word.text, languages)
        translated = (translated or _dictionary_nodes(word.text, languages)
                      or _compound_dictionary_nodes(word.text, languages))
        nodes.extend(translated)
        if _is_compound(word.text, languages):
            nodes.extend(_words_apart(translated))
        if "de" in languages:
            nodes.extend(_derived_nodes(word.text, languages))
    return _either(nodes)


def _derived_nodes(text: str, languages: Sequence[str]) -> list[Node]:
    """Return the German nouns made from a typed verb ("verlängert": *Verlängerung*) and their translations.

    They rank as parts (``INSIDE_ORIGINS``): the paper's noun names the act the verb asks about.
    A word the search guessed is not read as a verb too.
    """
    if spelt_only():
        return []
    nodes: list[Node] = []
    for noun in derived_nouns(text):
        nodes.extend(Seq(terms, "derived") for terms in sorted(set(analyze_query_terms(noun, ["de"]).values())) if terms)
        translations = _glossary_nodes(noun, languages) or _dictionary_nodes(noun, languages)
        nodes.extend(Seq(node.terms, "derived") for node in translations if isinstance(node, Seq))
    return nodes


def _is_compound(text: str, languages: Sequence[str]) -> bool:
    """Whether ``text`` is a Danish or German compound, by the lexicon or by the glossary's words."""
    return any(split_compound(text, language) for language in ("de", "da") if language in languages) or (
        compound_segments(text, languages) is not None)


#: Words of a translation that is several words, at most, for it to be looked for with its words apart.
_APART_WORDS = 3


def _words_apart(translations: Sequence[Node]) -> list[Node]:
    """Return the translations of several words of one typed word with their words anywhere in a paper.

    "vejskilte" are "road signs"; a paper may write of "signs" put up along a "road". Every
    word must be there; such a paper ranks as one holding parts (``INSIDE_ORIGINS``), and
    higher where the words stand near each other (the best passage). Only for a compound: the translation of several
    words of a plain word names one thing ("unge", young people), not its words anywhere.
    """
    found: list[Node] = []
    for node in translations:
        if isinstance(node, Seq) and node.origin in ("glossary", "dictionary", "pivot") and (
                1 < len(set(node.terms)) <= _APART_WORDS):
            found.append(And(tuple(Seq((term,), "scattered") for term in dict.fromkeys(node.terms))))
    return found


def _compound_nodes(text: str, languages: Sequence[str], known: Knowledge) -> list[Node]:
    """Return the indexed compounds a first part finds, and a German compound as adjective + noun."""
    nodes: list[Node] = []
    if known.inflections is not None:
        for language in ("da", "de"):
            if language in languages:
                stems = analyze_query_terms(text, [language])[language]
                if len(stems) == 1:
                    # Another form of the typed word ("byrådsseminariet" for "byrådsseminar"): the word itself.
                    nodes.extend(Seq((term,), "word") for term in known.inflections(stems[0], language))
    if known.wholes is not None:
        for language in ("da", "de"):
            if language in languages:
                stems = analyze_query_terms(text, [language])[language]
                if len(stems) == 1:
                    nodes.extend(Seq((term,), "whole") for term in known.wholes(stems[0], language))
                    if known.endings is not None:
                        nodes.extend(Seq((term,), "whole") for term in known.endings(stems[0], language))
    if known.adjectives is not None and "de" in languages:
        parts = split_compound(text, "de")
        if len(parts) == 2:
            head = analyze_query_terms(parts[1], ["de"])["de"]
            if len(head) == 1:
                nodes.extend(Seq((adjective, head[0]), "adjective") for adjective in known.adjectives(parts[0]))
    return nodes


def _compound_glossary_nodes(text: str, languages: Sequence[str]) -> list[Node]:
    """Translate a compound part by part when the glossary knows every part.

    "Integrationskonferenz" then also finds "integration conference" and the
    Danish "integrationskonference".
    """
    glossary = load_glossary()
    nodes: list[Node] = []
    for language in ("de", "da"):
        parts = split_compound(text, language)
        if not parts or not all(glossary.concepts_for(part, [language]) for part in parts):
            continue
        each = []
        for part in parts:
            options: list[Node] = [Seq(alt, "translated") for alt in word_alternatives(part, languages)]
            options.extend(Seq(n.terms, "translated") for n in _glossary_nodes(part, languages))
            node = _either(options)
            if node is not None:
                each.append(node)
        if len(each) > 1:
            nodes.append(And(tuple(each)))
            nodes.extend(_adjacent_translations(each))
    return nodes


def _compound_dictionary_nodes(text: str, languages: Sequence[str]) -> list[Node]:
    """Translate a compound no glossary or dictionary knows whole, part by part, as phrases.

    "Glockenturm" is then the bell tower: the parts' translations next to each other, in
    order, in one language other than the compound's. A part the glossary knows is translated
    by it; every other part needs a dictionary translation, and the whole at most ``SHARED_BY``
    readings in a language (town, city by particle, portion, tract by festival, fair is no clear
    translation of "Stadtteilfest"). The parts apart anywhere in a paper are not enough ("Stadt"
    and "Teil" are in most papers), and the phrases rank like a dictionary translation of the
    whole word, not as the word itself.
    """
    if spelt_only():
        # A word the search guessed is not split into translated parts either.
        return []
    glossary = load_glossary()
    nodes: list[Node] = []
    for source in ("de", "da"):
        parts = split_compound(text, source)
        if len(parts) < 2:
            continue
        found: list[set[tuple[str, str]]] = []
        for part in parts:
            pairs = (glossary.equivalents(part, languages) if glossary.concepts_for(part, [source])
                     else translate(part, languages, sources=[source])
                     | translate_through_english(part, languages, sources=[source]))
            pairs = {(language, term) for language, term in pairs if language != source}
            if not pairs:
                break
            found.append(pairs)
        else:
            for target in sorted({language for pairs in found for language, _ in pairs}):
                each = [_either(_translation_nodes(sorted(p for p in pairs if p[0] == target), "dictionary"))
                        for pairs in found]
                phrases = _adjacent_translations(each) if all(node is not None for node in each) else []
                if len(phrases) <= SHARED_BY:
                    # More readings than a kept dictionary pair may have partners is no clear translation.
                    nodes.extend(Seq(phrase.terms, "dictionary") for phrase in phrases)
    return nodes


#: Translations of a compound written as adjacent words, at most (the loose form finds the rest).
_ADJACENT_TRANSLATIONS = 48


def _adjacent_translations(each: Sequence[Node]) -> list[Node]:
    """Return the translated parts of a compound next to each other, in order, as phrases.

    "integrationskonference" is "Integrationskonferenz" (parts adjacent among the parts of the
    German word) and "integration conference". Those name the same thing; the parts apart
    anywhere in a text often do not ("Klimareferat" is not any protocol mentioning the
    climate), so only the adjacent forms rank as the word itself (``INSIDE_ORIGINS``).
    """
    options = [[leaf for leaf in (part.parts if isinstance(part, Or) else (part,)) if isinstance(leaf, Seq)]
               for part in each]
    count = 1
    for found in options:
        count *= len(found)
    if not count or count > _ADJACENT_TRANSLATIONS:
        return []
    phrases = [()]
    for found in options:
        phrases = [terms + leaf.terms for terms in phrases for leaf in found]
    return [Seq(terms, "adjacent") for terms in phrases]


def _phrase_node(phrase: Phrase, languages: Sequence[str]) -> Node | None:
    # Quotes ask for exactly these words: no compound parts, no glossary.
    return _either(Seq(alt, "phrase", whole=True) for alt in phrase_alternatives(phrase.text, languages))


def _translation_nodes(pairs: Iterable[tuple[str, str]], origin: str) -> list[Node]:
    """Return an alternative per ``(language, term)`` translation, the term analysed as a paper's words are."""
    nodes: list[Node] = []
    for language, term in pairs:
        stream = analyze_document(term, language).stream
        if len(stream) == 1 and false_friend(term, stream[0], language):
            continue
        if stream:
            nodes.append(Seq(stream, origin))
    return nodes


def _glossary_nodes(text: str, languages: Sequence[str]) -> list[Node]:
    return _translation_nodes(load_glossary().equivalents(text, languages), "glossary")


def _dictionary_nodes(text: str, languages: Sequence[str]) -> list[Node]:
    """Return the translations of a word the glossary does not know, from the installed dictionaries.

    Into a language no dictionary pairs with the word's, its translations through English.
    """
    return (_translation_nodes(sorted(translate(text, languages)), "dictionary")
            + _translation_nodes(sorted(translate_through_english(text, languages)), "pivot"))


def _item_node(item: Item, languages: Sequence[str], expand: bool, known: Knowledge = NOTHING_KNOWN,
               name: bool = False) -> Node | None:
    if isinstance(item, Phrase):
        return _phrase_node(item, languages)
    return _word_node(item, languages, expand, known, name)


def _name_positions(clauses: Sequence[Clause], plain: Sequence[bool], known: Knowledge) -> set[int]:
    """Return the positions of plain words that are part of a proper name (one word or a run)."""
    found: set[int] = set()
    if not known.names:
        return found
    for start in range(len(clauses)):
        for size in range(_MAX_GLOSSARY_WORDS, 0, -1):
            run = clauses[start : start + size]
            if len(run) == size and all(plain[start : start + size]):
                if known.is_name(" ".join(w.text for w in run)):  # type: ignore[union-attr]
                    found.update(range(start, start + size))
                    break
    return found


def _required_nodes(query: Query, languages: Sequence[str], expand: bool,
                    known: Knowledge = NOTHING_KNOWN) -> list[tuple[str, Node]]:
    clauses = list(query.required)
    plain = [isinstance(c, Word) and not c.prefix for c in clauses]
    # A word that is a stopword in one of the searched languages is missing
    # from that language's documents, so requiring it would hide them. Such
    # words are left out unless nothing else would remain.
    droppable = [
        isinstance(c, Word) and not c.prefix and _is_stopword_somewhere(c.text, languages) for c in clauses
    ]
    keep_stopwords = all(droppable) if clauses else False
    named = _name_positions(clauses, plain, known)
    unnamed = [p and k not in named for k, p in enumerate(plain)]
    nodes: list[tuple[str, Node]] = []
    # Terms of a glossary phrase that overlaps the one before it, by the position of each of its
    # words past that phrase ("urban renewal" + "renewal area"): see ``_overlapping_terms``.
    carried: dict[int, list[Node]] = {}
    if expand:
        for k, joined in _joined_compounds(clauses, unnamed, droppable, languages, known).items():
            carried.setdefault(k, []).extend(joined)
    i = 0
    while i < len(clauses):
        if expand and unnamed[i]:
            group = _glossary_group(clauses, unnamed, droppable, i, languages, known)
            if group is not None:
                node, used = group
                overlap = _overlapping_terms(clauses, unnamed, droppable, i, used, languages)
                if overlap is not None:
                    end, terms = overlap
                    node = _either([node, *terms]) or node
                    for k in range(i + used, end):
                        carried.setdefault(k, []).extend(terms)
                if i in carried:
                    node = _either([node, *carried[i]]) or node
                nodes.append((" ".join(str(c) for c in clauses[i : i + used]), node))
                i += used
                continue
        clause = clauses[i]
        i += 1
        if droppable[i - 1] and not keep_stopwords:
            continue
        if isinstance(clause, AnyOf):
            node = _either(n for o in clause.options if (n := _item_node(o, languages, expand, known)) is not None)
        else:
            node = _item_node(clause, languages, expand, known, name=i - 1 in named)
        if node is not None:
            if i - 1 in carried:
                node = _either([node, *carried[i - 1]]) or node
            nodes.append((str(clause), node))
    return nodes


def _joined_compounds(clauses: Sequence[Clause], plain: Sequence[bool], droppable: Sequence[bool],
                      languages: Sequence[str], known: Knowledge) -> dict[int, list[Node]]:
    """Return, by the position of each of its two words, the compounds that join two neighbouring words.

    "time capsule" is *tidskapsel* in a Danish paper (``joined.joinings``): a paper holding the
    compound holds what both words ask for, so the compound is an alternative of each. Only
    compounds the index holds are kept, asked in one look-up for the whole query, and never
    for two words that a glossary phrase already joins.
    """
    if known.holding is None:
        return {}
    glossary = load_glossary()
    candidates: dict[int, dict[str, str]] = {}
    for k in range(min(len(clauses) - 1, _MAX_JOINED_PAIRS)):
        if not (plain[k] and plain[k + 1]) or droppable[k] or droppable[k + 1]:
            continue
        first, second = clauses[k].text, clauses[k + 1].text  # type: ignore[union-attr]
        if glossary.concepts_for(f"{first} {second}"):
            continue
        candidates[k] = joinings(first, second, languages)
    wanted = sorted({term for found in candidates.values() for term in found})
    held = set(known.holding(*wanted)) if wanted else set()
    alternatives: dict[int, list[Node]] = {}
    for k, found in candidates.items():
        nodes = [Seq((term,), "joined") for term in sorted(found) if term in held]
        if nodes:
            alternatives.setdefault(k, []).extend(nodes)
            alternatives.setdefault(k + 1, []).extend(nodes)
    return alternatives


def _overlapping_terms(clauses: Sequence[Clause], plain: Sequence[bool], droppable: Sequence[bool], start: int,
                       used: int, languages: Sequence[str]) -> tuple[int, list[Node]] | None:
    """Return the end and the terms of a glossary phrase that begins inside the group at ``start`` and ends past it.

    "urban renewal area" holds two glossary phrases that share a word: *urban renewal* (the
    group read first) and *renewal area* (a redevelopment area, *Sanierungsgebiet*). Reading
    the first alone loses the second concept's translations. A paper holding the second
    phrase holds what the shared and later words ask for, so its terms are an alternative of
    the first group and of each later word it covers. None when no such phrase starts there.
    """
    glossary = load_glossary()
    for inner in range(start + 1, start + used):
        if not plain[inner] or droppable[inner]:
            continue
        longest = 1
        while longest < _MAX_GLOSSARY_WORDS and inner + longest < len(clauses) and plain[inner + longest]:
            longest += 1
        for size in range(longest, start + used - inner, -1):
            if droppable[inner + size - 1]:
                continue
            text = " ".join(clauses[inner + k].text for k in range(size))  # type: ignore[union-attr]
            if glossary.concepts_for(text):
                terms = _glossary_nodes(text, languages)
                if terms:
                    return inner + size, terms
    return None


def _glossary_group(
    clauses: Sequence[Clause],
    plain: Sequence[bool],
    droppable: Sequence[bool],
    start: int,
    languages: Sequence[str],
    known: Knowledge = NOTHING_KNOWN,
) -> tuple[Node, int] | None:
    """Match the longest run of plain words from ``start`` that is a glossary term."""
    glossary = load_glossary()
    longest = 1
    while longest < _MAX_GLOSSARY_WORDS and start + longest < len(clauses) and plain[start + longest]:
        longest += 1
    for size in range(longest, 1, -1):
        run = [clauses[start + k] for k in range(size)]
        text = " ".join(w.text for w in run)  # type: ignore[union-attr]
        if not glossary.concepts_for(text):
            continue
        if (droppable[start] or droppable[start + size - 1]) and not _phrase_of_its_own_language(text):
            # "Sportplätze für" is no phrase: only the stopword makes it look like one. "dog tax"
            # is one, though "dog" is a Danish stopword: no English one.
            continue
        each: list[Node] = []
        untranslated = False
        for k, word in enumerate(run):
            if droppable[start + k]:
                continue
            # Each word is also translated on its own ("health insurance" -> "Versicherung" and
            # "Gesundheit"): the concept of the whole phrase may be missing a paper's wording.
            # Such word-by-word translations rank as parts (``INSIDE_ORIGINS``).
            node = _word_node(word, languages, True, known)  # type: ignore[arg-type]
            if node is not None:
                each.append(_apart(_word_by_word(node)))
                untranslated = untranslated or not _translated(node)
        alternatives: list[Node] = [And(tuple(each))] if len(each) > 1 else each
        translations = _glossary_nodes(text, languages)
        alternatives.extend(translations)
        if untranslated:
            # A word no glossary or dictionary translates alone ("gesundheitliche") leaves its
            # phrase's translation as the only way into other languages, and a paper may word it
            # otherwise: "inequalities in health" for the glossary's "health inequalities". Not
            # the phrase's synonyms in its own language, whose words apart are any text's words.
            own = {language for language in LANGUAGES if glossary.concepts_for(text, [language])}
            others = [language for language in languages if language not in own]
            alternatives.extend(_words_apart(_glossary_nodes(text, others)))
        node = _either(alternatives)
        if node is not None:
            return node, size
    return None


def _translated(node: Node) -> bool:
    """Whether ``node`` holds a translation of its word (glossary, dictionary, through English)."""
    if isinstance(node, Seq):
        return node.origin in ("glossary", "translated", "dictionary", "pivot")
    if isinstance(node, Or | And):
        return any(_translated(part) for part in node.parts)
    return False


def _phrase_of_its_own_language(text: str) -> bool:
    """Whether ``text`` is a glossary term of a language in which its first and last words are no stopwords."""
    pieces = words(text)
    glossary = load_glossary()
    return bool(pieces) and any(
        pieces[0] not in stopwords(language) and pieces[-1] not in stopwords(language)
        and glossary.concepts_for(text, [language])
        for language in LANGUAGES
    )


def _apart(node: Node) -> Node:
    """Return ``node`` with the typed word marked as one word of a known phrase, looked for on its own.

    "health insurance" names one thing; a paper with "health" in one place and "insurance" in
    another is found, but ranks like one with parts of the words, below the phrase itself and
    its translations ("Krankenversicherung").
    """
    if isinstance(node, Seq):
        return Seq(node.terms, "apart", node.whole) if node.origin == "word" else node
    if isinstance(node, Or | And):
        return type(node)(tuple(_apart(part) for part in node.parts))
    return node


def _word_by_word(node: Node) -> Node:
    """Return ``node`` with its glossary alternatives marked as a word-by-word translation."""
    if isinstance(node, Seq):
        return Seq(node.terms, "translated", node.whole) if node.origin in ("glossary", "translated") else node
    if isinstance(node, Or | And):
        return type(node)(tuple(_word_by_word(part) for part in node.parts))
    return node


def plan_query(
    query: Query | str, languages: Iterable[str] = LANGUAGES, expand: bool = True,
    known: Knowledge = NOTHING_KNOWN,
) -> MatchPlan | None:
    """Work out which analysed terms ``query`` needs; None if it has no positive term.

    ``known`` adds what the database knows: proper names, indexed compounds, adjectives.
    """
    if isinstance(query, str):
        query = parse_query(query)
    languages = tuple(dict.fromkeys(languages)) or LANGUAGES
    labelled = _required_nodes(query, languages, expand, known)
    if not labelled:
        return None
    required = [node for _, node in labelled]
    excluded = []
    for item in query.excluded:
        if isinstance(item, Word) and not item.prefix and _is_stopword_somewhere(item.text, languages):
            continue
        node = _item_node(item, languages, expand=False)
        if node is not None:
            excluded.append(node)
    return MatchPlan(tuple(required), tuple(excluded), tuple(label for label, _ in labelled))


def glossary_phrases(plan: MatchPlan) -> tuple[Phrase, ...]:
    """Return the runs of typed words that ``plan`` reads as one glossary term ("health insurance").

    Such a run is the label of one required part made of several plain words; a typed phrase
    is labelled in quotes and a choice with OR.
    """
    found = []
    for label in plan.labels:
        pieces = label.split()
        if len(pieces) > 1 and not label.startswith('"') and not any(piece in OR_WORDS or piece == "|" for piece in pieces):
            found.append(Phrase(tuple(pieces)))
    return tuple(found)


#: Alternatives that find a word inside another word of the index: they widen what is found
#: but weigh like compound parts in the ranking (``core_plan``).
INSIDE_ORIGINS = frozenset({"whole", "adjective", "translated", "apart", "dictionary", "pivot", "scattered", "joined",
                            "derived"})


def core_plan(plan: MatchPlan) -> MatchPlan | None:
    """Return ``plan`` without the alternatives that find the typed word inside indexed compounds.

    A search engine adds up every alternative a paper holds, so a paper that writes a word and
    also three compounds starting with it would outrank one that has the word in its title.
    Ranking scores the core apart and counts the rest as parts. None when there is nothing to
    leave out.
    """
    changed = False

    def strip(node: Node) -> Node | None:
        nonlocal changed
        if isinstance(node, Seq) and node.origin in INSIDE_ORIGINS:
            changed = True
            return None
        if isinstance(node, Or | And):
            parts = tuple(kept for part in node.parts if (kept := strip(part)) is not None)
            if not parts:
                return None
            if isinstance(node, And) and len(parts) < len(node.parts):
                return None
            return parts[0] if len(parts) == 1 else type(node)(parts)
        return node

    required = tuple(kept for node in plan.required if (kept := strip(node)) is not None)
    if not changed or not required:
        return None
    return MatchPlan(required, plan.excluded, plan.labels[: len(required)] if len(required) == len(plan.required) else ())


def matching_plan(plan: MatchPlan, *, marking: bool = False) -> MatchPlan:
    """Return ``plan`` without phrases that another alternative of the same choice already finds.

    A compound translated part by part is looked for as phrases ("integration conference") and
    as its parts anywhere; every paper with such a phrase has the parts, so the phrases only
    rank (``INSIDE_ORIGINS``) and find nothing more. Testing them costs an engine most, so the
    matches are found with this leaner plan (the same papers) and ranked with the whole one.
    ``marking`` keeps a phrase that holds a term no other alternative of the choice looks for
    on its own ("school place plan" beside "school" and "plan"), so the same words are marked.
    """

    def alone(node: Node) -> tuple[set[str], set[str]]:
        terms: set[str] = set()
        prefixes: set[str] = set()
        pending = [node]
        while pending:
            current = pending.pop()
            if isinstance(current, Seq) and len(current.terms) == 1:
                terms.add(current.terms[0])
            elif isinstance(current, Prefix):
                prefixes.add(current.term)
            elif isinstance(current, Or | And):
                pending.extend(current.parts)
        return terms, prefixes

    def lean(node: Node) -> Node:
        if isinstance(node, And):
            return And(tuple(lean(part) for part in node.parts))
        if not isinstance(node, Or):
            return node
        parts = tuple(lean(part) for part in node.parts)
        terms, prefixes = alone(Or(parts)) if marking else (set(), set())
        kept = tuple(part for part in parts if not (
            isinstance(part, Seq) and len(part.terms) > 1
            and (not marking or all(term in terms or term.startswith(tuple(prefixes)) for term in part.terms))
            and any(other is not part and other != part and _covers(other, part) for other in parts)
        ))
        return kept[0] if len(kept) == 1 else Or(kept)

    return MatchPlan(tuple(lean(node) for node in plan.required), plan.excluded, plan.labels)


# -- SQLite FTS5 --------------------------------------------------------------


def _fts5_string(terms: Sequence[str]) -> str:
    return '"' + " ".join(terms).replace('"', '""') + '"'


# The columns of whole words: a quoted text is never found among compound parts (``extras``).
_FTS5_WHOLE = "{title reference body} : "


def _fts5(node: Node) -> str:
    if isinstance(node, Seq):
        return (_FTS5_WHOLE if node.whole else "") + _fts5_string(node.terms)
    if isinstance(node, Prefix):
        return _fts5_string((node.term,)) + "*"
    joiner = " OR " if isinstance(node, Or) else " AND "
    return "(" + joiner.join(_fts5(p) for p in node.parts) + ")"


def to_fts5(query: Query | str, languages: Iterable[str] = LANGUAGES, expand: bool = True) -> str | None:
    """Render ``query`` as an FTS5 MATCH expression over the analysed-terms column.

    Every term is quoted, so nothing the user typed can act as FTS5 syntax.
    Returns None when the query has no positive term (see the module docstring):
    FTS5 cannot evaluate ``NOT`` without something to subtract from.
    """
    plan = plan_query(query, languages, expand)
    return None if plan is None else plan_to_fts5(plan)


def plan_to_fts5(plan: MatchPlan) -> str:
    """Render a planned query as an FTS5 MATCH expression (see ``to_fts5``)."""
    positive = " AND ".join(_fts5(n) for n in plan.required)
    if not plan.excluded:
        return positive
    negative = " OR ".join(_fts5(n) for n in plan.excluded)
    return f"({positive}) NOT ({negative})"


# -- PostgreSQL tsquery -------------------------------------------------------


def _ts_term(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def _tsquery(node: Node) -> str:
    if isinstance(node, Seq):
        # Weights A (title, reference) and C (body): a quoted text is never found among compound parts (D).
        weight = ":AC" if node.whole else ""
        if len(node.terms) == 1:
            return _ts_term(node.terms[0]) + weight
        return "(" + " <-> ".join(_ts_term(t) + weight for t in node.terms) + ")"
    if isinstance(node, Prefix):
        return _ts_term(node.term) + ":*"
    joiner = " | " if isinstance(node, Or) else " & "
    return "(" + joiner.join(_tsquery(p) for p in node.parts) + ")"


def to_tsquery(query: Query | str, languages: Iterable[str] = LANGUAGES, expand: bool = True) -> str | None:
    """Render ``query`` for PostgreSQL ``to_tsquery('simple', ...)`` over the analysed terms.

    Returns None when the query has no positive term, like ``to_fts5``.
    """
    plan = plan_query(query, languages, expand)
    return None if plan is None else plan_to_tsquery(plan)


def plan_to_tsquery(plan: MatchPlan) -> str:
    """Render a planned query for PostgreSQL (see ``to_tsquery``)."""
    parts = [_tsquery(n) for n in plan.required]
    parts.extend("!" + _tsquery(n) for n in plan.excluded)
    return " & ".join(parts)


# -- highlighting -------------------------------------------------------------


def _wanted_terms(nodes: Iterable[Node], terms: set[str], prefixes: set[str]) -> None:
    for node in nodes:
        if isinstance(node, Seq):
            terms.update(node.terms)
        elif isinstance(node, Prefix):
            prefixes.add(node.term)
        else:
            _wanted_terms(node.parts, terms, prefixes)


def highlight_spans(
    text: str,
    language: str,
    query: Query | str,
    languages: Iterable[str] = LANGUAGES,
    expand: bool = True,
) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the words in ``text`` that the query matched.

    The index holds stems, so a result snippet cannot be marked up by looking
    for the typed words: "Konferenzen" must light up for the query
    "konferencen", and "Integrationsudvalget" for "integration". A word is
    marked when any of its analysed terms is one the query looks for.
    """
    plan = plan_query(query, languages, expand)
    if plan is None:
        return []
    terms: set[str] = set()
    prefixes: set[str] = set()
    _wanted_terms(plan.required, terms, prefixes)
    spans = []
    for match in _TEXT_WORD_RE.finditer(text):
        analysed = analyze_document(match.group(0), language)
        found = (*analysed.stream, *analysed.extras)
        if any(t in terms or any(t.startswith(p) for p in prefixes) for t in found):
            spans.append(match.span())
    return spans


# Words as they stand in the original text, so that offsets fit it.
_TEXT_WORD_RE = re.compile(r"[^\W_]+(?:[-/.][^\W_]+)*")
