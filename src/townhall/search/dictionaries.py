"""Translate query words the glossary does not know, from installed bilingual dictionaries.

The glossary (``townhall.search.glossary``) holds the council's own concepts, checked by
hand. Everyday words a citizen types ("Zapfsäulen", "hydrants", "retraining") are not
in it, and a paper in another language then stays unfound. The FreeDict dictionaries
that Debian packages for the dict server (``dict-freedict-deu-eng``, ``-eng-deu``,
``-dan-eng``, ``-eng-dan``; GNU GPL, by the FreeDict project and, for German, the Ding
dictionary of TU Chemnitz) give such words their translations. They are read where the
system installed them (``TOWNHALL_DICTIONARY_DIR``, by default ``/usr/share/dictd``),
never shipped with townhall (``scripts/install-system-packages.sh`` installs them).

A dictionary lists every sense of a word, most of them beside the point in council
papers ("bench" is also a judge's seat, a mining step and a player's bench). Three filters
keep what a search can use:

* only nouns are translated, into nouns: the things a paper is about ("hydrant",
  "retraining"), not the verbs and adjectives of a question ("keep", "informed"), whose
  translations match papers of every subject. Besides the dictionaries' grammar tags,
  German says it itself: a German noun is capitalised ("hoch" is no translation of the
  noun "high" that a search could use);
* senses marked with a field of their own (mining, botany, chemistry, music, slang,
  dated words, ...) are left out; regional marks and the fields of public life
  (administration, law, economy, environment, schools, transport, ...) are kept. Where a
  dictionary marks each translation apart (the German-English one: "typographical error,
  typo [coll.]"), only the marked translation is left out, and the others on its line count
  as less sure: they make their headword's other translations no more ambiguous, nor their
  own headwords more numerous, but are kept only when they pass the test below themselves;
* a pair of a headword with many translations and a translation that many headwords
  share ("bench" and "Bank", which also translates bank and sandbank) says little, so a
  pair is kept only when one side of it has at most ``SHARED_BY`` partners: "Sitzbank"
  has one translation, "Tankstelle" is the only one of "petrol station".

Danish and German have no dictionary of their own between them, and the English-Danish one is
thin (400 headwords against 5,000 Danish ones). Two ways round it, both read from the pairs
kept above:

* a thin dictionary is supplemented by its counterpart read backwards: an English word that
  the English-Danish dictionary does not translate is the translation of the Danish headwords,
  marked nouns, whose English translations name it, when at most ``SHARED_BY`` of them do
  ("condolence" is what *kondolence* means). A dictionary is thin when it lists under a
  ``SHARED_BY``-th of the headwords of its counterpart;
* Danish and German meet through English (``translate_through_english``): a Danish word's
  English translations, and the German headwords that translate into the same English word.
  The chain is kept only where it is narrow and the two sides agree: the word has at most
  ``SHARED_BY`` English translations, at most ``SHARED_BY`` headwords of the other language
  translate into the English word they share, and where the English-to-other dictionary
  translates that English word, it names the same headword. Such a translation is used only
  when no direct one into that language exists, and ranks as a dictionary translation does
  (like a compound's part, never as the word itself).

The translations are compiled once into an SQLite file (``compile_dictionaries``,
``townhall search-dictionaries``; ``TOWNHALL_DICTIONARY_FILE``), which every process
reads by key. A server without the dictionaries or without the compiled file translates
nothing, and ``townhall check`` says so when the dictionaries are there but not compiled.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import gzip
import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from townhall.search.analyzers import words

#: Dictionary file stems by (source, target) language.
PAIRS = {
    ("de", "en"): "freedict-deu-eng",
    ("en", "de"): "freedict-eng-deu",
    ("da", "en"): "freedict-dan-eng",
    ("en", "da"): "freedict-eng-dan",
}

#: A pair whose headword and translation both have more partners than this is left out.
SHARED_BY = 3

#: Words of a headword or translation at most; longer ones are explanations, not terms.
MAX_WORDS = 3

#: Field marks whose senses are beside the point in council papers.
_FOREIGN_FIELDS = frozenset("""
    techn. ornith. ugs. bot. chem. zool. comp. geh. min. cook. electr. mil. coll. geol. anat. textil.
    hist. übtr. phys. mus. biol. math. relig. naut. ling. fig. telco. aviat. mach. psych. pej. veraltet
    art biochem. humor. pharm. lit. selten print arch. slang poet. phil. meteo. veraltend astron. obs.
    alt dated rare tm photo. vulg. Sprw. archaic prov. sci. euphem. iron. myc. astrol. Jägersprache
    altertümlich formal
""".split())

#: Dictionaries whose field marks follow the one translation they qualify ("typo <n> [coll.]"
#: after "typographical error <n>"); the others mark a whole line of translations at its end.
_MARKS_PER_TRANSLATION = frozenset({("de", "en")})

_MARK_RE = re.compile(r"\[([^\]]*)\]")
_LEADING_MARKS_RE = re.compile(r"^\s*(?:\[[^\]]*\]\s*)+")
_TAG_RE = re.compile(r"<([^>]*)>")
#: Grammar tags of a word that is no noun.
_NOT_NOUN = frozenset({"v", "adj", "adv", "prep", "conj", "pron", "interj", "num", "art", "particle", "vi", "vt"})
_NOISE_RE = re.compile(r"<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}|/[^/]*/")
_NUMBERED_RE = re.compile(r"^\s*\d+\.\s*")
_SKIP_LINE_RE = re.compile(r'^\s*(Note:|Synonyms?:|see:|"|Example)')
_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _number(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + _BASE64.index(char)
    return value


#: Changes whenever what ``compile_dictionaries`` keeps changes, so older files count as stale.
FORMAT = 7

#: The language through which two others without a dictionary between them are paired.
PIVOT = "en"


def dictionary_dir() -> Path:
    """Return the folder of the installed dict-server dictionaries (``TOWNHALL_DICTIONARY_DIR``)."""
    from django.conf import settings

    return Path(settings.SEARCH_DICTIONARY_DIR)


def compiled_path() -> Path:
    """Return where the compiled dictionaries are kept (``TOWNHALL_DICTIONARY_FILE``)."""
    from django.conf import settings

    return Path(settings.SEARCH_DICTIONARY_FILE)


def installed_pairs(folder: Path | None = None) -> dict[tuple[str, str], Path]:
    """Return the dictionaries installed in ``folder``, by (source, target) language."""
    folder = folder or dictionary_dir()
    found = {}
    for pair, stem in PAIRS.items():
        if (folder / f"{stem}.index").is_file() and (folder / f"{stem}.dict.dz").is_file():
            found[pair] = folder / stem
    return found


@dataclass(frozen=True)
class Sense:
    """One entry of a dictionary: a headword and the terms it translates to."""

    headword: str
    translations: tuple[str, ...]
    #: Whether the dictionary marks the headword a noun (German: every headword kept, being capitalised).
    marked_noun: bool = False
    #: Translations listed beside one marked with a field of its own ("typographical error" beside
    #: "typo [coll.]"): kept, but left out of the counts that find an ambiguous pair.
    beside: tuple[str, ...] = ()


def _clean_term(raw: str) -> str | None:
    term = _NOISE_RE.sub(" ", raw)
    term = " ".join(term.replace("sb.", " ").replace("sth.", " ").replace("etw.", " ").replace("jdn.", " ").split())
    term = term.strip(" .;:!?")
    if not term or len(term.split()) > MAX_WORDS or not any(c.isalpha() for c in term):
        return None
    if any(c in term for c in "/…=+&"):
        return None
    return term


def read_senses(stem: Path, source: str, target: str) -> Iterator[Sense]:
    """Yield the noun senses of one installed dictionary (``stem`` without ``.index``/``.dict.dz``)."""
    with gzip.open(f"{stem}.dict.dz") as packed:
        data = packed.read()
    with open(f"{stem}.index", encoding="utf-8") as index:
        for line in index:
            headword, _, rest = line.rstrip("\n").partition("\t")
            if not headword or headword.startswith("00database") or "\t" not in rest:
                continue
            offset, length = (_number(part) for part in rest.split("\t")[:2])
            body = data[offset : offset + length].decode("utf-8", "replace").split("\n")
            # The index keeps headwords in small letters; the entry's first line as written.
            written = body[0].split(" /")[0].split(" <")[0]
            head = _clean_term(written if written.casefold() == headword.casefold() else headword)
            if head is None or not _is_noun(body[0]) or not _names_a_thing(head, source):
                continue
            if _marks(body[0]) & _FOREIGN_FIELDS:
                continue
            translations: list[str] = []
            beside: list[str] = []
            per_translation = (source, target) in _MARKS_PER_TRANSLATION
            for text in body[1:]:
                if not text.strip() or _SKIP_LINE_RE.match(text):
                    continue
                line_marks = _marks(_leading_marks(text)) if per_translation else _marks(text)
                if line_marks & _FOREIGN_FIELDS:
                    continue
                # A line that also lists a translation of a field of its own: its other translations are "beside" it.
                found = beside if _marks(text) & _FOREIGN_FIELDS else translations
                text = _NUMBERED_RE.sub("", text)
                for piece in re.split(r"[,;](?![^<]*>)", text):
                    if not _is_noun(piece) or _marks(piece) & _FOREIGN_FIELDS:
                        continue
                    term = _clean_term(piece)
                    if term is not None and _names_a_thing(term, target):
                        found.append(term)
            if translations or beside:
                yield Sense(head, tuple(dict.fromkeys(translations)), source == "de" or _tagged_noun(body[0]),
                            tuple(dict.fromkeys(term for term in beside if term not in translations)))


def listed_words(stem: Path) -> Iterator[str]:
    """Yield the spelling (``term_key``) of every headword an installed dictionary lists, of any kind."""
    with open(f"{stem}.index", encoding="utf-8") as index:
        for line in index:
            headword = line.partition("\t")[0]
            if headword and not headword.startswith("00database"):
                key = term_key(headword)
                if key:
                    yield key


def _marks(text: str) -> set[str]:
    """Return the field and region marks in ``text`` ("[min.]", "[Br.]")."""
    return {mark.strip() for found in _MARK_RE.findall(text) for mark in found.split(",")}


def _leading_marks(text: str) -> str:
    """Return the field marks that open a line of translations ("[zool.] carrion fly <n>, …"), which qualify all of it."""
    found = _LEADING_MARKS_RE.match(text)
    return found.group(0) if found else ""


def _is_noun(text: str) -> bool:
    """Whether the grammar tags in ``text`` (a headword line or one translation) leave it a noun."""
    tags = {tag.strip() for found in _TAG_RE.findall(text) for tag in found.split(",")}
    return not tags & _NOT_NOUN


#: Grammar tags that mark a word a noun (its kind, gender or number).
_NOUN_TAGS = frozenset({"n", "fem", "masc", "neut", "pl", "sg"})


def _tagged_noun(text: str) -> bool:
    """Whether the grammar tags in ``text`` (a headword line) say outright that it is a noun."""
    tags = {tag.strip() for found in _TAG_RE.findall(text) for tag in found.split(",")}
    return bool(tags & _NOUN_TAGS) and not tags & _NOT_NOUN


def _names_a_thing(term: str, language: str) -> bool:
    """Whether ``term`` can name a thing in ``language``: in German, it holds a capitalised word."""
    if language != "de":
        return True
    return any(word[:1].isupper() for word in term.split())


def term_key(term: str) -> str:
    """Return the spelling by which a headword or a query word is looked up.

    Spelt, not stemmed: a dictionary lists the plural of a noun as a headword of its own
    ("benches"), and stems would merge a noun with the verb forms of its stem ("keeping",
    "kept"), whose translations have nothing to do with it.
    """
    return " ".join(words(term))


def translations_of(senses: Iterable[Sense]) -> dict[str, set[str]]:
    """Return, by spelling of the headword, the translations kept (see the module docstring)."""
    by_key: dict[str, set[str]] = defaultdict(set)
    beside_by_key: dict[str, set[str]] = defaultdict(set)
    for sense in senses:
        key = term_key(sense.headword)
        if key:
            by_key[key].update(sense.translations)
            beside_by_key[key].update(sense.beside)
    target_keys = {t: term_key(t) for terms in (*by_key.values(), *beside_by_key.values()) for t in terms}
    sources: dict[str, int] = defaultdict(int)
    for terms in by_key.values():
        for key in {target_keys[t] for t in terms}:
            sources[key] += 1
    kept_by_key = {}
    for key in by_key.keys() | beside_by_key.keys():
        plain, beside = by_key.get(key, set()), beside_by_key.get(key, set())
        kept = set()
        for terms, partners in ((plain, len({target_keys[t] for t in plain})),
                                (beside, len({target_keys[t] for t in plain | beside}))):
            kept.update(t for t in terms if target_keys[t]
                        and (partners <= SHARED_BY or sources[target_keys[t]] <= SHARED_BY))
        if kept:
            kept_by_key[key] = kept
    return kept_by_key


def signature(folder: Path | None = None) -> str:
    """Return what identifies the installed dictionaries and this module's way of compiling them."""
    parts = [f"format {FORMAT}", f"shared by {SHARED_BY}"]
    for pair, stem in sorted(installed_pairs(folder).items()):
        for suffix in (".index", ".dict.dz"):
            stat = Path(f"{stem}{suffix}").stat()
            parts.append(f"{stem.name}{suffix} {stat.st_size} {int(stat.st_mtime)}")
    return "; ".join(parts)


def compiled_signature(path: Path) -> str | None:
    """Return the signature a compiled file was made from; None if there is no readable one."""
    if not path.is_file():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE name = 'signature'").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def compile_dictionaries(path: Path, folder: Path | None = None,
                         progress: Callable[[str], None] | None = None) -> int:
    """Compile the installed dictionaries into the SQLite file ``path``; return the translations kept.

    The file is written beside ``path`` and moved into place when complete, so searches
    running meanwhile read the old one.
    """
    rows = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(handle)
    try:
        with sqlite3.connect(temporary) as db:
            db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
            db.execute("INSERT INTO meta VALUES ('signature', ?)", (signature(folder),))
            db.execute("CREATE TABLE translation (source TEXT, key TEXT, target TEXT, term TEXT)")
            # The same pairs read backwards: which headwords of ``source`` translate into a term of ``target``.
            db.execute("CREATE TABLE reverse (target TEXT, term_key TEXT, source TEXT, headword TEXT)")
            # The same for headwords the dictionary does not mark nouns (``headwords_of``).
            db.execute("CREATE TABLE untagged (target TEXT, term_key TEXT, source TEXT, headword TEXT)")
            # Every word a dictionary lists, of any kind: such a word is not read as an inflection of another.
            db.execute("CREATE TABLE listed (source TEXT, key TEXT, PRIMARY KEY (source, key)) WITHOUT ROWID")
            listed: dict[str, set[str]] = defaultdict(set)
            translated: dict[str, set[str]] = defaultdict(set)
            for (source, target), stem in sorted(installed_pairs(folder).items()):
                if progress:
                    progress(stem.name)
                written: dict[str, str] = {}
                untagged: dict[str, str] = {}
                kept = translations_of(_remember_headwords(read_senses(stem, source, target), written, untagged))
                db.executemany("INSERT INTO translation VALUES (?, ?, ?, ?)",
                               ((source, key, target, term) for key, terms in kept.items() for term in sorted(terms)))
                db.executemany("INSERT INTO reverse VALUES (?, ?, ?, ?)", sorted({
                    (target, term_key(term), source, written[key])
                    for key, terms in kept.items() if key in written for term in terms if term_key(term)}))
                db.executemany("INSERT INTO untagged VALUES (?, ?, ?, ?)", sorted({
                    (target, term_key(term), source, untagged[key])
                    for key, terms in kept.items() if key in untagged and key not in written
                    for term in terms if term_key(term)}))
                rows += sum(len(terms) for terms in kept.values())
                translated[source].update(kept)
                words_listed = set(listed_words(stem))
                listed[source].update(words_listed)
                db.execute("INSERT INTO meta VALUES (?, ?)", (f"headwords {source} {target}", str(len(words_listed))))
            db.executemany("INSERT INTO listed VALUES (?, ?)",
                           ((source, key) for source, keys in listed.items() for key in sorted(keys - translated[source])))
            db.execute("CREATE INDEX translation_key ON translation (source, key)")
            db.execute("CREATE INDEX reverse_term ON reverse (target, term_key, source)")
            db.execute("CREATE INDEX untagged_term ON untagged (target, term_key, source)")
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return rows


def _remember_headwords(senses: Iterable[Sense], written: dict[str, str],
                        untagged: dict[str, str] | None = None) -> Iterator[Sense]:
    """Yield ``senses``, noting each headword marked a noun as the dictionary writes it, by its spelling key.

    Only those are read backwards: a Danish headword without a tag is as often a verb or an
    adjective ("åben", open) as a noun. The others go to ``untagged`` (``headwords_of``).
    """
    for sense in senses:
        if sense.marked_noun:
            written.setdefault(term_key(sense.headword), sense.headword)
        elif untagged is not None:
            untagged.setdefault(term_key(sense.headword), sense.headword)
        yield sense


@functools.lru_cache(maxsize=2)
def _connection(path: Path, version: float) -> sqlite3.Connection | None:
    """Return a reader of the compiled file as it is at ``version`` (its modification time)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        db.execute("SELECT 1 FROM translation LIMIT 1")
    except sqlite3.Error:
        return None
    return db


#: Inflection endings a word of each language may carry that its headword has not, longest
#: first: German plurals and cases, Danish definite and plural forms, English plurals.
INFLECTIONS = {
    "de": ("ern", "en", "er", "es", "e", "n", "s"),
    "da": ("erne", "enes", "ene", "rne", "ens", "ets", "ne", "en", "et", "er", "e", "n", "r", "s", "t"),
    "en": ("ies", "es", "s"),
}

#: Letters a base form keeps at least once an ending is taken off.
MIN_BASE = 3

_UMLAUT_FREE = str.maketrans("äöü", "aou")


def base_forms(key: str, language: str) -> list[str]:
    """Return the forms the last word of ``key`` may be an inflection of in ``language``, nearest first.

    "benches" -> "benche", "bench"; "brandhanerne" -> ..., "brandhane"; a German plural with
    umlaut also without it ("sitzbänke" -> "sitzbank"). The spelt form itself is not among them.
    """
    head, _, last = key.rpartition(" ")
    prefix = f"{head} " if head else ""
    found: list[str] = []
    stems = [last[: -len(ending)] for ending in sorted(INFLECTIONS.get(language, ()), key=len)
             if last.endswith(ending) and len(last) - len(ending) >= MIN_BASE]
    if language == "en":
        stems = [stem + "y" if last.endswith("ies") and stem == last[:-3] else stem for stem in stems]
    for stem in ([last] if language == "de" else []) + stems:
        forms = [stem, stem.translate(_UMLAUT_FREE)] if language == "de" else [stem]
        for form in forms:
            if form != last and form not in found:
                found.append(form)
    return [prefix + form for form in found]


#: False while a word the search guessed (a spelling correction) is translated: see ``as_spelt``.
_BY_BASE_FORMS = contextvars.ContextVar("translate_by_base_forms", default=True)


@contextlib.contextmanager
def as_spelt() -> Iterator[None]:
    """Translate words only as the dictionaries spell them while the block runs.

    For a word the search put in place of a typed one ("Hauptsachen" for "Hauptachsen"): a
    base form of a guess is a guess upon a guess, and its translations seldom mean what was typed.
    """
    token = _BY_BASE_FORMS.set(False)
    try:
        yield
    finally:
        _BY_BASE_FORMS.reset(token)


def spelt_only() -> bool:
    """Whether words are now translated only as the dictionaries spell them (inside ``as_spelt``)."""
    return not _BY_BASE_FORMS.get()


def _listed(db: sqlite3.Connection, source: str, key: str) -> bool:
    """Whether the dictionaries of ``source`` list ``key`` as a word of its own (a file of an older format: all)."""
    try:
        return db.execute("SELECT 1 FROM listed WHERE source = ? AND key = ?", (source, key)).fetchone() is not None
    except sqlite3.OperationalError:
        # Compiled before headwords were listed: translate as spelt until compiled anew.
        return True


@functools.lru_cache(maxsize=4096)
def _lookup(path: Path, version: float, source: str, key: str, inflected: bool = True) -> tuple[tuple[str, str], ...]:
    """Return the translations of ``key`` as spelt or, when the dictionary does not list it, of its nearest base form.

    A word the dictionary lists without a noun sense kept is no inflection of another:
    "verlagern" (to shift) is a verb, not a plural of "Verlag" (a publisher).
    """
    db = _connection(path, version)
    if db is None or not key:
        return ()
    candidates = [key]
    if inflected and not _listed(db, source, key):
        candidates.extend(base_forms(key, source))
    marks = ", ".join("?" * len(candidates))
    rows = db.execute(f"SELECT key, target, term FROM translation WHERE source = ? AND key IN ({marks})",
                      (source, *candidates)).fetchall()
    for candidate in candidates:
        kept = {(target, term) for found, target, term in rows if found == candidate}
        if kept:
            return tuple(sorted(kept))
    return ()


def compiled() -> tuple[Path, float] | None:
    """Return the compiled file and its version (its modification time), or None when there is none.

    A file compiled again (or first) while the process runs is read from then on: every cached
    look-up is keyed by the version.
    """
    path = compiled_path()
    try:
        return path, path.stat().st_mtime
    except OSError:
        return None


def is_headword(text: str, language: str) -> bool:
    """Whether the dictionaries from ``language`` list ``text`` as a headword of their own, of any kind, spelt as is."""
    found = compiled()
    return found is not None and _is_headword(*found, language, term_key(text))


@functools.lru_cache(maxsize=4096)
def _is_headword(path: Path, version: float, language: str, key: str) -> bool:
    db = _connection(path, version)
    if db is None or not key:
        return False
    if db.execute("SELECT 1 FROM translation WHERE source = ? AND key = ? LIMIT 1", (language, key)).fetchone():
        return True
    try:
        return db.execute("SELECT 1 FROM listed WHERE source = ? AND key = ?", (language, key)).fetchone() is not None
    except sqlite3.OperationalError:
        return False


def translate(text: str, languages: Iterable[str], sources: Iterable[str] = ("de", "da", "en")) -> set[tuple[str, str]]:
    """Return ``(language, term)`` translations of a query word or phrase into ``languages``.

    ``text`` may be in any of ``sources``; a translation back into the word's own language
    is not returned.
    """
    wanted = set(languages)
    found: set[tuple[str, str]] = set()
    key = term_key(text)
    located = compiled()
    if located is None:
        return set()
    path, version = located
    for source in sources:
        direct = _lookup(path, version, source, key, not spelt_only())
        for target, term in direct:
            if target in wanted and target != source:
                found.add((target, term))
        if source == PIVOT:
            # The English side of another language's dictionary, read backwards, where the
            # dictionary from English is thin and has nothing for that language.
            for target in sorted(wanted - {source} - {language for language, _ in direct}):
                if not _thin(path, version, source, target):
                    continue
                heads = _headwords(path, version, target, key)
                if len(heads) <= SHARED_BY:
                    found.update((target, head) for head in heads)
    return found


@functools.lru_cache(maxsize=16)
def _thin(path: Path, version: float, source: str, target: str) -> bool:
    """Whether the dictionary from ``source`` into ``target`` lists under a ``SHARED_BY``-th of the headwords of the one back.

    The English-Danish dictionary (400 headwords against 5,000): the Danish-English one read
    backwards supplements it. The English-German one is as large as its counterpart, and a word
    it leaves untranslated ("former", an adjective) is left so on purpose.
    """
    db = _connection(path, version)
    if db is None:
        return False
    counts = dict(db.execute("SELECT name, value FROM meta WHERE name IN (?, ?)",
                             (f"headwords {source} {target}", f"headwords {target} {source}")).fetchall())
    forward, backward = counts.get(f"headwords {source} {target}"), counts.get(f"headwords {target} {source}")
    return backward is not None and int(forward or 0) * SHARED_BY < int(backward)


@functools.lru_cache(maxsize=4096)
def _headwords(path: Path, version: float, language: str, key: str, via: str = PIVOT) -> tuple[str, ...]:
    """Return the headwords of ``language`` whose dictionary translates them into ``key`` of ``via``."""
    db = _connection(path, version)
    if db is None or not key:
        return ()
    try:
        rows = db.execute("SELECT DISTINCT headword FROM reverse WHERE target = ? AND term_key = ? AND source = ?",
                          (via, key, language)).fetchall()
    except sqlite3.OperationalError:
        # Compiled before pairs were read backwards: nothing until compiled anew.
        return ()
    return tuple(sorted(row[0] for row in rows))


def translated_headwords(language: str, initial: str, shortest: int, longest: int) -> tuple[str, ...]:
    """Return the keys of the headwords of ``language`` the dictionaries translate, of ``initial`` and a length between.

    A word typed with a typo that no paper holds may still be one of them ("refinacing"): the
    search corrects it by them (``tolerant``), among the words of its first letter and about its
    length. Read from the compiled file by its index, so a process keeps no list of every
    headword. None when the dictionaries are not compiled.
    """
    found = compiled()
    return _translated_headwords(*found, language, initial, shortest, longest) if found is not None and initial else ()


@functools.lru_cache(maxsize=64)
def _translated_headwords(path: Path, version: float, language: str, initial: str, shortest: int,
                          longest: int) -> tuple[str, ...]:
    db = _connection(path, version)
    if db is None:
        return ()
    rows = db.execute(
        "SELECT DISTINCT key FROM translation WHERE source = ? AND key >= ? AND key < ?"
        " AND length(key) BETWEEN ? AND ?",
        (language, initial, initial + "\U0010ffff", shortest, longest))
    return tuple(row[0] for row in rows)


def headwords_of(word: str, language: str) -> tuple[str, ...]:
    """Return the headwords of ``language``, of any kind, whose dictionary translates them into the English ``word``.

    At most ``SHARED_BY`` of them, or none. Unlike ``translate`` this takes headwords the
    dictionary does not mark nouns too (Danish *tid*, time; *liste*, list), for a caller that
    keeps only what the index's vocabulary confirms (``joined``).
    """
    found = compiled()
    if found is None:
        return ()
    key = term_key(word)
    heads = _headwords(*found, language, key) + _untagged(*found, language, key)
    return heads if len(heads) <= SHARED_BY else ()


@functools.lru_cache(maxsize=4096)
def _untagged(path: Path, version: float, language: str, key: str) -> tuple[str, ...]:
    """Return the headwords of ``language`` not marked nouns whose dictionary translates them into the English ``key``."""
    db = _connection(path, version)
    if db is None or not key:
        return ()
    try:
        rows = db.execute("SELECT DISTINCT headword FROM untagged WHERE target = ? AND term_key = ? AND source = ?",
                          (PIVOT, key, language)).fetchall()
    except sqlite3.OperationalError:
        # Compiled before such headwords were kept: none until compiled anew.
        return ()
    return tuple(sorted(row[0] for row in rows))


def translate_through_english(text: str, languages: Iterable[str],
                              sources: Iterable[str] = ("de", "da")) -> set[tuple[str, str]]:
    """Return ``(language, headword)`` translations of ``text`` reached through its English translations.

    For languages no installed dictionary pairs directly (Danish and German): kept only where
    the chain is narrow and both dictionaries agree (see the module docstring), and only into a
    language ``translate`` finds nothing in.
    """
    located = compiled()
    if located is None:
        return set()
    path, version = located
    key = term_key(text)
    wanted = set(languages) - {PIVOT}
    found: set[tuple[str, str]] = set()
    for source in sources:
        if source == PIVOT:
            continue
        direct = _lookup(path, version, source, key, not spelt_only())
        english = {term for target, term in direct if target == PIVOT}
        if not english or len(english) > SHARED_BY:
            continue
        senses = {term_key(term) for term in english}
        for target in sorted(wanted - {source} - {language for language, _ in direct}):
            if _is_word_of(path, version, target, key) or _is_word_of(path, version, PIVOT, key):
                # "Kunst" read as Danish is not translated back into German: it is a German word.
                # "side" may be Danish for a page, but it is also English, and gets its own translations.
                continue
            for term in sorted(english):
                heads = _headwords(path, version, target, term_key(term))
                if not heads or len(heads) > SHARED_BY:
                    continue
                forward = {term_key(t) for language, t in _lookup(path, version, PIVOT, term_key(term), False)
                           if language == target}
                for head in heads:
                    if forward and term_key(head) not in forward:
                        continue
                    theirs = {term_key(t) for language, t in _lookup(path, version, target, term_key(head), False)
                              if language == PIVOT}
                    # Both words have few senses, or agree on two of them ("borgmester" and
                    # "Bürgermeister": mayor and burgomaster; not "Propst", whose one sense
                    # is the Scottish provost of "borgmester").
                    if len(theirs & senses) >= min(2, len(senses), len(theirs)):
                        found.add((target, head))
    return found


def _is_word_of(path: Path, version: float, language: str, key: str) -> bool:
    """Whether the dictionaries from ``language`` list ``key`` as a word of it, translated or not."""
    db = _connection(path, version)
    if db is None:
        return False
    return bool(_lookup(path, version, language, key, False)) or _listed(db, language, key)
