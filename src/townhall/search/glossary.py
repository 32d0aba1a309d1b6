"""Find the Danish, German and English words for the same council concept.

A journalist in Hamburg searching for "Integrationsausschuss" should also find
the Copenhagen paper about the "integrationsudvalg". The glossary in
``data/glossary/`` (one YAML file per domain) groups the terms of one concept in
the three languages; ``expand`` returns all terms of the concepts a query word
or phrase belongs to.

Terms are matched by their analysed form (Snowball stems without stopwords,
see ``townhall.search.analyzers``) in each language, so inflected query words
match too: "konferencen" belongs to the concept of "konference". A query is
compared with the glossary terms of one language using that language's
analysis only, which keeps a German word from matching an English term that
happens to stem alike.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources

import yaml

from townhall.search.analyzers import LANGUAGES, analyze_word, check_language, words

# The C parser reads the glossary several times faster where libyaml is installed.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Concept:
    """One idea of council life with its terms in each language."""

    id: str
    terms: Mapping[str, tuple[str, ...]]

    def terms_in(self, languages: Iterable[str]) -> set[tuple[str, str]]:
        """Return ``(language, term)`` pairs of this concept for ``languages``."""
        return {(lang, term) for lang in languages for term in self.terms.get(lang, ())}


def term_key(term: str, language: str) -> tuple[str, ...]:
    """Return the analysed form by which ``term`` of ``language`` is matched.

    This is the term stream of ``analyze_document(term, language)``; compound
    parts are not split off, since only the stream is compared, which makes
    loading the glossary about twice as fast.
    """
    check_language(language)
    return tuple(t for word in words(term) for t in analyze_word(word, language, compounds=False)[0])


def exact_key(term: str) -> str:
    """Return the normalised spelling by which ``term`` is matched exactly."""
    return " ".join(words(term))


@dataclass(frozen=True)
class Clash:
    """A term that leads a search to a concept other than its own."""

    term: str
    language: str
    concept: str
    other_term: str
    other_language: str
    other_concept: str


@dataclass(frozen=True)
class Glossary:
    """A set of concepts with an index from analysed term to concept."""

    concepts: Mapping[str, Concept]
    ambiguous: frozenset[str] = frozenset()
    _index: Mapping[tuple[str, tuple[str, ...]], frozenset[str]] = field(default_factory=dict, repr=False)
    _exact: Mapping[tuple[str, str], frozenset[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_mapping(cls, data: Mapping) -> Glossary:
        """Build a glossary from the merged YAML structure of the glossary files."""
        concepts: dict[str, Concept] = {}
        index: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
        exact: dict[tuple[str, str], set[str]] = defaultdict(set)
        for concept_id, by_language in (data.get("concepts") or {}).items():
            terms = {}
            for language, values in by_language.items():
                check_language(language)
                if isinstance(values, str):
                    values = [values]
                terms[language] = tuple(str(v) for v in values)
                for value in terms[language]:
                    exact[(language, exact_key(value))].add(concept_id)
                    key = term_key(str(value), language)
                    if key:
                        index[(language, key)].add(concept_id)
            concepts[concept_id] = Concept(concept_id, terms)
        ambiguous = frozenset(str(t).casefold() for t in data.get("ambiguous") or ())
        return cls(
            concepts,
            ambiguous,
            {k: frozenset(v) for k, v in index.items()},
            {k: frozenset(v) for k, v in exact.items()},
        )

    def clashes(self) -> list[Clash]:
        """Return the terms a search would expand into a concept other than their own.

        A query word is compared with the glossary in every language, so a term
        clashes with another concept when a term of that concept is spelt like
        it, or has the same analysed form (stems) in any language: "parks"
        finds both the park and, through the stem of "parking", the car park.
        """
        keys: dict[tuple[str, str], tuple[str, ...]] = {}
        by_key: dict[tuple[str, tuple[str, ...]], list[tuple[str, str]]] = defaultdict(list)
        by_spelling: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for concept in self.concepts.values():
            for language, terms in concept.terms.items():
                for term in terms:
                    key = keys.setdefault((term, language), term_key(term, language))
                    if key:
                        by_key[(language, key)].append((concept.id, term))
                    by_spelling[exact_key(term)].append((concept.id, term, language))
        found: list[Clash] = []
        for concept in self.concepts.values():
            for language, terms in concept.terms.items():
                for term in terms:
                    others = {(o, t, lang) for o, t, lang in by_spelling[exact_key(term)] if o != concept.id}
                    for other_language in LANGUAGES:
                        key = keys.get((term, other_language)) or term_key(term, other_language)
                        if key:
                            others |= {(o, t, other_language) for o, t in by_key[(other_language, key)] if o != concept.id}
                    found += [Clash(term, language, concept.id, t, lang, o) for o, t, lang in sorted(others)]
        return found

    def concepts_for(self, text: str, languages: Iterable[str] = LANGUAGES) -> list[Concept]:
        """Return the concepts ``text`` (a word or phrase) is a term of, in ``languages``.

        A term spelt exactly as in the glossary belongs to its own concepts only;
        otherwise all concepts with a term of the same stems are returned. That
        keeps "plan" and "planning", which share the English stem, apart, while
        "konferencen" still finds "konference".
        """
        languages = [lang for lang in languages if lang in LANGUAGES]
        spelt = exact_key(text)
        found: set[str] = set()
        for language in languages:
            found |= self._exact.get((language, spelt), frozenset())
        if found:
            return [self.concepts[c] for c in sorted(found)]
        for language in languages:
            key = term_key(text, language)
            if key:
                found |= self._index.get((language, key), frozenset())
        return [self.concepts[c] for c in sorted(found)]

    def is_exact_term(self, text: str, language: str) -> bool:
        """Whether ``text`` is spelt exactly as a term of ``language`` (no stemming)."""
        return bool(self._exact.get((language, exact_key(text))))

    def equivalents(self, text: str, languages: Iterable[str] = LANGUAGES) -> set[tuple[str, str]]:
        """Return ``(language, term)`` pairs that mean the same as ``text`` in ``languages``.

        ``text`` itself may be in any language: a German query word still
        expands to English terms when only English documents are searched.
        """
        languages = tuple(languages)
        pairs: set[tuple[str, str]] = set()
        for concept in self.concepts_for(text, LANGUAGES):
            pairs |= concept.terms_in(languages)
        return pairs

    @functools.cached_property
    def spellings(self) -> tuple[str, ...]:
        """Return every one-word term of the glossary, normalised, once each (for spelling corrections)."""
        found = {key for (_, key) in self._exact if key and " " not in key and key.isalpha()}
        return tuple(sorted(found))

    def expand(self, text: str, languages: Iterable[str] = LANGUAGES) -> set[str]:
        """Return the terms in ``languages`` that mean the same as ``text``; empty if unknown."""
        return {term for _, term in self.equivalents(text, languages)}


def merge_glossary_files(files: Iterable[tuple[str, str]]) -> dict:
    """Merge the YAML texts of ``(name, text)`` glossary files into one mapping.

    A concept id defined in two files is an error, since one would silently
    replace the other.
    """
    concepts: dict[str, Mapping] = {}
    origin: dict[str, str] = {}
    ambiguous: list[str] = []
    for name, text in files:
        data = yaml.load(text, Loader=_YAML_LOADER) or {}
        for concept_id, terms in (data.get("concepts") or {}).items():
            if concept_id in concepts:
                raise ValueError(f"glossary concept {concept_id!r} is defined in {origin[concept_id]} and in {name}")
            concepts[concept_id] = terms
            origin[concept_id] = name
        ambiguous.extend(data.get("ambiguous") or ())
    return {"concepts": concepts, "ambiguous": ambiguous}


@functools.cache
def load_glossary() -> Glossary:
    """Return the glossary shipped with townhall (the files of ``data/glossary/``)."""
    folder = resources.files("townhall.search").joinpath("data", "glossary")
    files = sorted((entry.name, entry.read_text(encoding="utf-8")) for entry in folder.iterdir() if entry.name.endswith(".yaml"))
    return Glossary.from_mapping(merge_glossary_files(files))


def expand(term: str, languages: Iterable[str] = LANGUAGES) -> set[str]:
    """Return cross-language equivalents of a query word or phrase from the shipped glossary.

    ``expand("konferencen")`` contains "Konferenz" and "conference". A term the
    glossary does not know gives an empty set.
    """
    return load_glossary().expand(term, languages)
