"""What a search does when the strict query finds little: correct typos, then settle for most words.

``search_papers`` first asks for every part of the query. Only when that finds fewer than
``FEW`` papers does it try, in this order:

1. **Corrections.** A typed word that no paper the user may see holds is looked up in the
   index's vocabulary (``townhall.search.vocabulary.near``): the closest common terms become
   alternatives of the word (tolerant matching), each checked to match a paper the user may
   see, and the closest one makes the "did you mean" suggestion.
2. **Most of the words.** When the query has two parts or more and finds fewer than
   ``RELAX_BELOW`` papers (less than a first page), papers that hold any part are ranked by how
   many parts they hold, then by their score; papers with every part come first. A part
   with no translation is not held against a paper of a language that never holds it
   (``counted_parts``).
3. **A compound's words.** A one-word German or Danish compound that found a few papers (but
   less than a page) is also read as the words it is made of (``compound_floor``): papers
   holding all of them (all but one, of three or more) follow the compound's own matches,
   which keep their order. A proper name is never cut.

Both only ever cost a few bounded look-ups and one more search, and only for queries that
found (almost) nothing, so broad searches keep their speed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from townhall.search import vocabulary
from townhall.search.analyzers import analyze_query_terms, normalize
from townhall.search.backends.base import Narrowing, SearchBackend
from townhall.search.compound_parts import compound_segments, part_alternatives, translatable
from townhall.search.dictionaries import as_spelt, is_headword, translated_headwords
from townhall.search.glossary import load_glossary
from townhall.search.part_weights import compound_weights, holding, is_name, query_weights, whole_phrase
from townhall.search.query import And, MatchPlan, Node, Or, Query, Seq, Word, plan_query

#: The strict query finding fewer papers than this lets the search correct its words.
FEW = 3
#: The strict query finding fewer papers than this (less than a first page) lets the search add
#: papers with most of its parts below those with all of them: a short first page of a two-word
#: query is more often a gap in the wording of papers than a search that is complete.
RELAX_BELOW = 10
#: Alternatives added to a word that nobody wrote (tolerant matching).
FUZZY_ALTERNATIVES = 3
#: Candidate corrections checked against what the user may see, per word.
CHECKED = 6
#: Parts of a query counted per paper when relaxing (the rest still find papers, unweighed).
RELAXED_PARTS = 8
#: Best-scoring papers whose parts are counted; the rest follow by score.
RELAXED_HEAD = 100
# A word the user typed as a plain word (no phrase, prefix or OR).
_PLAIN_WORD_RE = re.compile(r"[^\s\"*|]+")


@dataclass(frozen=True)
class Correction:
    """A typed word no paper holds, and what was searched instead."""

    typed: str
    replacement: str
    terms: tuple[str, ...]


def correct(
    backend: SearchBackend, plan: MatchPlan, narrowing: Narrowing, languages: Sequence[str], expand: bool = True,
) -> tuple[MatchPlan, list[Correction]]:
    """Return ``plan`` with near terms added to each plain word that matches nothing, and the corrections."""
    required = list(plan.required)
    corrections = []
    labels = plan.labels or ("",) * len(required)
    for index, (label, node) in enumerate(zip(labels, required)):
        if not _PLAIN_WORD_RE.fullmatch(label) or backend.any_match(_single(backend, node), narrowing):
            continue
        found = _near_terms(backend, label, narrowing, languages)
        if found:
            best_term, stem = found[0]
            replacement = _spelled_like(label, stem, best_term)
            terms = tuple(t for t, _ in found)
            alternatives: list[Node] = [Seq((term,), "fuzzy") for term in terms]
            # The corrected word is searched as if it had been typed: its forms, parts and glossary terms.
            if (expanded := _word_plan(replacement, languages, expand)) is not None:
                alternatives.append(expanded)
        elif (known := _glossary_spelling(backend, label, narrowing, languages, expand)
              or _dictionary_spelling(backend, label, narrowing, languages, expand)) is not None:
            replacement, expanded = known
            alternatives, terms = [expanded], ()
        else:
            continue
        required[index] = Or((node, *alternatives))
        corrections.append(Correction(label, replacement, terms))
    if not corrections:
        return plan, []
    return MatchPlan(tuple(required), plan.excluded, plan.labels), corrections


def _word_plan(word: str, languages: Sequence[str], expand: bool = True) -> Node | None:
    """Return the node a plain word gets when typed: its forms, compound parts and (``expand``) glossary terms.

    The word is the search's guess, so the dictionaries translate it only as they spell it.
    """
    with as_spelt():
        plan = plan_query(Query((Word(word),)), languages, expand)
    return plan.required[0] if plan is not None and len(plan.required) == 1 else None


def _glossary_spelling(
    backend: SearchBackend, word: str, narrowing: Narrowing, languages: Sequence[str], expand: bool = True,
) -> tuple[str, Node] | None:
    """Return a glossary term spelled like ``word`` and its node, when that finds a paper the user may see.

    The index may not hold the word at all ("budgetopfølging" where only English papers speak of
    budget monitoring); the glossary still knows how it is spelled and what it means.
    """
    typed = normalize(word)
    edits = vocabulary.max_edits(typed)
    if not edits:
        return None
    near = process.extract(typed, load_glossary().spellings, scorer=OSA.distance, score_cutoff=edits, limit=CHECKED)
    return _first_finding(backend, typed, near, narrowing, languages, expand)


def _dictionary_spelling(
    backend: SearchBackend, word: str, narrowing: Narrowing, languages: Sequence[str], expand: bool = True,
) -> tuple[str, Node] | None:
    """Return a dictionary headword spelled like ``word`` and its node, when its translations find a paper.

    An everyday word with a typo ("refinacing") that neither the index nor the glossary holds is
    still a word the installed dictionaries translate: corrected by them, it finds the papers in
    the other languages that hold its translation.
    """
    typed = normalize(word)
    edits = vocabulary.max_edits(typed)
    if not edits or not expand or compound_segments(word, languages, False) is not None:
        # A compound of known words ("Kanaltunnel") is read as its words, not as another word.
        return None
    if any(is_headword(word, language) for language in dict.fromkeys(languages)):
        # A word the dictionaries list as typed ("dredging") is missing from the papers, not mistyped.
        return None
    near = []
    # People seldom mistype a word's first letter (``_same_start``): only the words of its letter are compared.
    initials = {typed[:1], typed[:1].replace("c", "k"), typed[:1].replace("k", "c")}
    for language in dict.fromkeys(languages):
        for initial in initials:
            candidates = translated_headwords(language, initial, len(typed) - edits, len(typed) + edits)
            near.extend(process.extract(typed, candidates, scorer=OSA.distance, score_cutoff=edits, limit=CHECKED))
    return _first_finding(backend, typed, near, narrowing, languages, expand)


def _first_finding(backend: SearchBackend, typed: str, near, narrowing: Narrowing, languages: Sequence[str],
                   expand: bool) -> tuple[str, Node] | None:
    """Return the closest of ``near`` (``process.extract`` results) that keeps the typed first letter and
    finds a paper the user may see when searched as if typed, with its node; None when none does."""
    for term, _, _ in sorted(near, key=lambda found: (found[1], found[0]))[:CHECKED]:
        if normalize(term) == typed or not _same_start(typed, normalize(term)):
            continue
        node = _word_plan(term, languages, expand)
        if node is not None and backend.any_match(_single(backend, node), narrowing):
            return term, node
    return None


def _same_start(typed: str, term: str) -> bool:
    """Whether a correction keeps the first letter: people seldom mistype it, and a word that
    differs there is mostly another word ("dårligt" is not "årligt", "swearing" not "hearing").
    Danish and German write k where English writes c ("kompost", "compost")."""
    return typed[:1].replace("c", "k") == term[:1].replace("c", "k")


def _single(backend: SearchBackend, node: Node) -> str:
    return backend.express(MatchPlan((node,)))


def _near_terms(backend, word: str, narrowing: Narrowing, languages: Sequence[str]) -> list[tuple[str, str]]:
    """Return ``(term, stem it corrects)`` for the best near terms that match a paper the user may see."""
    stems = {terms[0] for terms in analyze_query_terms(word, languages).values() if len(terms) == 1}
    candidates: dict[str, tuple[int, int, str]] = {}
    for stem in stems:
        for near in vocabulary.near(stem):
            if not _same_start(stem, near.term):
                continue
            key = (near.distance, -near.docs, stem)
            if near.term not in candidates or key < candidates[near.term]:
                candidates[near.term] = key
    ordered = sorted(candidates.items(), key=lambda item: (item[1][0], item[1][1], item[0]))
    found = []
    for term, (_, _, stem) in ordered[:CHECKED]:
        if backend.any_match(_single(backend, Seq((term,))), narrowing):
            found.append((term, stem))
            if len(found) == FUZZY_ALTERNATIVES:
                break
    return found


def _spelled_like(typed: str, stem: str, corrected: str) -> str:
    """Return ``typed`` with the edits that turn ``stem`` into ``corrected`` ("konferance" -> "konference")."""
    word = normalize(typed)
    if word.startswith(stem):
        spelled = corrected + word[len(stem):]
    else:
        shared = 0
        while shared < min(len(word), len(stem)) and word[shared] == stem[shared]:
            shared += 1
        operations = Levenshtein.editops(stem, corrected)
        if all(op.src_pos < shared for op in operations):
            # Every edit lies in the part the word and its stem share: make it on the word.
            spelled = corrected[: shared + len(corrected) - len(stem)] + word[shared:]
        else:
            spelled = corrected
    return spelled[:1].upper() + spelled[1:] if typed[:1].isupper() else spelled


def suggestion(query: str, corrections: Sequence[Correction]) -> str:
    """Return ``query`` with each corrected word replaced by its correction."""
    for correction in corrections:
        query = re.sub(rf"(?<![\w-]){re.escape(correction.typed)}(?![\w-])", correction.replacement, query, count=1)
    return query


def counted_parts(backend: SearchBackend, plan: MatchPlan, paper_ids: Sequence[int],
                  languages: dict[int, str] | None = None, *, compound: bool = False) -> dict[int, float]:
    """Return for each of ``paper_ids`` its tier: how much of the plan's required parts it holds.

    Each part counts by its weight (``part_weights``): the words of a typed compound
    (``compound``, from ``relaxable``) by how rare they are, the parts of a query of several
    words by the typed words they cover, a proper name for more than the other parts together.
    With ``languages`` (paper id -> the paper's language), a part that has no translation
    (``untranslated``) also counts for a paper that holds every part with one, when no paper
    of its language among ``paper_ids`` holds that part (``cross_language_excused``): an
    English word without a German equivalent ("informed") is no evidence against the German
    paper that holds the translated rest of the query. Among papers with as much, those
    holding more parts themselves come first.
    """
    parts = plan.required[:RELAXED_PARTS]
    expressions = [_single(backend, node) for node in parts]
    # How many papers hold each part, in the whole index and up to a bound: a part no paper
    # holds adds nothing (asking is far cheaper than testing each paper), and a rare part weighs more.
    counts = [holding(backend, expression) for expression in expressions]
    weights = (compound_weights(backend, expressions, counts) if compound
               else query_weights(backend, plan, expressions, counts))
    held = dict.fromkeys(paper_ids, 0.0)
    own = dict.fromkeys(paper_ids, 0)
    holders: list[set[int] | None] = []
    for node, expression, weight, count in zip(parts, expressions, weights, counts):
        if not count:
            holders.append(None)
            continue
        found = set(backend.matching(expression, list(paper_ids)))
        holders.append(found)
        # A phrase counts for its words where a paper holds it whole (or a translation of it);
        # a paper holding its words apart holds one part.
        whole = whole_phrase(node) if weight > 1 and not compound else None
        kept = set(backend.matching(_single(backend, whole), list(found))) if whole is not None else found
        for paper_id in found:
            held[paper_id] += weight if paper_id in kept else 1
            own[paper_id] += 1
    if languages:
        for paper_id, excused in cross_language_excused(parts, holders, languages).items():
            held[paper_id] += sum(weights[index] for index in excused)
    # The parts a paper holds itself break ties; they never outweigh a part's weight.
    step = min(weights, default=1.0) / (RELAXED_PARTS + 1)
    return {paper_id: held[paper_id] + own[paper_id] * step for paper_id in held}


#: Papers (of a relaxed search's head) that must hold an untranslated word for it to be excused.
EXCUSED_COMMON = 3

#: Alternatives that carry a part of a query into another language (or need none: a name).
CARRIED_ORIGINS = frozenset({"glossary", "translated", "adjacent", "adjective", "name"})


def untranslated(node: Node) -> bool:
    """Whether no alternative of ``node`` is a translation or a name: only its own spellings."""
    pending: list[Node] = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, Seq):
            if current.origin in CARRIED_ORIGINS:
                return False
        elif isinstance(current, Or | And):
            pending.extend(current.parts)
    return True


def cross_language_excused(parts: Sequence[Node], holders: Sequence[set[int] | None],
                           languages: dict[int, str]) -> dict[int, list[int]]:
    """Return, per paper, the untranslated parts (their positions in ``parts``) it is excused from.

    ``holders[i]`` are the papers (of ``languages``) holding ``parts[i]`` (None: no paper at
    all). A paper is excused from a common untranslated part (``EXCUSED_COMMON`` papers hold
    it) that no paper of its own language holds, and only when it holds every part that has a
    translation (there is at least one): in its language it then holds all it can.
    """
    # Only a common word is excused: one that several papers hold. A rare one ("Movia") is the
    # very subject of the query, and the papers holding it stay above those without it.
    loose = [index for index, node in enumerate(parts)
             if untranslated(node) and len(holders[index] or ()) >= EXCUSED_COMMON]
    carried = [index for index, node in enumerate(parts) if not untranslated(node)]
    if not loose or not carried:
        return {}
    complete = set(languages)
    for index in carried:
        complete &= holders[index] or set()
    excused: dict[int, list[int]] = {}
    for index in loose:
        spoken = {languages[paper_id] for paper_id in holders[index] or ()}
        for paper_id in complete:
            if languages[paper_id] not in spoken and paper_id not in (holders[index] or ()):
                excused.setdefault(paper_id, []).append(index)
    return excused


def relaxable(plan: MatchPlan, languages: Sequence[str], unknown_head: bool = True) -> MatchPlan | None:
    """Return the parts a relaxed search counts: the plan's own, or a typed compound's words.

    A query of several parts is relaxed as it is. A query of one German or Danish compound
    (``compound_parts``) is relaxed into the words it is made of, each with its
    translations; the search does so only when the compound found nothing. Such a compound
    may end in a word nothing knows (*grøfte-rensning*): its known words, translated, and the
    last word as typed are counted (``unknown_head``). None when there is nothing to relax.
    """
    if len(plan.required) > 1:
        return plan
    if is_name(plan.required[0]):
        # "Skolevej" is a street, not school and road.
        return None
    label = plan.labels[0] if len(plan.labels) == 1 else ""
    found = compound_segments(label, languages, unknown_head) if label.isalpha() else None
    if found is None:
        return None
    language, cut = found
    nodes: list[Node] = []
    for piece in cut:
        options = tuple(Seq(terms, "translated") for terms in part_alternatives(piece, language, languages))
        if not options:
            return None
        nodes.append(options[0] if len(options) == 1 else Or(options))
    return MatchPlan(tuple(nodes), plan.excluded, cut)


#: Endings of a past participle used as an adjective, by language (*-ramte*, *-berørte*,
#: *-geschädigte*): an unknown last word of a compound that ends so says what befell its first words.
PARTICIPLE_ENDINGS = {"da": ("te", "de", "ede"), "de": ("te",)}


def compound_floor(plan: MatchPlan, languages: Sequence[str]) -> MatchPlan | None:
    """Return the papers a one-word compound that found a few may add: those holding most of its words.

    "Denkmalschutz" found the papers that write it or its translations; a paper on listed
    buildings follows them. The words that count are those the glossary knows, which a paper
    in another language can hold (*Denkmal*; *Schutz* alone has no translation here). A
    paper must hold every such word of a compound with two of them (one is a broader
    subject: *Budgetüberschreitung* is not every paper on a budget) and all but one of
    more. A compound that ends in a word neither the glossary nor the lexicon knows and that
    ends like a participle (*demensramte*, "struck by dementia") is about the known words it
    begins with: every one of them needed, the papers on dementia follow. One that ends in an
    unknown noun names a thing of its own (*Radwegverbreiterung*, the widening of a cycle path,
    is not any paper on cycle paths; *brandhanerne* are hydrants, not fires). None when the
    query is no compound, or is a proper name.
    """
    if len(plan.required) != 1:
        return None
    for unknown_head in (False, True):
        counted = relaxable(plan, languages, unknown_head=unknown_head)
        if counted is not None and len(counted.required) >= 2:
            break
    else:
        return None
    found = compound_segments(plan.labels[0], languages, unknown_head)
    if found is None or (unknown_head and not found[1][-1].endswith(PARTICIPLE_ENDINGS.get(found[0], ()))):
        return None
    pieces = [node for node, piece in zip(counted.required, found[1]) if translatable(piece, found[0])]
    if not pieces:
        return None
    need = len(pieces) if len(pieces) <= 2 or unknown_head else len(pieces) - 1
    groups = [group[0] if len(group) == 1 else And(tuple(group))
              for group in combinations(pieces[:RELAXED_PARTS], need)]
    return MatchPlan((groups[0] if len(groups) == 1 else Or(tuple(groups)),), plan.excluded, counted.labels)


def relaxed(plan: MatchPlan) -> MatchPlan:
    """Return a plan that any one of ``plan``'s required parts satisfies (exclusions kept)."""
    return MatchPlan((Or(tuple(plan.required[:RELAXED_PARTS * 2])),), plan.excluded, ("",))
