"""Leave out of an FTS5 expression the alternatives no indexed paper can match.

A query's glossary and compound alternatives name words in every language, and in one
council's archive many of them occur nowhere. Each still costs FTS5 a look-up every time it
sets the expression up: once per statement, but once per paper for statements that test
papers one by one (the date walk, ``rowid IN (...)``). ``without_absent`` drops such phrases
from the ``OR`` lists they stand in.

Only alternatives of an ``OR`` are dropped, and never the last one: a phrase that matches no
paper adds no instance to a row, so the matches, ``bm25()`` (it adds 0 for such a phrase) and
``highlight()`` stay exactly what they were. A phrase is absent when one of its words is known
to match no paper (``present`` answers for single words). Words are only judged when FTS5's
tokenizer certainly reads them as one token (letters and digits of the Latin, Greek and Cyrillic
scripts); prefixes and anything the reader does not know are kept as they are.

The expressions read are those ``query.plan_to_fts5`` renders and ``Fts5Backend.prepare``
spells out: quoted phrases (``"a b"``, ``"a"*``, ``{title reference body} : "a"``), ``AND``,
``OR`` and ``NOT`` between them, and parentheses. Anything else is returned unchanged.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

_TOKEN_RE = re.compile(r'\s*(?:(\()|(\))|(AND|OR|NOT)(?![^\s()])|(\{[^}]*\}\s*:\s*)?"((?:[^"]|"")*)"(\*?))')
#: The last code point of the scripts whose letters and digits are surely one token each.
_SURE_SCRIPTS = 0x052F


class _Unreadable(ValueError):
    """The expression is not one this module reads."""


@dataclass
class _Phrase:
    source: str
    words: tuple[str, ...]
    prefix: bool


@dataclass
class _Group:
    # Items and the operators between them (len(operators) == len(items) - 1).
    items: list
    operators: list[str]
    parenthesised: bool


def without_absent(expression: str, present: Callable[[str], bool]) -> str:
    """Return ``expression`` without the ``OR`` alternatives that hold a word ``present`` says no paper has."""
    try:
        tree = _parse(expression)
    except _Unreadable:
        return expression
    if not _prune(tree, present):
        return expression
    return _render(tree)


@functools.lru_cache(maxsize=4096)
def words_to_check(expression: str) -> frozenset[str]:
    """Return the words of ``expression`` that ``without_absent`` may ask ``present`` about."""
    try:
        tree = _parse(expression)
    except _Unreadable:
        return frozenset()
    found: set[str] = set()
    pending = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, _Group):
            pending.extend(node.items)
        elif not node.prefix:
            found.update(word for word in node.words if _judged(word))
    return frozenset(found)


@functools.lru_cache(maxsize=4096)
def part_alternatives(expression: str) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], ...]:
    """Return the alternatives of each required part of ``expression`` (an operand of its top-level ``AND``).

    An alternative is what a part's ``OR`` lists (those nested in it flattened): a phrase, or a
    group of phrases that must all be there; each comes as its text and its phrases' texts (a
    phrase as often as it stands there). What is excluded (after ``NOT``) is left out. An expression
    whose top level has an ``OR`` is one part.
    """
    try:
        tree = _parse(expression)
    except _Unreadable:
        return ()
    parts = _required(tree)
    return tuple(tuple((_render(item).strip(), tuple(_phrases(item))) for item in _choices(part)) for part in parts)


def _required(tree: _Group) -> list:
    """Return the operands ``tree`` requires: those of its ``AND`` (``NOT`` binds closer), excluded ones left out."""
    while True:
        while len(tree.items) == 1 and isinstance(tree.items[0], _Group):
            tree = tree.items[0]
        if not tree.operators or "OR" in tree.operators:
            return [tree]
        kept = [item for operator, item in zip(["", *tree.operators], tree.items) if operator != "NOT"]
        if len(kept) == 1 and isinstance(kept[0], _Group):
            tree = kept[0]
            continue
        return kept


def _choices(node) -> list:
    """Return the alternatives of ``node``: the items of its ``OR`` lists, nested ones flattened."""
    while isinstance(node, _Group) and len(node.items) == 1:
        node = node.items[0]
    if isinstance(node, _Group) and node.operators and all(operator == "OR" for operator in node.operators):
        return [choice for item in node.items for choice in _choices(item)]
    return [node]


def _phrases(node) -> list[str]:
    """Return the texts of the phrases in ``node``, without those a ``NOT`` excludes."""
    if isinstance(node, _Phrase):
        return [node.source]
    found: list[str] = []
    for operator, item in zip(["", *node.operators], node.items):
        if operator != "NOT":
            found.extend(_phrases(item))
    return found


def _judged(word: str) -> bool:
    return bool(word) and all(char.isalnum() and ord(char) <= _SURE_SCRIPTS for char in word)


def _parse(expression: str) -> _Group:
    tokens = []
    position = 0
    end = len(expression.rstrip())
    while position < end:
        match = _TOKEN_RE.match(expression, position)
        if match is None:
            raise _Unreadable(expression)
        tokens.append(match)
        position = match.end()
    group, index = _sequence(tokens, 0, parenthesised=False)
    if index != len(tokens):
        raise _Unreadable(expression)
    return group


def _sequence(tokens: list[re.Match], index: int, *, parenthesised: bool) -> tuple[_Group, int]:
    items: list = []
    operators: list[str] = []
    while True:
        if index >= len(tokens):
            raise _Unreadable("an item is missing")
        token = tokens[index]
        if token.group(1):
            item, index = _sequence(tokens, index + 1, parenthesised=True)
            if index >= len(tokens) or not tokens[index].group(2):
                raise _Unreadable("unclosed parenthesis")
            index += 1
        elif token.group(5) is not None:
            text = token.group(5).replace('""', '"')
            item = _Phrase(token.group(0).strip(), tuple(text.split()), bool(token.group(6)))
            index += 1
        else:
            raise _Unreadable("an item is missing")
        items.append(item)
        if index < len(tokens) and tokens[index].group(3):
            operators.append(tokens[index].group(3))
            index += 1
            continue
        return _Group(items, operators, parenthesised), index


def _prune(group: _Group, present: Callable[[str], bool]) -> bool:
    """Drop absent alternatives from ``group`` and the groups inside it; return whether any was dropped."""
    changed = False
    for item in group.items:
        if isinstance(item, _Group):
            changed = _prune(item, present) or changed
    if group.operators and all(operator == "OR" for operator in group.operators):
        kept = [item for item in group.items if not _absent(item, present)]
        if kept and len(kept) < len(group.items):
            group.items = kept
            group.operators = ["OR"] * (len(kept) - 1)
            changed = True
    return changed


def _absent(item, present: Callable[[str], bool]) -> bool:
    return (isinstance(item, _Phrase) and not item.prefix
            and any(_judged(word) and not present(word) for word in item.words))


def _render(node) -> str:
    if isinstance(node, _Phrase):
        return node.source
    text = "".join(_render(item) if not operator else f" {operator} {_render(item)}"
                   for operator, item in zip(["", *node.operators], node.items))
    return f"({text})" if node.parenthesised else text
