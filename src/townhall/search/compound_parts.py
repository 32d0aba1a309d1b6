"""A one-word compound query that finds too little, read as the words it is made of.

"Breitbandausbau" has a glossary concept of its own (broadband rollout), but a paper that
only says "faster broadband" holds neither the compound nor any of its translations. A query
of several words that finds less than a page is relaxed (papers with most of its parts follow
those with all of them); a one-word compound had nothing to relax. Here the compound is cut
into the fewest words the glossary or the compound lexicon knows (*Breitband* + *Ausbau*,
*jul* + *kort* + *konkurrence*), each searched with its translations, so the relaxed search
can rank papers holding most of them.

The cut follows the glossary as well as the lexicon: the lexicon alone splits *Breitband*
into *breit* + *Band*, which translate to nothing useful.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from townhall.search.analyzers import word_alternatives
from townhall.search.compounds import LINKING_ELEMENTS, MAX_WORD_LENGTH, load_lexicon
from townhall.search.glossary import load_glossary

#: Shortest piece the glossary must spell exactly ("jul", "rat"); longer pieces may be inflected.
_SHORTEST_EXACT = 3
_SHORTEST = 4


def _known(piece: str, language: str) -> tuple[str, bool] | None:
    """Return (the word, whether the glossary knows it) if ``piece`` is a word of ``language``."""
    if len(piece) < _SHORTEST_EXACT:
        return None
    glossary = load_glossary()
    if len(piece) < _SHORTEST:
        return (piece, True) if glossary.is_exact_term(piece, language) else None
    if glossary.concepts_for(piece, [language]):
        return piece, True
    if piece in load_lexicon(language):
        return piece, False
    return None


#: Shortest last word a cut may keep unknown (``unknown_head``): *rensning*, not a stray *ning*.
_SHORTEST_UNKNOWN_HEAD = 5


@functools.lru_cache(maxsize=1024)
def glossary_segments(word: str, language: str, unknown_head: bool = False) -> tuple[str, ...]:
    """Cut ``word`` into the fewest known words (at least two); ``()`` if it cannot be cut.

    Among cuts with as many pieces the one with more glossary words wins. A piece before the
    last may end in a linking element of the language (*misbrug-s-behandling*). With
    ``unknown_head`` a word whose last part neither the glossary nor the lexicon knows is cut
    after the known words it begins with (*grøfte* + *rensning*), but only when it has no cut
    into known words; at least one piece must always be a glossary word.
    """
    if language not in LINKING_ELEMENTS:
        return ()
    word = word.casefold()
    if not word.isalpha() or not 2 * _SHORTEST_EXACT <= len(word) <= MAX_WORD_LENGTH:
        return ()
    links = LINKING_ELEMENTS[language]
    n = len(word)
    # best[i]: (unknown letters, pieces, -glossary pieces, words) for the cut of word[i:]; a cut
    # with no unknown head always ranks first.
    best: list[tuple[int, int, int, tuple[str, ...]] | None] = [None] * (n + 1)
    best[n] = (0, 0, 0, ())
    for start in range(n - 1, -1, -1):
        found = None
        # The whole word is no cut of itself.
        for end in range(start + _SHORTEST_EXACT, n + 1 if start else n):
            piece = word[start:end]
            forms = [(piece, end)]
            if end < n:
                forms = [(piece[: len(piece) - len(link)] if link else piece, end) for link in links
                         if piece.endswith(link) and len(piece) - len(link) >= _SHORTEST_EXACT]
            for form, stop in forms:
                rest = best[stop]
                if rest is None:
                    continue
                known = _known(form, language)
                unknown = 0
                if known is None:
                    if not (unknown_head and start and stop == n and len(form) >= _SHORTEST_UNKNOWN_HEAD):
                        continue
                    known, unknown = (form, False), len(form)
                candidate = (rest[0] + unknown, rest[1] + 1, rest[2] - int(known[1]), (known[0], *rest[3]))
                if found is None or candidate[:3] < found[:3]:
                    found = candidate
        best[start] = found
    cut = best[0]
    if cut is None or cut[1] < 2 or cut[2] == 0:
        return ()
    return cut[3]


def translatable(piece: str, language: str) -> bool:
    """Whether the glossary knows ``piece`` of a compound of ``language`` (so it has translations)."""
    known = _known(piece, language)
    return known is not None and known[1]


def part_alternatives(piece: str, language: str, languages: Sequence[str]) -> list[tuple[str, ...]]:
    """Return the term sequences that find ``piece`` of a compound: its forms and its translations."""
    from townhall.search.analyzers import analyze_document

    found = set(word_alternatives(piece, [language]))
    for other, term in load_glossary().equivalents(piece, [language, *languages]):
        stream = analyze_document(term, other).stream
        if stream:
            found.add(tuple(stream))
    return sorted(found)


def compound_segments(word: str, languages: Sequence[str], unknown_head: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """Return the language and cut of ``word`` that reads best as a compound, or None.

    More glossary words first, then the longer last word (the head names the thing), then
    German before Danish. ``unknown_head``: see :func:`glossary_segments` (a cut into known
    words still wins).
    """
    best = None
    for language in ("de", "da"):
        if language not in languages:
            continue
        cut = glossary_segments(word, language, unknown_head)
        if not cut:
            continue
        known = sum(1 for piece in cut if (found := _known(piece, language)) and found[1])
        unknown = sum(1 for piece in cut if _known(piece, language) is None)
        rank = (unknown, -known, -len(cut[-1]))
        if best is None or rank < best[0]:
            best = (rank, language, cut)
    return None if best is None else (best[1], best[2])
