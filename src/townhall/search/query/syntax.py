"""The typed query: its words, phrases, choices and exclusions, and the parser that reads them.

The syntax is described in ``townhall.search.query``. Parsing never fails: unbalanced quotes,
a lone ``-`` and stray characters of the backends' own query syntax are read as plain text or
dropped, and control characters as spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from townhall.search.coordination import complete_coordination

# Characters that may stay inside a typed word; anything else separates words.
_KEEP_IN_WORD = re.compile(r"[^\w\-/.'’*]+")
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
