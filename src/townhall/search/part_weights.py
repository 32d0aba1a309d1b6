"""How much each part of a relaxed search counts when papers are ranked by the parts they hold.

A search that found less than a page is relaxed to papers holding most of its parts
(``tolerant``), and those holding more come first. Parts are not worth the same:

* **The words of a typed compound** that no paper holds whole ("Theaterviertel" read as
  *Theater* + *Viertel*) count by how rare they are in the archive: the rare word is the
  specific one, and a paper holding it holds more of what was asked than one holding the
  common word, however short. When two words are as rare, the last one, the head of a German
  or Danish compound (the *Stadion* of *Fußballstadion*), says what the thing is.
* **The parts of a query of several words** count one each, and up to ``QUERY_RARITY_SHARE``
  more by their rarity against the rarest part's, when at most half as many papers hold them as
  the commonest part (``RARER``): among papers holding as many parts, the one
  holding the rare part ("FirstEnergy" of "FirstEnergy Entlassungen") holds more of what was
  asked than one holding a word many papers hold. All of it together is less than one part.
* **A glossary phrase** read as one part ("litter picking") counts for each typed word it
  covers where a paper holds the phrase or a translation of it (``whole_phrase``): such a
  paper holds more of the query than one holding a single other word of it. A paper holding
  the phrase's words apart holds one part.
* **A proper name** counts for more than every other part together: in "how many people live
  in Kochstedt" a paper on Kochstedt answers, papers holding *many*, *people* and *live* do not.
  A part is a name when the database knows it (``query.Seq`` of origin "name"), or when it was
  typed capitalised after the query's first word, among words that are not all capitalised, is
  no ordinary word (``names.is_ordinary``), and fewer papers hold it than any other part.
"""

from __future__ import annotations

from collections.abc import Sequence

from townhall.search import vocabulary
from townhall.search.analyzers import LANGUAGES, stopwords, words
from townhall.search.backends.base import Narrowing, SearchBackend
from townhall.search.backends.rarity import idf
from townhall.search.compounds import load_lexicon
from townhall.search.glossary import load_glossary
from townhall.search.names import key
from townhall.search.query import And, MatchPlan, Node, Or, Seq, glossary_phrases

#: Papers counted at most for a part's rarity: a part more than this many hold is common anyway.
RARITY_COUNTED = 1000
#: How much a compound word's rarity adds to its weight of one.
RARITY_SHARE = 0.1
#: What the head of a compound adds to its weight: enough to decide between words as rare,
#: never enough to outweigh a difference in rarity of a paper or two.
HEAD_SHARE = 0.001


def compound_weights(backend: SearchBackend, expressions: Sequence[str],
                     held: Sequence[int] | None = None) -> list[float]:
    """Return the weight of each word of a typed compound: its rarity, and a little more for the head.

    ``expressions`` are the parts as the backend searches them, ``held`` how many papers hold
    each (``holding``; counted here when not given). Rarity is BM25's inverse document frequency
    in the whole index (up to ``RARITY_COUNTED`` papers per part), so the weights do not depend
    on who searches.
    """
    indexed = _indexed(backend)
    if held is None:
        held = [holding(backend, expression) for expression in expressions]
    weights = [1 + RARITY_SHARE * idf(count, max(indexed, count)) for count in held]
    if weights:
        weights[-1] += HEAD_SHARE
    return weights


def query_weights(backend: SearchBackend, plan: MatchPlan, expressions: Sequence[str],
                  held: Sequence[int] | None = None) -> list[float]:
    """Return the weight of each required part of a query of several typed parts.

    A part counts for the typed words it covers, and a little more the rarer it is
    (``QUERY_RARITY_SHARE``); a name for more than all other parts together. ``held`` is how
    many papers hold each part (``holding``; counted here when not given).
    """
    parts = plan.required[: len(expressions)]
    labels = plan.labels[: len(parts)] if len(plan.labels) >= len(parts) else ("",) * len(parts)
    phrases = {" ".join(phrase.words) for phrase in glossary_phrases(plan)}
    if held is None:
        held = [holding(backend, expression) for expression in expressions]
    weights = [(float(_covered(label)) if label in phrases else 1.0) + share
               for label, share in zip(labels, _rarity_shares(backend, held))]
    named = [is_name(node) for node in parts]
    candidates = _capitalised_positions(labels)
    if candidates:
        for index in candidates:
            if not named[index] and all(held[index] < count for k, count in enumerate(held) if k != index):
                named[index] = True
    if not any(named) or all(named):
        return weights
    others = sum(weight for weight, name in zip(weights, named) if not name)
    return [others + 1 if name else weight for weight, name in zip(weights, named)]


#: What the rarest part of a query of several words adds to its weight of one (the others less,
#: by their rarity): among papers holding as many parts, the one holding the rare part ("FirstEnergy")
#: comes before the one holding a word many papers hold. Less than one part over all
#: ``RELAXED_PARTS`` parts together, so holding more parts always counts for more.
QUERY_RARITY_SHARE = 0.1
#: How many times fewer papers than the commonest part must hold a part for it to count as rarer:
#: counts closer than that say little about which word is the specific one.
RARER = 2


def _rarity_shares(backend: SearchBackend, held: Sequence[int]) -> list[float]:
    """Return for each part ``QUERY_RARITY_SHARE`` scaled by its rarity against the rarest part's.

    ``held`` is how many papers hold each part (``holding``); a part no paper holds adds nothing,
    nor one that more than ``1 / RARER`` of the commonest part's papers hold.
    """
    indexed = _indexed(backend)
    commonest = max(held, default=0)
    rarity = [idf(count, max(indexed, count)) if count and count * RARER <= commonest else 0.0 for count in held]
    top = max(rarity, default=0.0)
    if len(held) < 2 or top <= 0:
        return [0.0] * len(held)
    return [QUERY_RARITY_SHARE * value / top for value in rarity]


def whole_phrase(node: Node) -> Node | None:
    """Return a glossary phrase's part without its reading word by word (``query.runs.glossary_group``).

    What is left finds the phrase itself and its translations ("litter picking",
    *Müllsammelaktion*), not a paper holding *litter* in one place and *picking* in another.
    None when nothing is left, or the part has no such reading.
    """
    if not isinstance(node, Or):
        return None
    kept = tuple(part for part in node.parts if not isinstance(part, And))
    if len(kept) == len(node.parts) or not kept:
        return None
    return kept[0] if len(kept) == 1 else Or(kept)


def holding(backend: SearchBackend, expression: str) -> int:
    """Return how many papers hold ``expression`` in the whole index, up to ``RARITY_COUNTED``."""
    return len(backend.candidates(expression, Narrowing("1 = 1"), RARITY_COUNTED, scored=False, dated=False))


def _indexed(backend: SearchBackend) -> int:
    return vocabulary.indexed_when_filled() or backend.count()


def _covered(label: str) -> int:
    """Return how many words of a glossary phrase say something (not "of", "to")."""
    return max(1, sum(1 for word in words(label) if not any(word in stopwords(lang) for lang in LANGUAGES)))


def _capitalised_positions(labels: Sequence[str]) -> list[int]:
    """Return the positions of single typed words written with a capital after the first part.

    Nothing when every typed word is capitalised (German nouns, a title typed in capitals).
    """
    capitalised = [label[:1].isupper() for label in labels]
    if all(capitalised):
        return []
    return [index for index, label in enumerate(labels)
            if index > 0 and capitalised[index] and label.isalpha() and not _is_word(key(label))]


def _is_word(word: str) -> bool:
    """Whether ``word`` is a word of some language rather than a name: a stopword, a word of the
    compound lexicons or a glossary term. A compound is not asked for: place names are often
    made of words (*Wetter-hausen*)."""
    return (
        any(word in stopwords(language) for language in LANGUAGES)
        or any(word in load_lexicon(language) for language in ("da", "de"))
        or bool(load_glossary().concepts_for(word))
    )


def is_name(node: Node) -> bool:
    """Whether ``node`` is a proper name the database knows (``query.Seq`` of origin "name")."""
    leaves = node.parts if isinstance(node, Or) else (node,)
    return bool(leaves) and all(isinstance(leaf, Seq) and leaf.origin == "name" for leaf in leaves)
