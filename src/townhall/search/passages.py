"""Score the best passage of a paper's text for a query: how close together its parts are.

BM25 weighs a paper as a whole. A long protocol with one section on the subject ranks below
a short agenda that only names it, and a paper that holds every part of a query scattered over
a hundred pages ranks like one that holds them in one sentence. The best-ranked papers of a
search are therefore looked at again: the passage of ``PASSAGE_WORDS`` words that holds the
most parts of the query (then the most matched words) raises a paper's score by up to
``PASSAGE_SHARE``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from townhall.search.analyzers import UNDETERMINED, analyze_document
from townhall.search.query import MatchPlan, Node, Prefix, Seq

#: The length of a passage, in words (about three sentences).
PASSAGE_WORDS = 40
#: The share a paper's score gains when its best passage holds the whole query.
PASSAGE_SHARE = 0.5
#: Matched words in one passage that count as the whole of a one-part query.
DENSE = 3
#: The best-ranked papers whose passages are looked at: a first page of results. Later
#: pages are not reordered, so that no paper moves from one page to another.
HEAD = 20
#: Text looked at per paper; a longer text is scored on its beginning.
SCAN_CHARS = 200_000

# Words as they stand in the original text, so that offsets fit it (as in query.highlight_spans).
TEXT_WORD_RE = re.compile(r"[^\W_]+(?:[-/.][^\W_]+)*")
#: Alternatives that the ranking already weighs as parts only (compounds a typed word starts,
#: the words of a phrase found apart): a passage full of them is no better passage.
WEAK_ORIGINS = frozenset({"whole", "apart"})


@functools.lru_cache(maxsize=65_536)
def word_terms(word: str, language: str) -> tuple[str, ...]:
    """Return the analysed terms of one word of a text (cached: texts repeat their words)."""
    return tuple(analyze_document(word, language).terms())


@dataclass(frozen=True)
class QueryParts:
    """The analysed terms and prefixes of each required part of a query."""

    terms: tuple[frozenset[str], ...]
    prefixes: tuple[tuple[str, ...], ...]
    # language -> word -> its part, for every text looked at with these parts: the papers of one
    # search repeat most of their words.
    _parts_of: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, plan: MatchPlan) -> QueryParts:
        terms, prefixes = [], []
        for node in plan.required:
            found_terms, found_prefixes = _collected(node)
            terms.append(frozenset(found_terms))
            prefixes.append(tuple(sorted(found_prefixes)))
        return cls(tuple(terms), tuple(prefixes))

    def quality(self, text: str, language: str) -> float:
        """Return how well the best passage of ``text`` holds the query, from 0 to 1.

        ``text`` is a paper's title and then its readable text.
        With several parts: the share of the other parts found in the passage around one
        part. With one part: how many of its words the passage holds, up to ``DENSE``.
        """
        hits = self._hits(text[:SCAN_CHARS], language)
        if not hits:
            return 0.0
        parts = len(self.terms)
        best_distinct = best_count = 0
        inside: Counter = Counter()
        right = whole = 0
        for left, (position, _, _) in enumerate(hits):
            while right < len(hits) and hits[right][0] < position + PASSAGE_WORDS:
                inside[hits[right][1]] += 1
                whole += hits[right][2]
                right += 1
            if (len(inside), whole) > (best_distinct, best_count):
                best_distinct, best_count = len(inside), whole
            _, leaving, was_whole = hits[left]
            whole -= was_whole
            inside[leaving] -= 1
            if not inside[leaving]:
                del inside[leaving]
        if parts > 1:
            return (best_distinct - 1) / (parts - 1)
        return min(best_count, DENSE) / DENSE

    def _hits(self, text: str, language: str) -> list[tuple[int, int, bool]]:
        """Return ``(word position, part, whole)`` for each word of ``text`` that has a term of a part.

        ``whole`` tells the word itself has the term, not only a compound part of it: a passage
        counts how often it holds a one-part query by whole words only, since the ranking
        weighs compounds that merely start with a typed word as parts.
        """
        # Texts repeat their words: each distinct word is looked at once.
        seen: dict[str, tuple[int, bool] | None] = self._parts_of.setdefault(language, {})
        words = TEXT_WORD_RE.findall(text)
        for word in set(words).difference(seen):
            seen[word] = self._part_of(word, language)
        return [(position, *found) for position, word in enumerate(words) if (found := seen[word]) is not None]

    def _part_of(self, word: str, language: str) -> tuple[int, bool] | None:
        """Return the part of the query the first matching term of ``word`` belongs to, and whether it is the word's own."""
        everything = self.terms
        prefixes = self.prefixes
        for rank, term in enumerate(word_terms(word, language)):
            part = next((index for index, terms in enumerate(everything)
                         if term in terms or (prefixes[index] and term.startswith(prefixes[index]))), None)
            if part is not None:
                return part, rank == 0
        return None


def _collected(node: Node) -> tuple[set[str], set[str]]:
    terms: set[str] = set()
    prefixes: set[str] = set()
    pending: list[Node] = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, Seq):
            if current.origin not in WEAK_ORIGINS:
                terms.update(current.terms)
        elif isinstance(current, Prefix):
            prefixes.add(current.term)
        else:
            pending.extend(current.parts)
    return terms, prefixes


def reranked(ranked: Sequence[tuple[int, float]], qualities: dict[int, float],
             tier: dict[int, float] | None = None, literal: dict[int, int] | None = None) -> list[tuple[int, float]]:
    """Return ``ranked`` with the scores of its first ``HEAD`` raised by their passages' quality.

    Only the head is reordered, among itself, so that later pages stay where they were;
    ``tier`` (paper id -> weight of the parts found) keeps papers with more of the query first,
    then ``literal`` (paper id -> typed phrases its text holds word for word).
    """
    head = [(paper_id, score * (1.0 + PASSAGE_SHARE * qualities.get(paper_id, 0.0)))
            for paper_id, score in ranked[:HEAD]]
    tiers = tier or {}
    literals = literal or {}
    head.sort(key=lambda row: (-tiers.get(row[0], 0), -literals.get(row[0], 0), -row[1], -row[0]))
    return head + list(ranked[HEAD:])


@functools.lru_cache(maxsize=65_536)
def written(word: str) -> tuple[str, ...]:
    """Return the words of ``word`` as written, case-folded and unstemmed, stopwords kept."""
    return analyze_document(word, UNDETERMINED).stream


def held_phrases(text: str, phrases: Sequence[tuple[str, ...]]) -> int:
    """Return how many of ``phrases`` (words as ``written`` gives them) stand in ``text`` word for word.

    The index cannot tell: a paper's language drops its stopwords before a phrase is indexed,
    so in English "just missing out" is only *miss*, held by every paper with "missing". Quotes
    ask for the words exactly as typed, and the text still has them.
    """
    wanted = [phrase for phrase in phrases if phrase]
    if not wanted:
        return 0
    stream: list[str] = []
    for word in TEXT_WORD_RE.findall(text[:SCAN_CHARS]):
        stream.extend(written(word))
    firsts: dict[str, list[int]] = {}
    for position, word in enumerate(stream):
        firsts.setdefault(word, []).append(position)
    held = 0
    for phrase in wanted:
        size = len(phrase)
        if any(tuple(stream[start : start + size]) == phrase for start in firsts.get(phrase[0], ())):
            held += 1
    return held
