"""The SQL that builds a paper's tsvector so that every word of a long paper counts.

A tsvector position is at most 16383: ``to_tsvector`` gives every word after the 16383rd
that position, so a word a long paper names only there counts once however often it is
named, while SQLite counts each time. Such a paper is cut into windows of ``WINDOW_WORDS``
words, each vectorised from position 1, and the windows' vectors are joined as text (the
positions of a word in several windows are united, not shifted past the limit). A phrase
still matches inside a window; a short paper gets the plain vector as before.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Words of one window: below PostgreSQL's last position (16383), with room for the few terms
#: the parser reads as more than one token.
WINDOW_WORDS = 16000


def _column(weight: str) -> str:
    return f"setweight(to_tsvector('simple', %s), '{weight}')"


def vector_sql(columns: Sequence[tuple[str, str]]) -> tuple[str, list[str]]:
    """Return the SQL and parameters of the tsvector of ``columns`` (``(text, weight)`` in index order)."""
    plain = " || ".join(_column(weight) for _, weight in columns), [text for text, _ in columns]
    # A word and the space after it take two characters at least: most papers need no counting.
    if sum(len(text) for text, _ in columns) <= 2 * WINDOW_WORDS:
        return plain
    words = [(text.split(), weight) for text, weight in columns]
    if sum(len(split) for split, _ in words) <= WINDOW_WORDS:
        return plain
    windows: list[list[tuple[str, str]]] = [[]]
    room = WINDOW_WORDS
    for split, weight in words:
        while split:
            if room == 0:
                windows.append([])
                room = WINDOW_WORDS
            taken, split = split[:room], split[room:]
            windows[-1].append((" ".join(taken), weight))
            room -= len(taken)
    parts = [f"({' || '.join(_column(weight) for _, weight in window)})::text" for window in windows]
    params = [text for window in windows for text, _ in window]
    return f"concat_ws(' ', {', '.join(parts)})::tsvector", params
