"""Read German and Danish truncated coordination in a typed query.

"Rad- und Fußwege" means *Radwege* and *Fußwege*: a word ending in a hyphen before a
conjunction shares the head of the compound after the conjunction. Searched as typed,
the hyphenated word is a bare fragment ("Rad") that finds little of what was meant.
``complete_coordination`` writes each such word out in full, joined by OR with the last
one, so that each compound is found as compounds are (with its parts and translations);
a paper writing the phrase holds the last compound and is found too. The head comes from
the compound splitter; when the last word does not split, the text is left as typed.

Only a hyphen glued to a word and followed by a space counts: ``-word`` (an exclusion,
the hyphen before the word) and words joined by hyphens (*Dalum-Hjallese*) keep their
meaning, and quoted text is read as typed.
"""

from __future__ import annotations

import re

from townhall.search.compounds import split_compound

#: Conjunctions that join truncated words, in German and Danish.
CONJUNCTIONS = ("und", "oder", "sowie", "bzw", "og", "eller", "samt")

_LETTERS = r"[^\W\d_]+"
_COORDINATION_RE = re.compile(
    rf"(?<![\w\-])((?:{_LETTERS}-\s*,\s*)*{_LETTERS})-\s+(?:{'|'.join(CONJUNCTIONS)})\.?\s+({_LETTERS})(?![\w\-])",
    re.IGNORECASE,
)
_QUOTED_RE = re.compile(r'("[^"]*")')
_FRAGMENT_SEP_RE = re.compile(r"-\s*,\s*")


def compound_head(word: str) -> str | None:
    """Return the head of a German or Danish compound as it ends ``word`` (casefolded), or None."""
    folded = word.casefold()
    for language in ("de", "da"):
        parts = split_compound(word, language)
        if len(parts) < 2:
            continue
        start = folded.rfind(parts[-1])
        return folded[start:] if start > 0 else parts[-1]
    return None


def _complete(match: re.Match[str]) -> str:
    last = match.group(2)
    head = compound_head(last)
    if head is None:
        return match.group(0)
    fragments = _FRAGMENT_SEP_RE.split(match.group(1))
    return " | ".join([*(fragment + head for fragment in fragments), last])


def complete_coordination(text: str) -> str:
    """Return ``text`` with truncated coordination written out as alternatives ("Radwege | Fußwege")."""
    if "-" not in text:
        return text
    pieces = _QUOTED_RE.split(text)
    return "".join(piece if index % 2 else _COORDINATION_RE.sub(_complete, piece)
                   for index, piece in enumerate(pieces))
