"""Clean text that came out of format conversion so that field extractors see plain lines.

Conversion leaves markdown marks, tabs between table columns, non-breaking spaces, soft hyphens,
words split at line ends and page headers/footers. Cleaning keeps the line structure: many fields
are a label on one line and its value on the next.
"""

from __future__ import annotations

import html
import re
from collections import Counter

# Spans are bounded so that a text full of unpaired marks cannot make the search quadratic.
_LINK = re.compile(r"\[([^\]\n]{0,300})\]\((?:[^)\n]{0,300})\)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1", re.DOTALL)
_ITALIC = re.compile(r"\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])")
_HEADING_MARK = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000\f\v]+")
_TAB_RUN = re.compile(r" *\t[ \t]*")
_ZERO_WIDTH_CHARS = "\u00ad\u200b\u200c\u200d\ufeff"
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
_CONJUNCTIONS = frozenset("og eller samt und oder sowie bzw and or".split())
_HYPHEN_BREAK = re.compile(r"-\n([a-zæøåäöüß]+)")
_PAGE_LINE = re.compile(
    r"^\s*(?:-\s*)?(?:(?:side|seite|page|blatt)\s+\d+(?:\s*(?:af|von|of|/)\s*\d+)?"
    r"|\d+\s*(?:af|von|of)\s*\d+|-\s*\d+\s*-)\s*$",
    re.IGNORECASE,
)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BULLET_CHARS = "•▪◦●■►\uf0b7\uf0a7"
_BULLET = re.compile(f"^[{_BULLET_CHARS}]\\s*", re.MULTILINE)
# First characters a page header or footer line can have ("Side 2 af 2", "- 3 -", "2 von 5").
_PAGE_LINE_STARTS = frozenset("sSpPbB-0123456789")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_LETTERHEAD_MIN_LEN = 12
_LETTERHEAD_MIN_REPEATS = 3


def clean_text(text: str) -> str:
    """Return *text* without markup and page furniture, one logical line per line."""
    # Substring checks first: most texts have none of these marks, and `in` is far cheaper than a regex.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if any(mark in text for mark in _ZERO_WIDTH_CHARS):
        text = _ZERO_WIDTH.sub("", text)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "**" in text or "__" in text:
        # A bold span wrapped over two lines is one heading ("**Kontoret for X og\nY**").
        text = _BOLD.sub(lambda m: m.group(2).replace("\n", " ") if m.group(2).count("\n") <= 1 else m.group(2), text)
    if "*" in text:
        text = _ITALIC.sub(_unitalic, text)
    if "#" in text:
        text = _HEADING_MARK.sub("", text)
    text = _SPACES.sub(" ", text)
    if "|" in text:
        text = _markdown_tables(text)
    if any(mark in text for mark in _BULLET_CHARS):
        text = _BULLET.sub("- ", text)
    if "\t" in text:
        text = _TAB_RUN.sub("\t", text)
    if "-\n" in text:
        text = _HYPHEN_BREAK.sub(_join_hyphenated, text)
    lines = [line.strip(" \t") for line in text.split("\n")]
    lines = [line for line in lines if not (line and (line[0] in _PAGE_LINE_STARTS) and _PAGE_LINE.match(line))]
    lines = _drop_repeated_letterhead(lines)
    return "\n".join(lines).strip("\n")


def _markdown_tables(text: str) -> str:
    """Turn markdown table rows ("| Gremium | Datum |") into tab-separated lines, as PDF tables come."""
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 2:
            if _TABLE_RULE.match(stripped):
                continue
            line = "\t".join(cell.strip() for cell in stripped[1:-1].split("|"))
        lines.append(line)
    return "\n".join(lines)


def _unitalic(match: re.Match) -> str:
    before = match.string[match.start() - 1] if match.start() else " "
    if before.isalnum() or before == "*":
        return match.group(0)
    return match.group(1)


def _join_hyphenated(match: re.Match) -> str:
    before = match.string[match.start() - 1] if match.start() else " "
    word = match.group(1)
    if not before.isalpha():
        return match.group(0)
    if word in _CONJUNCTIONS:
        # "Beskæftigelses-\nog Integrationsudvalget" keeps its hyphen and the space.
        return f"- {word}"
    return word


def _drop_repeated_letterhead(lines: list[str]) -> list[str]:
    counts = Counter(line for line in lines if len(line) >= _LETTERHEAD_MIN_LEN)
    repeated = {line for line, n in counts.items() if n >= _LETTERHEAD_MIN_REPEATS and not line.startswith("-")}
    if not repeated:
        return lines
    seen: set[str] = set()
    kept = []
    for line in lines:
        if line in repeated:
            if line in seen:
                continue
            seen.add(line)
        kept.append(line)
    return kept
